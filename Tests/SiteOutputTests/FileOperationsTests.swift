import AtlasTestSupport
import Foundation
import Testing

@testable import SiteOutput

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Protects the real disk operations behind the swap: on Linux the exchange trades two
/// folders in one step, fails without moving anything, and says "unsupported" (so that
/// the install falls back to two renames) only where it cannot work at all.
@Suite struct FileOperationsTests {
    @Test("A new file holds exactly its bytes, gets the mode Foundation would give it, and never replaces a file")
    func liveWriteFile() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        var random = SeededGenerator(seed: 0xF11E)
        for size in [0, 1, 4_096, 3_000_001] {
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &random) }
            let url = root.url.appendingPathComponent("file-\(size)")
            try FileOperations.live.writeFile(bytes, DiskPath(url))
            #expect(try Data(contentsOf: url) == Data(bytes), "\(size) bytes")
            // The mode Foundation's Data.write gives a new file (0666 less the umask),
            // without reading the umask, which only umask() can do, for the whole process.
            let reference = root.url.appendingPathComponent("reference-\(size)")
            try Data().write(to: reference)
            #expect(try FileStatus.of(url)?.permissions == FileStatus.of(reference)?.permissions, "\(size) bytes")
            #expect {
                try FileOperations.live.writeFile([1, 2, 3], DiskPath(url))
            } throws: { error in
                (error as? SystemCallError)?.code == EEXIST
            }
            #expect(try Data(contentsOf: url) == Data(bytes), "a refused write leaves the file alone")
        }
    }

    #if os(Linux)
    @Test("The real exchange trades two folders; a missing path is an error, not a reason to fall back")
    func liveExchange() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let first = root.url.appendingPathComponent("first"), second = root.url.appendingPathComponent("second")
        for (folder, text) in [(first, "one"), (second, "two")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            try Data(text.utf8).write(to: folder.appendingPathComponent("file.txt"))
        }
        try FileOperations.live.exchange(DiskPath(first), DiskPath(second))
        #expect(read(first.appendingPathComponent("file.txt")) == "two")
        #expect(read(second.appendingPathComponent("file.txt")) == "one")

        #expect {
            try FileOperations.live.exchange(DiskPath(first), DiskPath(root.url.appendingPathComponent("missing")))
        } throws: { error in
            (error as? SystemCallError)?.code == ENOENT
        }
        #expect(read(first.appendingPathComponent("file.txt")) == "two", "a failed exchange moves nothing")
    }

    @Test(
        "Two folders on different file systems cannot be exchanged: 'unsupported', so the swap falls back",
        .enabled(if: FileOperationsTests.otherFileSystem() != nil, "no writable /dev/shm on another file system"))
    func exchangeAcrossFileSystems() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let other = try #require(Self.otherFileSystem()).appendingPathComponent("atlas-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: other) }
        let here = root.url.appendingPathComponent("here")
        for folder in [here, other] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false) }
        #expect {
            try FileOperations.live.exchange(DiskPath(here), DiskPath(other))
        } throws: { error in
            (error as? ExchangeUnsupported)?.code == EXDEV
        }
    }

    /// A writable folder on another file system than the temporary folder, or nil.
    static func otherFileSystem() -> URL? {
        let shm = URL(fileURLWithPath: "/dev/shm")
        var here = stat(), there = stat()
        guard stat(FileManager.default.temporaryDirectory.path, &here) == 0, stat(shm.path, &there) == 0,
            here.st_dev != there.st_dev, access(shm.path, W_OK) == 0
        else { return nil }
        return shm
    }
    #endif
}
