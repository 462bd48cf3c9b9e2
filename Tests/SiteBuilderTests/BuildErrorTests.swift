import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects error reporting: every problem of a build, sorted, and nothing written.
@Suite struct BuildErrorTests {
    @Test func allErrorsSortedAndNothingWritten() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let marker = folder.url.appendingPathComponent("previous.html")
        try Data("previous build".utf8).write(to: marker)
        let errors = await Fixture.contentErrors(content: Fixture.content("broken"), output: folder.url)
        #expect(
            errors == [
                "content/01-errors.md:5:11: error: unknown activation 'sigmod'; did you mean 'sigmoid'?",
                "content/01-errors.md:8:21: error: unknown parameter 'alpah' for 'elu'; did you mean 'alpha'?",
                "content/01-errors.md:9:8: error: malformed number 'one' in ':x:'",
                "content/01-errors.md:12:5: error: unknown directive 'plott'; did you mean 'plot'?",
                "content/02-no-title.md:1:1: error: lesson has no front matter; start the file with '---', 'title: …', '---'",
            ])
        #expect(TemporaryFolder.files(in: folder.url) == ["previous.html"])
        #expect(Fixture.read(marker) == "previous build")
    }

    @Test(
        "Invalid UTF-8 and NUL bytes are reported on their line",
        arguments: [
            (Data("ok\nbad \u{FF}".utf8).map { $0 } + [0xFF], "2:1: invalid UTF-8 on this line; save the lesson as UTF-8"),
            (Array("line one\nline\u{0}two\n".utf8), "2:5: NUL byte in the lesson; save it as UTF-8 text"),
            (Array("a\n".utf8) + [0xC3], "2:1: invalid UTF-8 on this line; save the lesson as UTF-8"),
        ])
    func encoding(_ bytes: [UInt8], message: String) {
        guard case .failure(let problem) = LessonLoader.decode(Data(bytes)) else {
            Issue.record("expected a failure")
            return
        }
        #expect("\(problem.location): \(problem.message)" == message)
    }

    @Test(
        "Slugs drop a numeric prefix",
        arguments: [
            ("02-sigmoid.md", "sigmoid"), ("10_relu.md", "relu"), ("intro.md", "intro"),
            ("2024.md", "2024"), ("05-leaky-relu.md", "leaky-relu"), ("3-.md", "3-"),
        ])
    func slug(_ fileName: String, expected: String) {
        #expect(LessonSource.slug(forFileName: fileName) == expected)
    }

    @Test("site.yaml problems are reported with the key's line")
    func siteConfig() {
        let (_, problems) = SiteConfig.read(
            yaml: "title: A\nauthr: B\n  \nunsafe_html: sometimes\nprint: no thanks\n", path: "content/site.yaml")
        #expect(
            problems.map(\.description) == [
                "content/site.yaml:2:1: warning: unknown key 'authr' in site.yaml; did you mean 'author'?\n"
                    + "  hint: atlas reads 'author', 'base_url', 'description', 'language', 'languages', 'print', 'title', "
                    + "'unsafe_html'; correct the key or remove it",
                "content/site.yaml:4:1: error: 'unsafe_html' must be 'true' or 'false'",
                "content/site.yaml:5:1: error: 'print' must be 'true' or 'false'",
            ])
    }

    @Test("A language's own site.yaml: an unknown key warns as in the top one; a key of the top one is an error")
    func languageConfig() {
        let (config, problems) = SiteConfig.readLanguage(
            yaml: "titel: 激活函数\nprint: false\n", path: "content/zh/site.yaml", base: SiteConfig(), code: "zh")
        #expect(config.language == "zh")
        #expect(
            problems.map(\.description) == [
                "content/zh/site.yaml:1:1: warning: unknown key 'titel' in site.yaml; did you mean 'title'?\n"
                    + "  hint: atlas reads 'author', 'description', 'title'; correct the key or remove it",
                "content/zh/site.yaml:2:1: error: 'print' is set for every language in the top site.yaml; "
                    + "a language's own site.yaml sets only author, description, title",
            ])
    }

    @Test(
        "site.yaml syntax errors point into the file",
        arguments: [
            (
                "title: A\ndescription: [unclosed\n",
                "content/site.yaml:3:1: error: site.yaml is not valid YAML: did not find expected ',' or ']'"
            ),
            ("- a list\n", "content/site.yaml:1:1: error: site.yaml must be 'key: value' lines"),
            ("title: A\ntitle: B\n", "content/site.yaml:1:1: error: site.yaml gives the key 'title' twice"),
            ("language: 42\ntitle: [a]\n", "content/site.yaml:2:1: error: 'title' must be text"),
        ])
    func siteConfigSyntax(_ yaml: String, message: String) {
        let (_, problems) = SiteConfig.read(yaml: yaml, path: "content/site.yaml")
        #expect(problems.map(\.description) == [message])
    }

    @Test("A broken site.yaml, a broken template and broken lessons are all reported at once")
    func everythingTogether() async throws {
        let content = try TemporaryFolder(), templates = try TemporaryFolder(), output = try TemporaryFolder()
        defer { content.remove(); templates.remove(); output.remove() }
        try Data("title: [x\n".utf8).write(to: content.url.appendingPathComponent("site.yaml"))
        try Data("---\ntitle: A\n---\n```{plot} sigmod\n```\n".utf8).write(to: content.url.appendingPathComponent("a.md"))
        try Data("{{#lesson}}\n".utf8).write(to: templates.url.appendingPathComponent("lesson.mustache"))
        let errors = await Fixture.contentErrors(content: content.url, templates: templates.url, output: output.url)
        #expect(
            errors == [
                "content/a.md:4:11: error: unknown activation 'sigmod'; did you mean 'sigmoid'?",
                "content/site.yaml:2:1: error: site.yaml is not valid YAML: did not find expected ',' or ']'",
                "templates/lesson.mustache:1:1: error: section 'lesson', opened on line 1, is never closed; add '{{/lesson}}' where it ends",
            ])
        #expect(TemporaryFolder.files(in: output.url).isEmpty)
    }

    @Test("An author's assets/style.css or print.css would be overwritten, so it is an error; links are not followed")
    func assetConflicts() async throws {
        let content = try TemporaryFolder(), output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        let assets = content.url.appendingPathComponent("assets")
        try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
        try Data("body{}".utf8).write(to: assets.appendingPathComponent("style.css"))
        try Data("body{}".utf8).write(to: assets.appendingPathComponent("print.css"))
        try FileManager.default.createSymbolicLink(atPath: assets.appendingPathComponent("passwd").path, withDestinationPath: "/etc/passwd")
        let (files, problems) = AuthorAssets.load(contentDirectory: content.url, displayPath: "content")
        #expect(files.isEmpty)
        #expect(
            problems.map(\.description).sorted() == [
                "content/assets/print.css:1:1: error: the site's print stylesheet is written to assets/print.css; put your own in Templates/print.css",
                "content/assets/style.css:1:1: error: the site's stylesheet is written to assets/style.css; put your own in Templates/style.css",
            ])
    }

    @Test("A lesson with front matter but no title is told to add one")
    func missingTitle() async throws {
        let content = try TemporaryFolder(), output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        try Data("---\norder: 1\n---\nText\n".utf8).write(to: content.url.appendingPathComponent("a.md"))
        try Data("---\ntitle: [1, 2]\n---\nText\n".utf8).write(to: content.url.appendingPathComponent("b.md"))
        let errors = await Fixture.contentErrors(content: content.url, output: output.url)
        #expect(
            errors == [
                "content/a.md:1:1: error: lesson has no title; add 'title: …' to its front matter",
                "content/b.md:2:1: error: 'title' must be text, e.g. 'title: The sigmoid'",
            ])
    }
}
