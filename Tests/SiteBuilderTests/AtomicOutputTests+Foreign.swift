import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder
@testable import SiteOutput

/// Protects DESIGN §4 "files in `_site` that the generator did not write are never
/// deleted without `--clean`", and what `--clean` keeps.
extension AtomicOutputTests {
    /// The basic course's files, as the build reports them.
    static let generated: Set = [
        "assets/OFL-AsanaMath.txt", "assets/favicon.svg", "assets/img/dot.png", "assets/math-font.css",
        "assets/plot.js", "assets/preview.js", "assets/previews/functions.js", "assets/print.css",
        "assets/search-index.js", "assets/search.js", "assets/search/0.js", "assets/site.js", "assets/strings.js", "assets/style.css",
        "functions.html",
        "index.html", "intro.html", "print.html",
    ]

    @Test("Files, folders and links the generator did not write survive a build, byte for byte; links stay links")
    func foreignFilesSurvive() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        _ = try await Fixture.build("basic", into: workspace.output)
        try workspace.put("my notes", at: "notes.txt")
        try workspace.put("deep", at: "sub/deeper/kept.txt")
        try workspace.put("beside the generated files", at: "assets/img/mine.svg")
        try FileManager.default.createDirectory(
            at: workspace.output.appendingPathComponent("empty"), withIntermediateDirectories: false)
        // A link to a file outside the output, and a dangling one: neither is followed.
        try FileManager.default.createSymbolicLink(
            atPath: workspace.output.appendingPathComponent("outside").path, withDestinationPath: "/etc/hostname")
        try FileManager.default.createSymbolicLink(
            atPath: workspace.output.appendingPathComponent("sub/dangling").path, withDestinationPath: "../no/such/file")
        let before = try FileTree(workspace.output)

        _ = try await Fixture.build("basic", into: workspace.output)
        #expect(try FileTree(workspace.output).differences(from: before) == [])
        #expect(try workspace.leftovers() == [])
    }

    @Test("--clean removes what the generator did not write and keeps its files and the hidden entries at the top")
    func cleanRemovesForeignFiles() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        _ = try await Fixture.build("basic", into: workspace.output)
        let generated = try FileTree(workspace.output)
        try workspace.put("my notes", at: "notes.txt")
        try workspace.put("deep", at: "sub/deeper/kept.txt")
        try workspace.put("beside the generated files", at: "assets/img/mine.svg")
        try workspace.put("ref: refs/heads/gh-pages", at: ".git/HEAD")
        try workspace.put("", at: ".nojekyll")
        try FileManager.default.createSymbolicLink(
            atPath: workspace.output.appendingPathComponent("outside").path, withDestinationPath: "/etc/hostname")

        let report = try await Fixture.build("basic", into: workspace.output, clean: true)
        #expect(Set(report.writtenFiles) == Self.generated)
        #expect(
            try FileTree(workspace.output).differences(from: generated) == [
                "unexpected: .git", "unexpected: .git/HEAD", "unexpected: .nojekyll",
            ])
        #expect(FileManager.default.fileExists(atPath: "/etc/hostname"), "the link's target is never touched")
        #expect(try workspace.leftovers() == [])
    }

    @Test("A folder where the build writes a file stops the build and is kept; --clean replaces it")
    func folderInTheWay() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        try workspace.put("an author's page", at: "index.html/page.html")
        let before = try FileTree(workspace.output)
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output)
        } throws: { error in
            (error as? BuildError)?.description == "error: _site/index.html: is a folder, but the build writes a file there; "
                + "move the folder away, or build with --clean to drop it; the previous site is as it was"
        }
        #expect(try FileTree(workspace.output).differences(from: before) == [])
        #expect(try workspace.leftovers() == [])

        _ = try await Fixture.build("basic", into: workspace.output, clean: true)
        #expect(Set(TemporaryFolder.files(in: workspace.output)) == Self.generated)
    }

    @Test("A link where the build writes a folder is never written through")
    func linkInTheWay() async throws {
        let workspace = try OutputWorkspace(), elsewhere = try TemporaryFolder()
        defer { workspace.remove(); elsewhere.remove() }
        try FileManager.default.createDirectory(at: workspace.output, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(
            atPath: workspace.output.appendingPathComponent("assets").path, withDestinationPath: elsewhere.url.path)
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output)
        } throws: { error in
            (error as? BuildError)?.description == "error: _site/assets: is not a folder, but the build writes files into "
                + "'assets/'; move it away, or build with --clean to drop it; the previous site is as it was"
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.url.path) == [])
        #expect(try workspace.leftovers() == [])
    }

    @Test("An unchanged file keeps its modification time; a changed one is new; folders keep their permissions")
    func unchangedFilesKeepTheirDates() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        _ = try await Fixture.build("basic", into: workspace.output)
        let index = workspace.output.appendingPathComponent("index.html")
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: index.path)
        try workspace.put("stale", at: "intro.html")
        try FileManager.default.setAttributes(
            [.modificationDate: past], ofItemAtPath: workspace.output.appendingPathComponent("intro.html").path)
        try FileManager.default.setAttributes([.posixPermissions: 0o750], ofItemAtPath: workspace.output.path)

        _ = try await Fixture.build("basic", into: workspace.output)
        func attribute(_ key: FileAttributeKey, _ path: String) throws -> Any? {
            try FileManager.default.attributesOfItem(atPath: workspace.output.appendingPathComponent(path).path)[key]
        }
        #expect(try attribute(.modificationDate, "index.html") as? Date == past)
        #expect(try attribute(.modificationDate, "intro.html") as? Date != past)
        #expect(Fixture.read(workspace.output.appendingPathComponent("intro.html")) != "stale")
        #expect(try attribute(.posixPermissions, "") as? Int == 0o750)
    }

    @Test("Where hard links are impossible, files are copied and still keep their bytes, dates and permissions")
    func withoutHardLinks() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        _ = try await Fixture.build("basic", into: workspace.output)
        try workspace.put("my notes", at: "sub/notes.txt")
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        for path in ["index.html", "sub/notes.txt"] {
            try FileManager.default.setAttributes(
                [.modificationDate: past, .posixPermissions: 0o640],
                ofItemAtPath: workspace.output.appendingPathComponent(path).path)
        }
        let before = try FileTree(workspace.output, withDates: true)
        var operations = FileOperations.live
        operations.link = { _, _ in throw SystemCallError(call: "link", code: EPERM) }

        _ = try await Fixture.build("basic", into: workspace.output, operations: operations)
        #expect(try FileTree(workspace.output, withDates: true).differences(from: before) == [])
        for path in ["index.html", "sub/notes.txt"] {
            let permissions =
                try FileManager.default.attributesOfItem(
                    atPath: workspace.output.appendingPathComponent(path).path)[.posixPermissions] as? Int
            #expect(permissions == 0o640, "\(path)")
        }
    }
}
