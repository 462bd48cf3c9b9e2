import AtlasTestSupport
import Foundation
import LessonMarkdown
import Testing

@testable import SiteBuilder

/// Protects links between lessons and to files: `.md` links become pages, `{lesson}`
/// gives a lesson's title, linked files are copied once, and every bad link is an error
/// at its destination, without reading outside the content folder or hanging on a loop.
@Suite struct LessonLinkTests {
    /// A content folder with three lessons (one a draft), `img/dot.png`, and `extra`.
    static func content(_ extra: [String: String] = [:]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let files = [
            "01-intro.md": "---\ntitle: Intro\n---\nFirst.\n",
            "03-draft.md": "---\ntitle: Not yet\ndraft: true\n---\nLater.\n",
            "04-relu.md": "---\ntitle: ReLU & co\n---\n## Drawbacks\n",
            "img/dot.png": "PNG",
            "img/unused.png": "PNG",
        ].merging(extra, uniquingKeysWith: { _, new in new })
        for (path, text) in files {
            let url = folder.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    /// Builds `content` into `output`, messages calling them `content` and `_site`.
    static func build(_ content: TemporaryFolder, into output: TemporaryFolder) async throws -> BuildReport {
        try await SiteBuild.run(
            BuildOptions(
                contentDirectory: content.url, contentDisplayPath: "content", templatesDirectory: nil,
                templatesDisplayPath: "templates", outputDirectory: output.url, jobs: 1))
    }

    /// The errors of building `content` with `lesson` as `02-links.md`.
    static func errors(_ lesson: String, in content: TemporaryFolder) async throws -> [String] {
        let output = try TemporaryFolder()
        defer { output.remove() }
        try Data("---\ntitle: Links\n---\n\n\(lesson)".utf8).write(to: content.url.appendingPathComponent("02-links.md"))
        return await Fixture.contentErrors(content: content.url, output: output.url)
    }

    static func link(_ content: TemporaryFolder, _ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(
            atPath: content.url.appendingPathComponent(name).path, withDestinationPath: target)
    }

    @Test(
        "Bad links and roles: each an error at its destination or content",
        arguments: [
            ("See [ReLU](04-rleu.md).", "5:12: unknown lesson '04-rleu.md'; did you mean '04-relu.md'?"),
            ("See [ReLU](./relu.md#drawbacks).", "5:12: unknown lesson './relu.md'; did you mean '04-relu.md'?"),
            (
                "See [notes](notes/todo.md).",
                "5:13: unknown lesson 'notes/todo.md'; link a lesson's file from the top of the content folder, e.g. '01-intro.md'"
            ),
            (
                "See [later](03-draft.md).",
                "5:13: lesson '03-draft.md' is a draft and has no page; remove the link or set 'draft: false' in it"
            ),
            (
                "See [ReLU](relu.html#drawbacks).",
                "5:12: link the lesson's file, not its page 'relu.html'; did you mean '04-relu.md#drawbacks'?"
            ),
            ("A dot:\n![dot](img/dot.jpg)", "6:8: 'img/dot.jpg' does not exist in the content folder; did you mean 'img/dot.png'?"),
            (
                "![plot](plots/sigmoid.svg)",
                "5:9: 'plots/sigmoid.svg' does not exist in the content folder; add the file or correct the path"
            ),
            (
                "[secrets](../../etc/passwd)",
                "5:11: '../../etc/passwd' lies outside the content folder; copy the file into the folder and link the copy"
            ),
            (
                "[x](..%2F..%2Fetc%2Fpasswd)",
                "5:5: '..%2F..%2Fetc%2Fpasswd' lies outside the content folder; copy the file into the folder and link the copy"
            ),
            (
                "![x](img/dot.png%00.txt)",
                "5:6: 'img/dot.png%00.txt' does not exist in the content folder; add the file or correct the path"
            ),
            ("![all](img)", "5:8: 'img' is a folder; link a file in it"),
            ("Compare {lesson}`rleu`.", "5:18: unknown lesson 'rleu'; did you mean 'relu'?"),
            (
                "Compare {lesson}`softmax`.",
                "5:18: unknown lesson 'softmax'; a lesson's slug is its file name without the number and '.md', e.g. 'intro' for '01-intro.md'"
            ),
            (
                "Compare {lesson}`draft`.",
                "5:18: lesson 'draft' is a draft and has no page; remove the role or set 'draft: false' in '03-draft.md'"
            ),
            ("Compare {lesson}` `.", "5:19: '{lesson}' needs the slug of a lesson, e.g. {lesson}`relu`"),
            (
                "See [ReLU](04-relu.md#drawback).",
                "5:12: '04-relu.md' has no heading, figure or table with the id 'drawback'; did you mean '#drawbacks'?"
            ),
            (
                "See [it](01-intro.md?v=1#first-steps).",
                "5:10: '01-intro.md' has no heading, figure or table with the id 'first-steps'; a heading's id is its text in lower case with spaces as '-', e.g. '## Pros and cons' is '#pros-and-cons'"
            ),
            (
                "[Up](#sumary)\n\n## Summary",
                "5:6: this lesson has no heading, figure or table with the id 'sumary'; did you mean '#summary'?"
            ),
            (
                "[a][r] [b][r] [c][r]\n\n[r]: 04-relu.md#nope",
                "7:6: '04-relu.md' has no heading, figure or table with the id 'nope'; a heading's id is its text in lower case with spaces as '-', e.g. '## Pros and cons' is '#pros-and-cons'"
            ),
            (
                "[r]\n\n[a][r]\n\n[r]: #nowhere",
                "9:6: this lesson has no heading, figure or table with the id 'nowhere'; a heading's id is its text in lower case with spaces as '-', e.g. '## Pros and cons' is '#pros-and-cons'"
            ),
        ])
    func badLinks(_ lesson: String, expected: String) async throws {
        let content = try Self.content()
        defer { content.remove() }
        let errors = try await Self.errors(lesson, in: content)
        #expect(
            errors.map { $0.replacingOccurrences(of: "content/02-links.md:", with: "") } == [
                expected.replacingOccurrences(of: ": ", with: ": error: ", options: [], range: expected.range(of: ": "))
            ])
    }

    @Test("In a course of drafts, a link to an unknown lesson says there is none to link")
    func noOtherLesson() async throws {
        let content = try TemporaryFolder(), output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        try Data("---\ntitle: A\ndraft: true\n---\nSee [b](02-b.md) and {lesson}`b`.\n".utf8)
            .write(to: content.url.appendingPathComponent("01-a.md"))
        #expect(
            await Fixture.contentErrors(content: content.url, output: output.url) == [
                "content/01-a.md:5:9: error: unknown lesson '02-b.md'; the course has no other lesson to link",
                "content/01-a.md:5:31: error: unknown lesson 'b'; the course has no other lesson to link",
            ])
    }

    @Test("A linked file over the size limit is refused without being read")
    func linkedFileTooLarge() async throws {
        let content = try Self.content()
        defer { content.remove() }
        // A sparse file: 65 MiB by its size, nothing on the disk.
        let url = content.url.appendingPathComponent("img/huge.png")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 65 << 20)
        try handle.close()
        #expect(
            try await Self.errors("![huge](img/huge.png)", in: content) == [
                "content/02-links.md:5:9: error: 'img/huge.png' is 68157440 bytes; the limit for a linked file is 67108864 (64 MiB)"
            ])
    }

    @Test("A linked file the build may not read is an error at its first use", .enabled(if: geteuid() != 0, "root reads any file"))
    func linkedFileUnreadable() async throws {
        let content = try Self.content()
        defer { content.remove() }
        try FileManager.default.setAttributes(
            [.posixPermissions: 0], ofItemAtPath: content.url.appendingPathComponent("img/dot.png").path)
        #expect(
            try await Self.errors("![dot](img/dot.png) ![again](img/dot.png)", in: content) == [
                "content/02-links.md:5:8: error: cannot read 'img/dot.png' in the content folder; check its permissions"
            ])
    }

    @Test("A symbolic link that leads outside the content folder is refused, absolute or relative")
    func symlinkOutside() async throws {
        let content = try Self.content(), outside = try TemporaryFolder()
        defer { content.remove(); outside.remove() }
        try Data("secret".utf8).write(to: outside.url.appendingPathComponent("secret.png"))
        try Self.link(content, "img/passwd.png", to: "/etc/passwd")
        try Self.link(content, "img/up.png", to: "../../\(outside.url.lastPathComponent)/secret.png")
        try Self.link(content, "shared", to: outside.url.path)
        let errors = try await Self.errors("![a](img/passwd.png) ![b](img/up.png)\n![c](shared/secret.png)", in: content)
        let reason = "leads outside the content folder through a symbolic link; copy the file into the folder instead"
        #expect(
            errors == [
                "content/02-links.md:5:6: error: 'img/passwd.png' \(reason)",
                "content/02-links.md:5:27: error: 'img/up.png' \(reason)",
                "content/02-links.md:6:6: error: 'shared/secret.png' \(reason)",
            ])
    }

    @Test("A link that walks back up ('file/..') lands on the folder it names, examined anew")
    func symlinkBackUp() async throws {
        let content = try Self.content()
        defer { content.remove() }
        try Self.link(content, "img/back", to: "dot.png/..")
        #expect(
            try await Self.errors("![a](img/back)", in: content) == [
                "content/02-links.md:5:6: error: 'img/back' is a folder; link a file in it"
            ])
    }

    @Test("A loop of symbolic links is an error, found at once", .timeLimit(.minutes(1)))
    func symlinkLoop() async throws {
        let content = try Self.content()
        defer { content.remove() }
        try Self.link(content, "img/loop.png", to: "loop2.png")
        try Self.link(content, "img/loop2.png", to: "./loop.png")
        try Self.link(content, "img/self", to: "self/x")
        let errors = try await Self.errors("![a](img/loop.png)\n![b](img/self/a.png)", in: content)
        #expect(
            errors == [
                "content/02-links.md:5:6: error: 'img/loop.png' leads into a loop of symbolic links (more than 40 followed); point the links at a file",
                "content/02-links.md:6:6: error: 'img/self/a.png' leads into a loop of symbolic links (more than 40 followed); point the links at a file",
            ])
    }

    @Test("Links to lessons become their pages, fragments kept; {lesson} gives the escaped title")
    func rewritten() async throws {
        let content = try Self.content(), output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        try Data(
            """
            ---
            title: Links
            ---
            See [ReLU](04-relu.md#drawbacks), [again](./04-relu.md) and [home](index.html).
            Compare {lesson}`relu`, and [the {lesson}`relu` lesson](04-relu.md).
            Out: [docs](https://pytorch.org/docs), [mail](mailto:a@b.org), [here](#top), [root](/x.html).

            """.utf8
        ).write(to: content.url.appendingPathComponent("02-links.md"))
        _ = try await SiteBuild.run(
            BuildOptions(
                contentDirectory: content.url, contentDisplayPath: "content", templatesDirectory: nil,
                templatesDisplayPath: "templates", outputDirectory: output.url, jobs: 2))
        let page = Fixture.read(output.url.appendingPathComponent("links.html"))
        #expect(
            page.contains(
                """
                See <a href="relu.html#drawbacks">ReLU</a>, <a href="relu.html">again</a> and <a href="index.html">home</a>.
                Compare <a href="relu.html">ReLU &amp; co</a>, and <a href="relu.html">the ReLU &amp; co lesson</a>.
                Out: <a href="https://pytorch.org/docs">docs</a>, <a href="mailto:a@b.org">mail</a>, <a href="#top">here</a>, <a href="/x.html">root</a>.
                """))
    }

    @Test("A fragment may name any heading, figure or table of its lesson, written as a browser reads it")
    func fragmentsLand() async throws {
        let content = try Self.content([
            "04-relu.md": """
            ---
            title: ReLU
            ---
            ## Drawbacks
            ## Drawbacks
            ## Café `relu` & co

            ```{table} relu
            :x: -1 1 1
            :name: relu-values
            ```

            Back to [the top](#top), [the start](#), [drawbacks](#drawbacks-1) and [this](04-relu.md#café-relu--co).
            """
        ])
        let output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        try Data(
            """
            ---
            title: Links
            ---
            [a](04-relu.md#drawbacks), [b](04-relu.md#drawbacks-1), [c](04-relu.md#caf%C3%A9-relu--co),
            [d](04-relu.md#relu-values), [e](04-relu.md?v=2#drawbacks), [f](04-relu.md#top).

            """.utf8
        ).write(to: content.url.appendingPathComponent("02-links.md"))
        let report = try await SiteBuild.run(
            BuildOptions(
                contentDirectory: content.url, contentDisplayPath: "content", templatesDirectory: nil,
                templatesDisplayPath: "templates", outputDirectory: output.url, jobs: 2))
        #expect(report.warnings.isEmpty)
        let relu = Fixture.read(output.url.appendingPathComponent("relu.html"))
        for id in ["drawbacks", "drawbacks-1", "café-relu--co", "relu-values"] {
            #expect(relu.contains(" id=\"\(id)\""), "\(id) is an id of the page")
        }
        #expect(
            Fixture.read(output.url.appendingPathComponent("links.html")).contains(
                "<a href=\"relu.html#caf%C3%A9-relu--co\">c</a>"))
    }

    @Test("With unsafe_html, links in raw HTML are checked, rewritten and their files copied")
    func rawHTMLLinks() async throws {
        let content = try Self.content(["site.yaml": "unsafe_html: true\n", "img/raw.png": "RAW"])
        defer { content.remove() }
        let lesson = """
            <figure><img src="img/raw.png" width="120"><figcaption><a href=04-relu.md#drawbacks>ReLU</a></figcaption></figure>

            <img src="img/dot.jpg"> <a href='04-relu.md#drawback'>x</a> <a href="../../etc/passwd">p</a>
            """
        let errors = try await Self.errors(lesson, in: content)
        #expect(
            errors == [
                "content/02-links.md:7:11: error: 'img/dot.jpg' does not exist in the content folder; did you mean 'img/dot.png'?",
                "content/02-links.md:7:34: error: '04-relu.md' has no heading, figure or table with the id 'drawback'; did you mean '#drawbacks'?",
                "content/02-links.md:7:70: error: '../../etc/passwd' lies outside the content folder; copy the file into the folder and link the copy",
            ])
        let output = try TemporaryFolder()
        defer { output.remove() }
        try Data("---\ntitle: Links\n---\n\n\(lesson.split(separator: "\n")[0])\n".utf8)
            .write(to: content.url.appendingPathComponent("02-links.md"))
        _ = try await SiteBuild.run(
            BuildOptions(
                contentDirectory: content.url, contentDisplayPath: "content", templatesDirectory: nil,
                templatesDisplayPath: "templates", outputDirectory: output.url, jobs: 2))
        #expect(
            Fixture.read(output.url.appendingPathComponent("links.html")).contains(
                #"<figure><img src="img/raw.png" width="120"><figcaption><a href="relu.html#drawbacks">ReLU</a></figcaption></figure>"#))
        #expect(Fixture.read(output.url.appendingPathComponent("img/raw.png")) == "RAW")
    }

    @Test("Linked files are copied once to their path; unused ones and lessons' sources are not")
    func filesCopiedOnce() async throws {
        let content = try Self.content([
            "01-intro.md": "---\ntitle: Intro\n---\n![dot](img/dot.png) [data](data/x%20y.csv?v=2#row) ![a](assets/a.png)\n",
            "data/x y.csv": "x,y\n",
            "assets/a.png": "A",
            "shared/real.png": "REAL",
        ])
        let output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        try Self.link(content, "img/alias.png", to: "../shared/real.png")
        try Data("---\ntitle: Links\n---\n![again](./img/../img/dot.png) ![alias](img/alias.png)\n".utf8)
            .write(to: content.url.appendingPathComponent("02-links.md"))
        let report = try await SiteBuild.run(
            BuildOptions(
                contentDirectory: content.url, contentDisplayPath: "content", templatesDirectory: nil,
                templatesDisplayPath: "templates", outputDirectory: output.url, jobs: 2))
        #expect(
            report.writtenFiles.filter { !$0.hasSuffix(".html") && !$0.hasPrefix("assets/") || $0 == "assets/a.png" } == [
                "assets/a.png", "data/x y.csv", "img/alias.png", "img/dot.png",
            ])
        #expect(Fixture.read(output.url.appendingPathComponent("img/alias.png")) == "REAL", "the link's target, at the link's path")
        #expect(Fixture.read(output.url.appendingPathComponent("data/x y.csv")) == "x,y\n")
        let uses = [LinkedFile](
            repeating: LinkedFile(
                file: .init(sitePath: "img/dot.png", physicalPath: content.url.appendingPathComponent("img/dot.png").path),
                location: .init(line: 1, column: 1)), count: 3)
        let (files, problems) = LinkedFiles.read(uses.map { .init(lessonPath: "a.md", linked: $0) }, copied: [])
        #expect(files == ["img/dot.png": Array("PNG".utf8)] && problems.isEmpty)
    }

    @Test("A lesson without relative links renders exactly as cmark renders it, course or not", .requires(.cmark))
    func differential() throws {
        let content = try Self.content()
        defer { content.remove() }
        let course = Course(parsed: [], content: ConfinedFolder(content.url))
        let markdown = "# T\n\n[a](https://x.org) ![b](/c.png) [d](#t) <mailto:f@g.h> [i][j]\n\n[j]: https://k.org\n"
        let (lesson, problems) = LessonParser.parse(markdown)
        let rendered = LessonPipeline.render(
            lesson, parsingProblems: problems,
            resolver: LessonResolver(
                course: CourseLookups(course), labels: LessonLabels(lesson), links: LinkResolver(course: CourseLookups(course))))
        #expect(rendered.diagnostics.isEmpty)
        #expect(CMarkReference.removingHeadingAnchors(rendered.html) == (try CMarkReference.html(markdown)))
        #expect(rendered.linkedFiles.isEmpty)
    }

    @Test("Without a course (atlas render), links stay as written and {lesson} shows its slug")
    func withoutCourse() {
        let rendered = LessonPipeline.render("[ReLU](04-relu.md) and {lesson}`relu`, ![x](no.png)\n")
        #expect(rendered.diagnostics.isEmpty)
        #expect(
            rendered.html == "<p><a href=\"04-relu.md\">ReLU</a> and <a href=\"relu.html\">relu</a>, <img src=\"no.png\" alt=\"x\" /></p>\n"
        )
    }

    @Test("A draft may link another draft, and its images stay out of the site: its page is not built")
    func draftToDraft() async throws {
        let content = try Self.content([
            "05-wip.md": "---\ntitle: WIP\ndraft: true\n---\n[later](03-draft.md) {lesson}`draft` ![x](img/unused.png)\n"
        ])
        let output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        let report = try await Self.build(content, into: output)
        #expect(report.lessonCount == 2)
        #expect(!report.writtenFiles.contains("img/unused.png"))
    }
}
