import AtlasTestSupport
import Foundation
import Testing

@testable import SiteOutput

/// Protects the staging folder's shape: every folder above a generated file is made,
/// once, however the files are spread, now that the folders are found per parent and
/// paths are joined as strings rather than URLs.
@Suite struct OutputStagingTests {
    @Test("The folders above a set of files are every ancestor of every file, and no file")
    func foldersAbove() {
        let paths = ["index.html", "a/b/c/x.html", "a/b/y.html", "a/z.html", "q/r.html", "a/b/c/w.html", "m/n/o.txt"]
        let perFile = Set(paths.flatMap { OutputStaging.ancestors(of: $0) })
        #expect(perFile == ["a", "a/b", "a/b/c", "q", "m", "m/n"])
        #expect(OutputStaging.folders(above: paths) == perFile)
        #expect(OutputStaging.folders(above: ["index.html", "style.css"]) == [])
        #expect(OutputStaging.folders(above: []) == [])
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

    @Test("A disk path's last component is what follows the last slash")
    func lastPathComponent() {
        #expect(DiskPath("/tmp/_site/page.html").lastPathComponent == "page.html")
        #expect(DiskPath("/tmp/._site.atlas-new-42").lastPathComponent == "._site.atlas-new-42")
        #expect(DiskPath("page.html").lastPathComponent == "page.html")
        #expect(DiskPath(URL(fileURLWithPath: "/tmp/a b/c.html")).path == "/tmp/a b/c.html")
    }
}
