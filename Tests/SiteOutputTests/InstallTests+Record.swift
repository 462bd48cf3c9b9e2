import AtlasTestSupport
import Foundation
import Testing

@testable import SiteOutput

/// Protects the install's cost in proportion to what changed (issue 12): with the record
/// of the previous install, a site that is already in place is not written at all, an
/// unchanged file is linked without being made, and a touched file is never trusted.
extension InstallTests {
    private func site(_ index: String, _ page: String) -> [String: SiteFile] {
        [
            "index.html": SiteFile(key: "index-" + index, bytes: Array(index.utf8)),
            "a/page.html": SiteFile(key: "page-" + page, bytes: Array(page.utf8)),
        ]
    }

    @Test("With nothing changed since the record, nothing is written and every time and inode stays")
    func nothingChanged() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try siteLocation(in: root)
        let first = try location.install(site("one", "p"), clean: false, since: nil)
        #expect(!first.wroteNothing)
        #expect(first.record.entries.keys.sorted() == ["a/page.html", "index.html"])
        let before = try FileTree(location.directory, withDates: true)
        let identities = first.record.entries.mapValues(\.identity)

        // The bytes are not even needed: the keys say that they are the same.
        var unmade = site("one", "p")
        for path in unmade.keys { unmade[path]?.bytes = nil }
        #expect(location.unchangedFiles(unmade.mapValues(\.key), since: first.record) == ["a/page.html", "index.html"])
        let second = try location.install(unmade, clean: true, since: first.record)
        #expect(second.wroteNothing)
        #expect(second.record == first.record)
        #expect(try FileTree(location.directory, withDates: true).differences(from: before) == [])

        // One changed file: staged and swapped, the unchanged one linked (the same inode).
        let third = try location.install(site("one", "q"), clean: false, since: second.record)
        #expect(!third.wroteNothing)
        #expect(third.record.entries["index.html"]?.identity.inode == identities["index.html"]?.inode)
        #expect(read(location.directory.appendingPathComponent("a/page.html")) == "q")
    }

    @Test("A file touched since the record is not unchanged; one without bytes then stops the install")
    func touchedFile() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try siteLocation(in: root)
        let first = try location.install(site("one", "p"), clean: false, since: nil)
        try Data("edited".utf8).write(to: location.directory.appendingPathComponent("index.html"))
        #expect(location.unchangedFiles(site("one", "p").mapValues(\.key), since: first.record) == ["a/page.html"])
        let before = try FileTree(location.directory, withDates: true)
        var unmade = site("one", "p")
        unmade["index.html"]?.bytes = nil
        #expect(
            throws: OutputError.fileSystem(
                path: "_site/index.html",
                reason: "changed while the site was being built; the previous site is as it was; build again")
        ) {
            try location.install(unmade, clean: false, since: first.record)
        }
        #expect(try FileTree(location.directory, withDates: true).differences(from: before) == [])
        // With its bytes, the touched file is written again.
        _ = try location.install(site("one", "p"), clean: false, since: first.record)
        #expect(read(location.directory.appendingPathComponent("index.html")) == "one")
    }
}
