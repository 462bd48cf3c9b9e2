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

    static let nestingCases: [(String, String, String)] = [
        ("5000 unclosed sections", String(repeating: "{{#a}}", count: 5_000),
         "templates/layout.mustache:1:601: error: template nests sections deeper than 100 levels"),
        ("closed sections, one level too deep, on the second line",
         "<p>\n" + String(repeating: "{{#a}}{{^b}}", count: 50) + "{{$c}}{{{content}}}{{/c}}"
            + String(repeating: "{{/b}}{{/a}}", count: 50),
         "templates/layout.mustache:2:601: error: template nests sections deeper than 100 levels"),
        ("nesting written with other delimiters", "{{=<% %>=}}" + String(repeating: "<%#a%>", count: 101),
         "templates/layout.mustache:1:612: error: template nests sections deeper than 100 levels"),
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
        _ = try await SiteBuild.run(BuildOptions(
            contentDirectory: content.url, contentDisplayPath: "content", templatesDirectory: templates.url,
            templatesDisplayPath: "templates", outputDirectory: output.url, jobs: 1))
        #expect(Fixture.read(output.url.appendingPathComponent("a.html")).contains("<p>Text.</p>"))
    }
}
