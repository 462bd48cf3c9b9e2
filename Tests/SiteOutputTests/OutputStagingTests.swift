import AtlasTestSupport
import Foundation
import Testing

@testable import SiteOutput

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Protects the staging folder's shape and its failures: every folder above a generated
/// file is made, however the files are spread (the folders are found per parent, paths
/// joined as strings), and with folders filled at the same time the failure reported is
/// still the first in sorted order.
@Suite struct OutputStagingTests {
    @Test("The folders above a set of files are every ancestor of every file, and no file")
    func foldersAbove() {
        let paths = ["index.html", "a/b/c/x.html", "a/b/y.html", "a/z.html", "q/r.html", "a/b/c/w.html", "m/n/o.txt"]
        let perFile = Set(paths.flatMap { OutputStaging.ancestors(of: $0) })
        #expect(perFile == ["a", "a/b", "a/b/c", "q", "m", "m/n"])
        #expect(OutputStaging.folders(above: paths) == perFile)
        #expect(OutputStaging.folders(above: ["index.html", "style.css"]) == [])
        #expect(OutputStaging.folders(above: []) == [])
        // A `/` that a combining mark follows is no Character of its own, but a separator.
        let marked = ["a/\u{301}b/c.html", "x\u{301}/y.html"]
        #expect(Set(marked.flatMap { OutputStaging.ancestors(of: $0) }) == ["a", "a/\u{301}b", "x\u{301}"])
        #expect(OutputStaging.folders(above: marked) == Set(marked.flatMap { OutputStaging.ancestors(of: $0) }))
        #expect(OutputStaging.parent(of: "a/\u{301}b/c.html") == "a/\u{301}b" && OutputStaging.parent(of: "c.html") == nil)
    }

    @Test("A site whose files jump between folders and depths is installed whole, then replaced whole")
    func nestedFolders() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try siteLocation(in: root)
        // Sorted, these visit a/b/c, then a/b, a, a/d (a sibling made after its parent), q.
        let paths = ["a/b/c/x.html", "a/b/y.html", "a/c.html", "a/d/e.html", "index.html", "q/r/s/t.html"]
        let files = Dictionary(uniqueKeysWithValues: paths.map { ($0, Array("page \($0)".utf8)) })
        #expect(try location.install(files, clean: false) == [])
        #expect(TemporaryFolder.files(in: location.directory) == paths.sorted())
        for path in paths { #expect(read(location.directory.appendingPathComponent(path)) == "page \(path)") }

        // Again, one page changed: the unchanged ones are linked into new folders.
        var next = files
        next["a/d/e.html"] = Array("changed".utf8)
        #expect(try location.install(next, clean: true) == [])
        #expect(TemporaryFolder.files(in: location.directory) == paths.sorted())
        #expect(read(location.directory.appendingPathComponent("a/d/e.html")) == "changed")
        #expect(read(location.directory.appendingPathComponent("a/b/c/x.html")) == "page a/b/c/x.html")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.url.path) == ["_site"])
    }

    @Test("With files in several folders placed at once, the failure reported is the first in sorted order")
    func firstFailureAcrossFolders() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try siteLocation(in: root)
        var files: [String: [UInt8]] = [:]
        for index in 0..<40 {
            for folder in ["a", "b/c", "d"] { files[String(format: "\(folder)/page-%02d.html", index)] = Array("\(index)".utf8) }
        }
        files["index.html"] = Array("index".utf8)
        let live = FileOperations.live
        // The failure sorted first sits late in its folder, slow to reach; the others come
        // early in theirs, so that a thread meets one of them first.
        var operations = FileOperations.live
        operations.writeFile = { bytes, url in
            if url.path.contains("/a/") { usleep(1_000) }
            if ["a/page-37.html", "b/c/page-01.html", "d/page-00.html"].contains(where: { url.path.hasSuffix("/" + $0) }) {
                throw SystemCallError(call: "write", code: ENOSPC)
            }
            try live.writeFile(bytes, url)
        }
        #expect(
            throws: OutputError.fileSystem(
                path: "_site/a/page-37.html", reason: "cannot write (No space left on device); nothing was written")
        ) {
            try location.install(files, clean: false, operations: operations)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.url.path) == [])

        // A folder that cannot be made counts at the first file inside it.
        operations = FileOperations.live
        operations.makeDirectory = { url in
            if url.lastPathComponent == "c" { throw SystemCallError(call: "mkdir", code: EACCES) }
            try live.makeDirectory(url)
        }
        operations.writeFile = { bytes, url in
            if url.path.hasSuffix("/d/page-00.html") { throw SystemCallError(call: "write", code: ENOSPC) }
            try live.writeFile(bytes, url)
        }
        #expect(
            throws: OutputError.fileSystem(
                path: "_site/b/c", reason: "cannot create the folder (Permission denied); nothing was written")
        ) {
            try location.install(files, clean: false, operations: operations)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.url.path) == [])
    }

    @Test("A disk path's last component is what follows the last slash")
    func lastPathComponent() {
        #expect(DiskPath("/tmp/_site/page.html").lastPathComponent == "page.html")
        #expect(DiskPath("/tmp/._site.atlas-new-42").lastPathComponent == "._site.atlas-new-42")
        #expect(DiskPath("page.html").lastPathComponent == "page.html")
        #expect(DiskPath(URL(fileURLWithPath: "/tmp/a b/c.html")).path == "/tmp/a b/c.html")
    }
}
