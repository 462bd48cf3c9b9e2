import AtlasTestSupport
import Foundation
import Testing

/// Protects what `atlas build` does to the output folder: the previous site survives a
/// failed build, files the build did not write survive unless `--clean`, folders it
/// must not replace are refused (and only those), and a killed build's previous site
/// comes back, never replaced by a fresh site while it sits aside.
extension EndToEndTests {
    @Test("atlas build keeps files it did not write; atlas build --clean removes them and keeps the site")
    func clean() throws {
        let folder = try workspace("course")
        defer { folder.remove() }
        let site = folder.url.appendingPathComponent("_site")
        #expect(try AtlasProcess.run(["build", "--jobs", "1"], in: folder.url).status == 0)
        let generated = TemporaryFolder.files(in: site)
        try FileManager.default.createDirectory(at: site.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: site.appendingPathComponent("notes.txt"))
        try Data("mine too".utf8).write(to: site.appendingPathComponent("notes/todo.txt"))

        let kept = try AtlasProcess.run(["build", "--jobs", "1"], in: folder.url)
        #expect(kept.status == 0, "\(kept.standardError)")
        #expect(TemporaryFolder.files(in: site) == (generated + ["notes.txt", "notes/todo.txt"]).sorted())
        #expect(FileManager.default.contents(atPath: site.appendingPathComponent("notes/todo.txt").path) == Data("mine too".utf8))

        let cleaned = try AtlasProcess.run(["build", "--jobs", "1", "--clean"], in: folder.url)
        #expect(cleaned.status == 0, "\(cleaned.standardError)")
        #expect(cleaned.standardError.isEmpty)
        #expect(TemporaryFolder.files(in: site) == generated)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("notes").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [".atlas-cache", "Content", "_site"])
    }

    @Test("A build that fails on a lesson leaves the previous _site exactly as it was")
    func failedBuildKeepsSite() throws {
        let folder = try workspace("course")
        defer { folder.remove() }
        let site = folder.url.appendingPathComponent("_site")
        #expect(try AtlasProcess.run(["build", "--jobs", "1"], in: folder.url).status == 0)
        try Data("mine".utf8).write(to: site.appendingPathComponent("notes.txt"))
        let before = try FileTree(site, withDates: true)
        try Data("---\ntitle: Broken\n---\n```{plot} sigmod\n```\n".utf8)
            .write(to: folder.url.appendingPathComponent("Content/02-broken.md"))

        let result = try AtlasProcess.run(["build", "--clean"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.standardError == """
                Content/02-broken.md:4:11: error: unknown activation 'sigmod'; did you mean 'sigmoid'?
                    4 | ```{plot} sigmod
                      |           ^
                1 error; _site left as it was

                """)
        #expect(try FileTree(site, withDates: true).differences(from: before) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [".atlas-cache", "Content", "_site"])
    }

    @Test(
        "Building into the content folder, a folder holding it, or its assets is a usage error, and nothing changes",
        arguments: [
            ("Content", "error: output folder 'Content' is the content folder; choose a folder of its own, e.g. '--output _site'\n"),
            (".", "error: output folder '.' contains the content folder 'Content'; choose a folder of its own, e.g. '--output _site'\n"),
            (
                "Content/assets/_site",
                "error: output folder 'Content/assets/_site' lies inside the assets folder 'Content/assets', "
                    + "which every build copies into the site; choose a folder of its own, e.g. '--output _site'\n"
            ),
            ("Templates", "error: output folder 'Templates' is the templates folder; choose a folder of its own, e.g. '--output _site'\n"),
        ])
    func refusedOutput(_ output: String, message: String) throws {
        let folder = try workspace("course")
        defer { folder.remove() }
        let before = try FileTree(folder.url, withDates: true)
        let result = try AtlasProcess.run(["build", "--output", output, "--clean"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.standardError == message)
        #expect(try FileTree(folder.url, withDates: true).differences(from: before) == [])
    }

    @Test("A refused '--output _site' is not told to try '--output _site'")
    func refusedDefaultOutput() throws {
        let folder = try workspace("course")
        defer { folder.remove() }
        try FileManager.default.moveItem(
            at: folder.url.appendingPathComponent("Content"), to: folder.url.appendingPathComponent("_site"))
        let result = try AtlasProcess.run(["build", "--content", "_site", "--output", "_site"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.standardError == "error: output folder '_site' is the content folder; choose a folder of its own\n")
    }

    @Test("Lessons at the top of the folder build into _site beside them, and a rebuild leaves the site as it was")
    func flatLayout() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lessons = Self.fixtures.appendingPathComponent("course/Content")
        for name in try FileManager.default.contentsOfDirectory(atPath: lessons.path) {
            try FileManager.default.copyItem(at: lessons.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("handout".utf8).write(to: folder.url.appendingPathComponent("assets/handout.txt"))
        let sources = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        let site = folder.url.appendingPathComponent("_site")

        let first = try AtlasProcess.run(["build", "--content", ".", "--output", "_site", "--jobs", "1"], in: folder.url)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(
            TemporaryFolder.files(in: site) == [
                "assets/OFL-AsanaMath.txt", "assets/favicon.svg", "assets/handout.txt", "assets/math-font.css",
                "assets/plot.js", "assets/preview.js", "assets/print.css", "assets/search-index.js",
                "assets/search.js", "assets/search/0.js", "assets/site.js", "assets/strings.js", "assets/style.css", "index.html",
                "print.html", "sigmoid.html",
            ])
        let before = try FileTree(site, withDates: true)
        let again = try AtlasProcess.run(["build", "--content", ".", "--output", "_site", "--jobs", "1"], in: folder.url)
        #expect(again.status == 0)
        #expect(again.standardError.isEmpty)
        #expect(try FileTree(site, withDates: true).differences(from: before) == [])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == (sources + [".atlas-cache", "_site"]).sorted())
    }

    @Test("After a build killed between its renames, atlas build moves the previous site back and says so")
    func interruptedBuild() throws {
        let folder = try workspace("course")
        defer { folder.remove() }
        let site = folder.url.appendingPathComponent("_site")
        #expect(try AtlasProcess.run(["build", "--jobs", "1"], in: folder.url).status == 0)
        try Data("mine".utf8).write(to: site.appendingPathComponent("notes.txt"))
        let dead = try #require(ProcessIDs.unused())
        let aside = folder.url.resolvingSymlinksInPath().appendingPathComponent("._site.atlas-old-\(dead)")
        try FileManager.default.moveItem(at: site, to: aside)

        let result = try AtlasProcess.run(["build", "--jobs", "1"], in: folder.url)
        #expect(result.status == 0)
        #expect(
            result.standardError == "warning: the previous site was moved back into place from '\(aside.path)', "
                + "where an interrupted build had left it\n")
        #expect(result.standardOutput.contains("(1 warning): open _site/index.html"))
        #expect(FileManager.default.contents(atPath: site.appendingPathComponent("notes.txt").path) == Data("mine".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [".atlas-cache", "Content", "_site"])
    }

    @Test("A site set aside under the id of a running process is neither replaced nor deleted, and comes back after")
    func asideUnderLiveProcess() throws {
        let folder = try workspace("course")
        defer { folder.remove() }
        let site = folder.url.appendingPathComponent("_site")
        #expect(try AtlasProcess.run(["build", "--jobs", "1"], in: folder.url).status == 0)
        try Data("mine".utf8).write(to: site.appendingPathComponent("author-notes.txt"))
        // A build killed between its renames, whose process id now belongs to a live process.
        // (Not a child spawned here: it would inherit the pipes of atlas runs in other tests.)
        let live = try #require(ProcessIDs.running())
        let aside = folder.url.resolvingSymlinksInPath().appendingPathComponent("._site.atlas-old-\(live)")
        try FileManager.default.moveItem(at: site, to: aside)
        let before = try FileTree(folder.url, withDates: true)

        let stopped = try AtlasProcess.run(["build", "--jobs", "1"], in: folder.url)
        #expect(stopped.status == 1)
        #expect(
            stopped.standardError == "error: _site: is missing, and the previous site is in '\(aside.path)', set aside "
                + "by a build that still runs; another build may be swapping it in; retry, or move it to '_site' if no build "
                + "is running\n")
        #expect(try FileTree(folder.url, withDates: true).differences(from: before) == [])

        // The process ends: the same folder under an id that no process has.
        let dead = folder.url.resolvingSymlinksInPath().appendingPathComponent("._site.atlas-old-\(try #require(ProcessIDs.unused()))")
        try FileManager.default.moveItem(at: aside, to: dead)
        let recovered = try AtlasProcess.run(["build", "--jobs", "1"], in: folder.url)
        #expect(recovered.status == 0)
        #expect(
            recovered.standardError == "warning: the previous site was moved back into place from '\(dead.path)', "
                + "where an interrupted build had left it\n")
        #expect(FileManager.default.contents(atPath: site.appendingPathComponent("author-notes.txt").path) == Data("mine".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [".atlas-cache", "Content", "_site"])
    }

    @Test("atlas build --help explains --clean")
    func cleanHelp() throws {
        let help = try AtlasProcess.run(["build", "--help"]).standardOutput
        #expect(help.contains("--clean"))
        #expect(help.contains("did not write"))
    }
}
