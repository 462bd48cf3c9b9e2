import AtlasTestSupport
import Foundation
import Testing

@testable import SiteOutput

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Protects the public install on its own, without a build: a file map becomes the
/// output folder, the author's other files stay, and a failure halfway leaves the
/// previous output exactly as it was. Every other case is driven through whole builds
/// in SiteBuilderTests (`AtomicOutputTests*`).
@Suite struct InstallTests {
    @Test("The files become the output folder; the previous output's other files stay, unless clean")
    func install() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try siteLocation(in: root)
        #expect(try location.install(["index.html": Array("one".utf8), "a/b.txt": Array("b".utf8)], clean: false) == [])
        try Data("mine".utf8).write(to: location.directory.appendingPathComponent("notes.txt"))

        #expect(try location.install(["index.html": Array("two".utf8)], clean: false) == [])
        #expect(TemporaryFolder.files(in: location.directory) == ["a/b.txt", "index.html", "notes.txt"])
        #expect(read(location.directory.appendingPathComponent("index.html")) == "two")

        #expect(try location.install(["index.html": Array("three".utf8)], clean: true) == [])
        #expect(TemporaryFolder.files(in: location.directory) == ["index.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.url.path) == ["_site"])
    }

    @Test("Writing that fails halfway leaves the previous output as it was, and nothing beside it")
    func failureHalfway() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try siteLocation(in: root)
        _ = try location.install(["a.html": Array("old a".utf8), "b.html": Array("old b".utf8)], clean: false)
        let before = try FileTree(location.directory, withDates: true)
        var operations = FileOperations.live
        let live = FileOperations.live
        operations.writeFile = { bytes, url in
            guard url.lastPathComponent != "b.html" else { throw SystemCallError(call: "write", code: ENOSPC) }
            try live.writeFile(bytes, url)
        }
        #expect(
            throws: OutputError.fileSystem(
                path: "_site/b.html", reason: "cannot write (No space left on device); the previous site is as it was")
        ) {
            try location.install(["a.html": Array("new a".utf8), "b.html": Array("new b".utf8)], clean: false, operations: operations)
        }
        #expect(try FileTree(location.directory, withDates: true).differences(from: before) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.url.path) == ["_site"])
    }

    @Test("Of several files that cannot be written, the first in sorted order is reported")
    func firstFailureInOrder() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try siteLocation(in: root)
        let files = Dictionary(
            uniqueKeysWithValues: (0..<40).map { index in
                (String(format: "page-%02d.html", index), Array("page \(index)".utf8))
            })
        var operations = FileOperations.live
        let live = FileOperations.live
        operations.writeFile = { bytes, url in
            switch url.lastPathComponent {
            case "page-07.html": throw SystemCallError(call: "write", code: EACCES)
            case "page-31.html", "page-36.html": throw SystemCallError(call: "write", code: ENOSPC)
            default: try live.writeFile(bytes, url)
            }
        }
        #expect(
            throws: OutputError.fileSystem(
                path: "_site/page-07.html", reason: "cannot write (Permission denied); nothing was written")
        ) {
            try location.install(files, clean: false, operations: operations)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.url.path) == [])
    }
}
