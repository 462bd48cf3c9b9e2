import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Pins every message about a bad template override, with its position, and protects the
/// build from templates that would crash it.
@Suite struct TemplateErrorTests {
    /// The errors of building a one-lesson course with `files` in the templates folder.
    static func errors(_ files: [String: String]) async throws -> [String] {
        let content = try TemporaryFolder(), templates = try TemporaryFolder(), output = try TemporaryFolder()
        defer { content.remove(); templates.remove(); output.remove() }
        try Data("---\ntitle: A\n---\nText.\n".utf8).write(to: content.url.appendingPathComponent("01-a.md"))
        for (name, text) in files { try Data(text.utf8).write(to: templates.url.appendingPathComponent(name)) }
        return await Fixture.contentErrors(content: content.url, templates: templates.url, output: output.url)
    }

    @Test(
        "A template override that does not parse gets one exact message at the right place",
        arguments: [
            ("<p>{{#a}}{{/b}}", "1:13: this '{{/…}}' closes a section that is not the one open; close the innermost first"),
            ("{{a(b}}", "1:8: tag is not finished; close it with '}}'"),
            ("<main>\n{{#lesson}}\n", "2:1: section 'lesson', opened on line 2, is never closed; add '{{/lesson}}' where it ends"),
            (
                "{{#a}}\n  {{^ b }}{{/b}}\n<%x%>{{=<% %>=}}<%#c%>\n",
                "3:17: section 'c', opened on line 3, is never closed; add '{{/c}}' where it ends"
            ),
            ("{{=<% %>}}", "1:7: delimiter change is malformed; write '{{=<% %>=}}'"),
            ("{{$uppercase(a)}}{{/a}}", "1:18: a block '{{$…}}' takes no transform; write '{{$name}}'"),
            ("{{<p}}{{x}}{{/p}}", "1:18: a parent '{{<…}}' holds only text and blocks '{{$name}}…{{/name}}'; move other tags into a block"),
            ("{{% }}", "1:5: setting is malformed; write '{{% CONTENT_TYPE: HTML}}'"),
            ("{{% CONTENT_TYPE: JSON}}", "1:25: unknown setting; the only one is '{{% CONTENT_TYPE: HTML}}' (or 'TEXT')"),
            ("<p>{{{content}}", "1:16: template ends inside a tag; close it with '}}'"),
            ("{{!comment", "1:4: template ends inside a tag; close it with '}}'"),
        ])
    func parseError(_ template: String, expected: String) async throws {
        #expect(
            try await Self.errors(["lesson.mustache": template]) == [
                "templates/lesson.mustache:"
                    + expected.replacingOccurrences(
                        of: ": ", with: ": error: ", options: [], range: expected.range(of: ": "))
            ])
    }

    @Test(
        "A template or stylesheet over the size limit is refused without being read",
        arguments: [
            ("layout.mustache", "template"), ("style.css", "stylesheet"),
        ])
    func sizeLimit(_ name: String, kind: String) async throws {
        let content = try TemporaryFolder(), templates = try TemporaryFolder(), output = try TemporaryFolder()
        defer { content.remove(); templates.remove(); output.remove() }
        try Data("---\ntitle: A\n---\n".utf8).write(to: content.url.appendingPathComponent("01-a.md"))
        // A sparse file: its size says 5 MiB without 5 MiB on the disk.
        let url = templates.url.appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 5 << 20)
        try handle.close()
        #expect(
            await Fixture.contentErrors(content: content.url, templates: templates.url, output: output.url)
                == ["templates/\(name):1:1: error: \(kind) is 5242880 bytes; the limit is 4194304 (4 MiB)"])
    }

    static let nestingCases: [(String, String, String)] = [
        (
            "5000 unclosed sections", String(repeating: "{{#a}}", count: 5_000),
            "templates/layout.mustache:1:601: error: template nests sections deeper than 100 levels"
        ),
        (
            "closed sections, one level too deep, on the second line",
            "<p>\n" + String(repeating: "{{#a}}{{^b}}", count: 50) + "{{$c}}{{{content}}}{{/c}}"
                + String(repeating: "{{/b}}{{/a}}", count: 50),
            "templates/layout.mustache:2:601: error: template nests sections deeper than 100 levels"
        ),
        (
            "nesting written with other delimiters", "{{=<% %>=}}" + String(repeating: "<%#a%>", count: 101),
            "templates/layout.mustache:1:612: error: template nests sections deeper than 100 levels"
        ),
    ]

    /// Found by the trap audit of issue #6: swift-mustache parses each section by
    /// calling itself, so 600 nested sections overflowed the stack and `atlas build` died
    /// with a segmentation fault.
    @Test("Sections nested past the limit are an error, not a crash", arguments: nestingCases)
    func nesting(_ name: String, template: String, message: String) async throws {
        #expect(try await Self.errors(["layout.mustache": template]) == [message], "\(name)")
    }

    @Test("Sections nested to the limit build and render")
    func nestingAtTheLimit() async throws {
        let content = try TemporaryFolder(), templates = try TemporaryFolder(), output = try TemporaryFolder()
        defer { content.remove(); templates.remove(); output.remove() }
        try Data("---\ntitle: A\n---\nText.\n".utf8).write(to: content.url.appendingPathComponent("01-a.md"))
        let layout = String(repeating: "{{#page}}", count: 100) + "{{{content}}}" + String(repeating: "{{/page}}", count: 100)
        try Data(layout.utf8).write(to: templates.url.appendingPathComponent("layout.mustache"))
        _ = try await SiteBuild.run(
            BuildOptions(
                contentDirectory: content.url, contentDisplayPath: "content", templatesDirectory: templates.url,
                templatesDisplayPath: "templates", outputDirectory: output.url, jobs: 1))
        #expect(Fixture.read(output.url.appendingPathComponent("a.html")).contains("<p>Text.</p>"))
    }
}
