import AtlasTestSupport
import Foundation
import LessonMarkdown
import Testing

@testable import SiteBuilder

/// Protects the resolve phase's labels: `{ref}` across lessons, numbers and labels read
/// before anything is drawn, and one error per mistake (a directive that fails keeps its label).
@Suite struct CrossReferenceTests {
    /// `04-relu.md` holds two figures and a table, the second figure labelled `fig-relu`.
    static let relu = """
        ---
        title: ReLU & co
        ---
        ```{plot} relu
        ```

        ```{table} relu
        :name: tab-relu
        ```

        ```{plot} relu
        :derivative:
        :name: fig-relu
        ```

        """

    static func content(_ extra: [String: String] = [:]) throws -> TemporaryFolder {
        try LessonLinkTests.content(["04-relu.md": relu].merging(extra, uniquingKeysWith: { _, new in new }))
    }

    @Test("A {ref} into another lesson links its figure, numbered as that lesson numbers it")
    func acrossLessons() async throws {
        let content = try Self.content([
            "02-links.md": "---\ntitle: Links\n---\nSee {ref}`04-relu.md#fig-relu`, [{ref}`04-relu.md#tab-relu`](#top).\n"
        ])
        let output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        _ = try await LessonLinkTests.build(content, into: output)
        let page = Fixture.read(output.url.appendingPathComponent("links.html"))
        #expect(
            page.contains(
                "See <a class=\"ref\" href=\"relu.html#fig-relu\">Figure 2 in ReLU &amp; co</a>, "
                    + "<a href=\"#top\">Table 1 in ReLU &amp; co</a>."))
        // The target exists where the link lands.
        let relu = Fixture.read(output.url.appendingPathComponent("relu.html"))
        #expect(relu.contains("<figure class=\"plot\" id=\"fig-relu\""))
        #expect(relu.contains("<span class=\"figure-number\">Figure 2.</span>"))
    }

    @Test(
        "A {ref} into another lesson that reaches nothing is an error at the role's content",
        arguments: [
            ("{ref}`04-relu.md#fig-rlu`", "5:7: unknown label 'fig-rlu' in '04-relu.md'; did you mean 'fig-relu'?"),
            (
                "{ref}`04-relu.md#plot-1`",
                "5:7: unknown label 'plot-1' in '04-relu.md'; the labels in '04-relu.md' are 'fig-relu', 'tab-relu'"
            ),
            ("{ref}`01-intro.md#fig-a`", "5:7: unknown label 'fig-a' in '01-intro.md'; that lesson names no figure or table"),
            ("{ref}`04-rleu.md#fig-relu`", "5:7: unknown lesson '04-rleu.md'; did you mean '04-relu.md#fig-relu'?"),
            ("{ref}`zz.md#fig-relu`", "5:7: unknown lesson 'zz.md'; name a lesson's file, e.g. {ref}`04-relu.md#fig-relu`"),
            (
                "{ref}`03-draft.md#x`",
                "5:7: lesson '03-draft.md' is a draft and has no page; remove the role or set 'draft: false' in it"
            ),
        ])
    func acrossLessonsErrors(_ role: String, _ expected: String) async throws {
        let content = try Self.content()
        defer { content.remove() }
        let errors = try await LessonLinkTests.errors(role, in: content)
        #expect(
            errors == ["content/02-links.md:" + expected.replacingOccurrences(of: ": ", with: ": error: ", range: expected.range(of: ": "))]
        )
    }

    @Test("Without a course (atlas render) a {ref} into another lesson links its page, the label as text")
    func acrossLessonsWithoutCourse() {
        let rendered = LessonPipeline.render("See {ref}`04-relu.md#fig-relu`.\n")
        #expect(rendered.diagnostics.isEmpty)
        #expect(rendered.html == "<p>See <a class=\"ref\" href=\"relu.html#fig-relu\">fig-relu</a>.</p>\n")
        // Only a lesson's file before the '#' makes it another lesson's label.
        #expect(
            LessonPipeline.render("See {ref}`a b#c`.\n").diagnostics.map(\.message)
                == ["unknown label 'a b#c'; name a figure or table with ':name: a b#c' in its '{plot}' or '{table}'"])
    }

    @Test("A plot with a bad option keeps its label and its number: one mistake, one error")
    func failedDirectiveKeepsItsLabel() {
        let lesson = """
            See {ref}`fig-bad` and {ref}`fig-good`.

            ```{plot} relu
            :x: 1 0
            :name: fig-bad
            ```

            ```{plot} sigmod
            :name: fig-typo
            ```

            See {ref}`fig-typo`.

            """
        let messages = LessonPipeline.render(lesson).diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(messages.count == 3)
        #expect(messages.first?.hasPrefix("1:") == true && messages.first?.contains("unknown label 'fig-good'") == true)
        #expect(messages.filter { $0.contains("unknown label") }.count == 1, "fig-bad and fig-typo are known labels")
        #expect(messages.contains { $0.hasPrefix("4:") }, "the bad range is reported where it is written")
        #expect(messages.contains { $0.hasPrefix("8:11: unknown activation 'sigmod'") })
    }

    @Test("Labels and numbers come from the parsed lesson, before anything is drawn")
    func labelsFromTheParse() {
        let (lesson, _) = LessonParser.parse(Self.relu)
        let labels = LessonLabels(lesson)
        #expect(
            labels.targets == [
                "tab-relu": .init(kind: .table, number: 1), "fig-relu": .init(kind: .figure, number: 2),
            ])
        #expect(lesson.directives.map { labels.numbers[$0.id] } == [1, 1, 2])
    }
}
