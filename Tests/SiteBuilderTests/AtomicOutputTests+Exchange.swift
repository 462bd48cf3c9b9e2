import AtlasTestSupport
import Foundation
import Testing
@testable import SiteBuilder

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Protects the swap itself: on Linux the new site and the previous one trade places in
/// one exchange, so there is never an instant without an output folder; elsewhere, or
/// where the file system cannot exchange, two renames do the same with that instant.
extension AtomicOutputTests {
    #if os(Linux)
    @Test("On Linux the new site and the previous one trade places in one exchange; nothing is renamed")
    func swapByExchange() async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        let log = OperationLog()
        _ = try await Fixture.build("basic", into: workspace.output, operations: FileOperations.live.logged(in: log))
        let staging = "._site.atlas-new-\(ProcessInfo.processInfo.processIdentifier)"
        #expect(log.notes == ["exchange \(staging) _site", "remove \(staging)"])
        #expect(Fixture.read(workspace.output.appendingPathComponent("notes.txt")) == "my notes")
        #expect(Fixture.read(workspace.output.appendingPathComponent("intro.html")) != "<p>the previous intro</p>")
        #expect(try workspace.leftovers() == [])
    }

    @Test("The real exchange trades two folders; a missing path is an error, not a reason to fall back")
    func liveExchange() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let first = root.url.appendingPathComponent("first"), second = root.url.appendingPathComponent("second")
        for (folder, text) in [(first, "one"), (second, "two")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            try Data(text.utf8).write(to: folder.appendingPathComponent("file.txt"))
        }
        try FileOperations.live.exchange(first, second)
        #expect(Fixture.read(first.appendingPathComponent("file.txt")) == "two")
        #expect(Fixture.read(second.appendingPathComponent("file.txt")) == "one")

        #expect {
            try FileOperations.live.exchange(first, root.url.appendingPathComponent("missing"))
        } throws: { error in
            (error as? SystemCallError)?.code == ENOENT
        }
        #expect(Fixture.read(first.appendingPathComponent("file.txt")) == "two", "a failed exchange moves nothing")
    }

    @Test("Two folders on different file systems cannot be exchanged: 'unsupported', so the swap falls back",
        .enabled(if: AtomicOutputTests.otherFileSystem() != nil, "no writable /dev/shm on another file system"))
    func exchangeAcrossFileSystems() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let other = try #require(Self.otherFileSystem()).appendingPathComponent("atlas-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: other) }
        let here = root.url.appendingPathComponent("here")
        for folder in [here, other] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false) }
        #expect {
            try FileOperations.live.exchange(here, other)
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

    @Test("Where names cannot be exchanged, the swap takes two renames and gives the same site")
    func swapByRenames() async throws {
        let workspace = try await previousSite(), reference = try await previousSite()
        defer { workspace.remove(); reference.remove() }
        _ = try await Fixture.build("basic", into: reference.output)
        let log = OperationLog()
        let operations = FileOperations.live.withoutExchange().logged(in: log)

        _ = try await Fixture.build("basic", into: workspace.output, operations: operations)
        let pid = ProcessInfo.processInfo.processIdentifier
        #expect(log.notes == [
            "exchange ._site.atlas-new-\(pid) _site", "rename _site ._site.atlas-old-\(pid)",
            "rename ._site.atlas-new-\(pid) _site", "remove ._site.atlas-old-\(pid)",
        ])
        #expect(try FileTree(workspace.output).differences(from: FileTree(reference.output)) == [])
        #expect(try workspace.leftovers() == [])
    }

    @Test("An exchange that fails for another reason moves nothing and falls back to nothing: the previous site stays")
    func failedExchange() async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        let before = try FileTree(workspace.output, withDates: true)
        let log = OperationLog()
        var operations = FileOperations.live
        operations.exchange = { _, _ in throw SystemCallError(call: "renameat2", code: EIO) }
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output, operations: operations.logged(in: log))
        } throws: { error in
            (error as? BuildError)?.description
                == "error: _site: cannot move the new site into place (Input/output error); the previous site is as it was"
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        #expect(log.notes == ["exchange ._site.atlas-new-\(pid) _site", "remove ._site.atlas-new-\(pid)"])
        #expect(try FileTree(workspace.output, withDates: true).differences(from: before) == [])
        #expect(try workspace.leftovers() == [])
    }
}
