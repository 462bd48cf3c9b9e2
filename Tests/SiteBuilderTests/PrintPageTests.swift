import AtlasTestSupport
import Foundation
import Testing

@testable import LessonMarkdown
@testable import SiteBuilder

/// Protects `print.html`, the whole course on one page: every published lesson in page
/// order with its title and body, ids unique across lessons, every in-page link landing
/// on an id of the page, and links between lessons made in-page.
@Suite struct PrintPageTests {
    /// Three lessons, the first linking into the others, and a draft that stays out.
    static func content() throws -> TemporaryFolder {
        try CrossReferenceTests.content([
            "02-links.md": """
            ---
            title: Links
            ---
            ## Examples

            See {ref}`04-relu.md#fig-relu`, {lesson}`relu`, [the drawbacks](04-relu.md#drawbacks) and [below](#examples).

            ```{plot} sigmoid
            ```

            """,
            "04-relu.md": CrossReferenceTests.relu + "\n## Examples\n\nBack to [the links](02-links.md).\n\n## Drawbacks\n",
        ])
    }

    static func printed() async throws -> String {
        let content = try content()
        let output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        _ = try await LessonLinkTests.build(content, into: output)
        return Fixture.read(output.url.appendingPathComponent("print.html"))
    }

    @Test("'print: false' in site.yaml: no print.html, no link to it, and an edit renders one lesson")
    func printPageOff() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try workspace.put("title: Course\nprint: false\n", at: "site.yaml")
        try workspace.put("---\ntitle: Alpha\n---\n\nAlpha.\n", at: "01-alpha.md")
        try workspace.put("---\ntitle: Beta\n---\n\nBeta.\n", at: "02-beta.md")
        _ = await workspace.build()
        let site = workspace.output
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("print.html").path))
        #expect(!Fixture.read(site.appendingPathComponent("index.html")).contains("print.html"))
        try workspace.put("---\ntitle: Alpha\n---\n\nAlpha edited.\n", at: "01-alpha.md")
        let outcome = await workspace.build()
        // Beta's body is not needed: no print.html to hold it.
        #expect(outcome.report?.work.renderedLessons == 1)
        try workspace.put("title: Course\n", at: "site.yaml")
        _ = await workspace.build()
        #expect(Fixture.read(site.appendingPathComponent("print.html")).contains("Alpha edited."))
        #expect(Fixture.read(site.appendingPathComponent("index.html")).contains("href=\"print.html\""))
    }

    @Test("Every published lesson's title and body, in page order; drafts left out")
    func lessonsInOrder() async throws {
        let page = try await Self.printed()
        let titles = ["<h1>Intro</h1>", "<h1>Links</h1>", "<h1>ReLU &amp; co</h1>"]
        let positions = try titles.map { try #require(page.range(of: $0)?.lowerBound, "\($0) missing") }
        #expect(positions == positions.sorted())
        #expect(page.contains("<article class=\"lesson print-lesson\" id=\"relu\">"))
        #expect(page.contains("<p>First.</p>"))
        #expect(page.contains("<svg"))
        #expect(!page.contains("Not yet") && !page.contains("Later."))
        #expect(page.contains("<link rel=\"stylesheet\" href=\"assets/print.css\" media=\"print\">"))
    }

    @Test("Ids are unique on the page and every in-page link lands on one")
    func idsAndLinks() async throws {
        let page = try await Self.printed()
        let ids = Anchors.ids(in: page)
        #expect(Set(ids).count == ids.count, "repeated: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys)")
        // Both lessons have an "Examples" heading.
        #expect(ids.contains("links--examples") && ids.contains("relu--examples"))
        let links = HTMLAttributes.find(["href"], in: page).map(\.value)
        let inPage = links.filter { $0.hasPrefix("#") && $0.count > 1 }
        #expect(inPage.count >= 5)
        for link in inPage { #expect(ids.contains(String(link.dropFirst())), "\(link) lands nowhere") }
        let references = HTMLAttributes.find(["aria-labelledby", "aria-describedby"], in: page).flatMap {
            $0.value.split(separator: " ").map(String.init)
        }
        #expect(!references.isEmpty)
        for reference in references { #expect(ids.contains(reference), "\(reference) names no element") }
    }

    @Test("Links between lessons become links within the page")
    func crossLessonLinks() async throws {
        let page = try await Self.printed()
        #expect(page.contains("href=\"#relu--fig-relu\""))
        #expect(page.contains("<a href=\"#relu\">ReLU &amp; co</a>"))
        #expect(page.contains("href=\"#relu--drawbacks\""))
        #expect(page.contains("<a href=\"#links\">the links</a>"))
        #expect(page.contains("href=\"#links--examples\""))
        // The lessons' bodies only: the layout's sidebar links each lesson's own page.
        let start = try #require(page.range(of: "<main"))
        let end = try #require(page.range(of: "</main>"))
        let links = HTMLAttributes.find(["href"], in: String(page[start.lowerBound..<end.upperBound])).map(\.value)
        #expect(!links.contains { $0.hasPrefix("relu.html") || $0.hasPrefix("links.html") || $0.hasPrefix("intro.html") })
    }

    @Test("A lesson named print would overwrite the course's print page")
    func printSlugRefused() async throws {
        let content = try LessonLinkTests.content(["05-print.md": "---\ntitle: Print\n---\n"])
        let output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        let errors = await Fixture.contentErrors(content: content.url, output: output.url)
        #expect(errors.contains { $0.contains("slug 'print' is the page of the whole course") })
    }
}
