import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects the whole build: the output tree byte for byte, ordering, drafts, determinism.
@Suite struct SiteBuildTests {
    @Test("The fixture course builds to the reviewed tree, file for file")
    func goldenTree() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report = try await Fixture.build("basic", into: folder.url)
        #expect(report.lessonCount == 2)

        let expected = Fixture.root.appendingPathComponent("basic/expected")
        let built = TemporaryFolder.files(in: folder.url)
        if !Snapshot.isRecording {
            let golden =
                TemporaryFolder.files(in: expected)
                + [
                    "assets/OFL-AsanaMath.txt", "assets/math-font.css", "assets/plot.js", "assets/preview.js", "assets/site.js",
                    "assets/style.css",
                ]
            #expect(Set(built).subtracting(golden).isEmpty, "unexpected files")
            #expect(Set(golden).subtracting(built).isEmpty, "missing files")
        }
        // The stylesheet is the built-in one, byte for byte; keeping a copy in expected/
        // would only compare the file with itself.
        #expect(
            FileManager.default.contents(atPath: folder.url.appendingPathComponent("assets/style.css").path)
                == Data(PackageResources.style_css))
        let checkedElsewhere: Set = [
            "assets/style.css", "assets/math-font.css", "assets/OFL-AsanaMath.txt", "assets/plot.js", "assets/preview.js", "assets/site.js",
        ]
        for path in built where !path.hasSuffix(".png") && !checkedElsewhere.contains(path) {
            Snapshot.assertMatches(Fixture.read(folder.url.appendingPathComponent(path)), named: path, in: expected)
        }
        // Author assets are copied byte for byte.
        for path in built where path.hasSuffix(".png") {
            #expect(
                FileManager.default.contents(atPath: folder.url.appendingPathComponent(path).path)
                    == FileManager.default.contents(atPath: Fixture.content("basic").appendingPathComponent(path).path))
        }
    }

    @Test("Lessons are ordered by 'order', then file name; drafts are left out; prev/next link them")
    func orderingAndNavigation() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report = try await Fixture.build("basic", into: folder.url)
        #expect(
            report.writtenFiles == [
                "assets/OFL-AsanaMath.txt", "assets/favicon.svg", "assets/img/dot.png", "assets/math-font.css",
                "assets/plot.js", "assets/preview.js", "assets/previews/functions.js", "assets/print.css",
                "assets/search-index.js", "assets/search.js", "assets/search/0.js", "assets/site.js", "assets/strings.js",
                "assets/style.css", "functions.html",
                "index.html", "intro.html", "print.html",
            ])
        let index = Fixture.read(folder.url.appendingPathComponent("index.html"))
        let functionsAt = try #require(index.range(of: "functions.html"))
        let introAt = try #require(index.range(of: "intro.html"))
        #expect(functionsAt.lowerBound < introAt.lowerBound, "order: 2 comes before a lesson without order")
        let functions = Fixture.read(folder.url.appendingPathComponent("functions.html"))
        #expect(functions.contains("rel=\"next\" href=\"intro.html\""))
        #expect(!functions.contains("rel=\"prev\""))
        #expect(!index.contains("draft"))
    }

    @Test("Output is byte-identical whatever --jobs is, and a rebuild changes no byte and no date")
    func deterministic() async throws {
        let one = try TemporaryFolder(), four = try TemporaryFolder()
        defer { one.remove(); four.remove() }
        _ = try await Fixture.build("basic", into: one.url, jobs: 1)
        _ = try await Fixture.build("basic", into: four.url, jobs: 4)
        let tree = try FileTree(one.url)
        #expect(tree.paths.count > 8, "the tree holds the site: \(tree)")
        #expect(try FileTree(four.url).differences(from: tree) == [])

        // Rebuilt into the same folder with other jobs: the swap must not change a byte,
        // and unchanged files keep their modification time.
        let dated = try FileTree(one.url, withDates: true)
        _ = try await Fixture.build("basic", into: one.url, jobs: 4)
        #expect(try FileTree(one.url, withDates: true).differences(from: dated) == [])
    }

    @Test("Every link and asset is relative; nothing loads from the network")
    func offline() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try await Fixture.build("basic", into: folder.url)
        for path in TemporaryFolder.files(in: folder.url) where path.hasSuffix(".html") {
            let html = Fixture.read(folder.url.appendingPathComponent(path))
            #expect(!html.contains("src=\"http"), "\(path)")
            #expect(!html.contains("href=\"http"), "\(path)")
            #expect(!html.contains("href=\"/"), "\(path)")
            // The only scripts: the words of the site's language, the local read-out, the JSON data it reads, the search
            // box, the layout's script and the link previews.
            let scripts = html.components(separatedBy: "<script").dropFirst().map { $0.prefix(60) }
            #expect(
                scripts.allSatisfy {
                    $0.hasPrefix(" src=\"assets/strings.js\" defer>") || $0.hasPrefix(" src=\"assets/plot.js\" defer>")
                        || $0.hasPrefix(" type=\"application/json\" class=\"plot-data\">")
                        || $0.hasPrefix(" src=\"assets/search.js\" defer>")
                        || $0.hasPrefix(" src=\"assets/site.js\" defer>")
                        || $0.hasPrefix(" src=\"assets/preview.js\" defer>")
                }, "\(path)")
        }
    }

    @Test("A template file in the templates folder replaces the built-in one")
    func templateOverride() async throws {
        let folder = try TemporaryFolder(), templates = try TemporaryFolder()
        defer { folder.remove(); templates.remove() }
        try Data("<h1 class=\"custom\">{{site.title}}</h1>{{#lessons}}<a href=\"{{url}}\">{{title}}</a>{{/lessons}}".utf8)
            .write(to: templates.url.appendingPathComponent("index.mustache"))
        _ = try await Fixture.build("basic", into: folder.url, templates: templates.url)
        let index = Fixture.read(folder.url.appendingPathComponent("index.html"))
        #expect(index.contains("<h1 class=\"custom\">Fixture Course</h1>"))
        #expect(index.contains("<!DOCTYPE html>"), "the built-in layout still wraps it")
    }

    @Test("A template that does not parse is reported at its line")
    func brokenTemplate() async throws {
        let folder = try TemporaryFolder(), templates = try TemporaryFolder()
        defer { folder.remove(); templates.remove() }
        try Data("<p>\n{{#lessons}}never closed\n".utf8).write(to: templates.url.appendingPathComponent("lesson.mustache"))
        await #expect {
            _ = try await Fixture.build("basic", into: folder.url, templates: templates.url)
        } throws: { error in
            guard case BuildError.content(let diagnostics) = error else { return false }
            return diagnostics.map(\.description) == [
                "templates/lesson.mustache:2:1: error: section 'lessons', opened on line 2, is never closed; add '{{/lessons}}' where it ends"
            ]
        }
        #expect(TemporaryFolder.files(in: folder.url).isEmpty)
    }
}

/// Protects issue 13's warnings about a course with nothing in it, and the README that
/// sits beside lessons at the top of a repository.
@Suite struct EmptyCourseTests {
    @Test("An empty content folder builds, with a warning on the folder; so does a course of drafts only")
    func empty() async throws {
        let content = try TemporaryFolder(), output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        let options = BuildOptions(
            contentDirectory: content.url, contentDisplayPath: "Content", templatesDirectory: nil,
            templatesDisplayPath: "Templates", outputDirectory: output.url.appendingPathComponent("_site"), jobs: 1,
            outputDisplayPath: "_site")
        let report = try await SiteBuild.run(options)
        #expect(report.lessonCount == 0)
        #expect(
            report.warnings.map(\.description) == [
                "Content:1:1: warning: the content folder holds no lessons, so the site has none; add a lesson such as "
                    + "'01-introduction.md', or pass the folder that holds them with --content DIR\n"
                    + "  hint: a lesson is a Markdown file (*.md, not README.md) that starts with front matter: '---', 'title: …', '---'"
            ])
        // No source line for a folder.
        #expect(report.warnings.first?.sourceLine == nil)
        try Data("---\ntitle: A\ndraft: true\n---\nA.\n".utf8).write(to: content.url.appendingPathComponent("01-a.md"))
        let drafts = try await SiteBuild.run(options)
        #expect(
            drafts.warnings.map(\.description) == [
                "Content:1:1: warning: every lesson is a draft, so the site has none; set 'draft: false' in the lessons to publish"
            ])
    }

    @Test("README.md at the top of the content folder is not a lesson (--content . in a repository)")
    func readme() async throws {
        let content = try TemporaryFolder(), output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        try Data("# My course\n\nBuild it with atlas.\n".utf8).write(to: content.url.appendingPathComponent("README.md"))
        try Data("# notes\n".utf8).write(to: content.url.appendingPathComponent("readme.md"))
        try Data("---\ntitle: A\n---\nA.\n".utf8).write(to: content.url.appendingPathComponent("01-a.md"))
        let report = try await SiteBuild.run(
            BuildOptions(
                contentDirectory: content.url, contentDisplayPath: ".", templatesDirectory: nil,
                templatesDisplayPath: "Templates", outputDirectory: output.url.appendingPathComponent("_site"), jobs: 1,
                outputDisplayPath: "_site"))
        #expect(report.lessonCount == 1)
        #expect(report.warnings.isEmpty)
        #expect(!report.writtenFiles.contains("README.html"))
        #expect(LessonLoader.isLessonFileName("01-a.md"))
        #expect(!LessonLoader.isLessonFileName("ReadMe.md"))
    }
}
