import AtlasDiagnostics
import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects issue 11's rule that code decides by a diagnostic's kind, never by its text:
/// for every `Diagnostic.Kind` a real bad course, built whole, gets exactly one diagnostic
/// of that kind, with its exact text and place. A new kind does not compile here until it
/// has a course (`courses(for:)` switches over every kind); the message audit
/// (`Scripts/message-audit.py`) still finds messages that no test pins.
@Suite struct DiagnosticKindTests {
    /// A course with one mistake and the one line a user reads about it.
    struct BadCourse: Sendable, CustomTestStringConvertible {
        var mistake: String
        /// Content files by path; a path under `templates/` goes into the templates folder.
        var files: [String: String]
        /// `PATH:LINE:COL: error: MESSAGE`, the path as the user typed it.
        var expected: String
        /// The hint under the message, if any.
        var hint: String? = nil

        var testDescription: String { mistake }
    }

    /// A lesson `01-a.md` with a valid front matter (three lines) and `body`.
    static func lesson(_ body: String) -> [String: String] { ["01-a.md": "---\ntitle: A\n---\n" + body] }

    /// At least one bad course per kind. Exhaustive, so a new kind must bring its own.
    static func courses(for kind: Diagnostic.Kind) -> [BadCourse] {
        switch kind {
        case .frontMatter:
            [
                BadCourse(
                    mistake: "no front matter", files: ["01-a.md": "Text.\n"],
                    expected: "content/01-a.md:1:1: error: lesson has no front matter; start the file with '---', 'title: …', '---'"),
                BadCourse(
                    mistake: "front matter not YAML", files: ["01-a.md": "---\ntitle: [A\n---\n"],
                    expected: "content/01-a.md:3:1: error: front matter is not valid YAML: did not find expected ',' or ']'"),
            ]
        case .frontMatterTitle:
            [
                BadCourse(
                    mistake: "no title", files: ["01-a.md": "---\norder: 1\n---\nText.\n"],
                    expected: "content/01-a.md:1:1: error: lesson has no title; add 'title: …' to its front matter"),
                BadCourse(
                    mistake: "title not text", files: ["01-a.md": "---\ntitle: [a, b]\n---\n"],
                    expected: "content/01-a.md:2:1: error: 'title' must be text, e.g. 'title: The sigmoid'"),
            ]
        case .frontMatterField:
            [
                BadCourse(
                    mistake: "order not a number", files: ["01-a.md": "---\ntitle: A\norder: first\n---\n"],
                    expected: "content/01-a.md:3:1: error: 'order' must be a whole number, e.g. 'order: 3'"),
                BadCourse(
                    mistake: "misspelt key (a warning)", files: ["01-a.md": "---\ntitle: A\nsumary: B\n---\n"],
                    expected: "content/01-a.md:3:1: warning: unknown key 'sumary' in front matter; did you mean 'summary'?",
                    hint: "atlas reads 'title', 'order', 'summary', 'draft', 'translation_of'; correct the key or remove it"),
            ]
        case .siteConfig:
            [
                BadCourse(
                    mistake: "unknown key in site.yaml", files: lesson("").merging(["site.yaml": "title: A\nauthr: B\n"]) { $1 },
                    expected: "content/site.yaml:2:1: warning: unknown key 'authr' in site.yaml; did you mean 'author'?",
                    hint:
                        "atlas reads 'author', 'base_url', 'description', 'language', 'languages', 'print', 'title', "
                        + "'unsafe_html'; correct the key or remove it")
            ]
        case .file:
            [
                BadCourse(
                    mistake: "NUL byte", files: lesson("ab\u{0}c\n"),
                    expected: "content/01-a.md:4:3: error: NUL byte in the lesson; save it as UTF-8 text"),
                BadCourse(
                    mistake: "two lessons with one slug",
                    files: ["01-relu.md": "---\ntitle: A\n---\n", "02-relu.md": "---\ntitle: B\n---\n"],
                    expected: "content/02-relu.md:1:1: error: slug 'relu' is also the slug of '01-relu.md'; rename one of the files"),
            ]
        case .directive:
            [
                BadCourse(
                    mistake: "unknown directive", files: lesson("```{chart} relu\n```\n"),
                    expected:
                        "content/01-a.md:4:5: error: unknown directive 'chart'; "
                        + "the directives are '{plot}', '{table}', '{formula}', '{compare}', '{define}'"),
                BadCourse(
                    mistake: "option given twice", files: lesson("```{plot} relu\n:x: -1 1\n:x: -2 2\n```\n"),
                    expected: "content/01-a.md:6:2: error: option ':x:' is given twice"),
            ]
        case .function:
            [
                BadCourse(
                    mistake: "unknown activation", files: lesson("```{plot} sigmod\n```\n"),
                    expected: "content/01-a.md:4:11: error: unknown activation 'sigmod'; did you mean 'sigmoid'?"),
                BadCourse(
                    mistake: "unknown parameter, inside the reference", files: lesson("```{table} elu(alpah=2)\n```\n"),
                    expected: "content/01-a.md:4:16: error: unknown parameter 'alpah' for 'elu'; did you mean 'alpha'?"),
                BadCourse(
                    mistake: "expression of {eval}, inside the role", files: lesson("See {eval}`2x`.\n"),
                    expected: "content/01-a.md:4:13: error: missing operator between '2' and 'x'; write '2*x'"),
                BadCourse(
                    mistake: "expression of {define}, on its second line", files: lesson("```{define} g\nx +\n2 2\n```\n"),
                    expected: "content/01-a.md:6:3: error: missing operator between '2' and '2'; write '2*2'"),
            ]
        case .math:
            [
                BadCourse(
                    mistake: "unknown TeX command", files: lesson("Math $x + \\frca{1}{2}$.\n"),
                    expected: "content/01-a.md:4:11: error: unknown command '\\frca'; did you mean '\\frac'?"),
                BadCourse(
                    mistake: "TeX of a definition", files: lesson("```{define} g\n:formula: \\frca{1}{x}\n1/x\n```\n"),
                    expected: "content/01-a.md:5:11: error: unknown command '\\frca'; did you mean '\\frac'?"),
            ]
        case .role:
            [
                BadCourse(
                    mistake: "unknown role", files: lesson("Value {evl}`sigmoid(0)`.\n"),
                    expected: "content/01-a.md:4:7: error: unknown role '{evl}'; did you mean '{eval}'?")
            ]
        case .label:
            [
                BadCourse(
                    mistake: "unknown label", files: lesson("See {ref}`fig-x`.\n"),
                    expected:
                        "content/01-a.md:4:11: error: unknown label 'fig-x'; "
                        + "name a figure or table with ':name: fig-x' in its '{plot}' or '{table}'")
            ]
        case .link:
            [
                BadCourse(
                    mistake: "misspelt lesson file",
                    files: lesson("See [ReLU](04-rleu.md).\n").merging(["04-relu.md": "---\ntitle: ReLU\n---\n"]) { $1 },
                    expected: "content/01-a.md:4:12: error: unknown lesson '04-rleu.md'; did you mean '04-relu.md'?"),
                BadCourse(
                    mistake: "misspelt heading on the same page", files: lesson("## Pros and cons\n\nSee [them](#pros-and-con).\n"),
                    expected:
                        "content/01-a.md:6:12: error: this lesson has no heading, figure or table with the id 'pros-and-con'; "
                        + "did you mean '#pros-and-cons'?"),
            ]
        case .template:
            [
                BadCourse(
                    mistake: "unfinished tag", files: lesson("Text.\n").merging(["templates/lesson.mustache": "{{a(b}}"]) { $1 },
                    expected: "templates/lesson.mustache:1:8: error: tag is not finished; close it with '}}'")
            ]
        }
    }

    @Test("Every kind of diagnostic comes from a real bad course, with its exact text and place", arguments: Diagnostic.Kind.allCases)
    func kind(_ kind: Diagnostic.Kind) async throws {
        let courses = Self.courses(for: kind)
        #expect(!courses.isEmpty, "no bad course for '\(kind)': add one to DiagnosticKindTests.courses(for:)")
        for course in courses {
            let diagnostics = try await Self.diagnostics(of: course)
            #expect(diagnostics.map(\.diagnostic.kind) == [kind], "\(course.mistake)")
            #expect(diagnostics.map(\.diagnostic.hint) == [course.hint], "\(course.mistake)")
            let expected = course.expected + (course.hint.map { "\n  hint: " + $0 } ?? "")
            #expect(diagnostics.map(\.description) == [expected], "\(course.mistake)")
        }
    }

    /// What a build of the course reports: its errors, or the warnings of a build that succeeded.
    static func diagnostics(of course: BadCourse) async throws -> [BuildDiagnostic] {
        let content = try TemporaryFolder(), templates = try TemporaryFolder(), output = try TemporaryFolder()
        defer { content.remove(); templates.remove(); output.remove() }
        var hasTemplates = false
        for (path, text) in course.files {
            let isTemplate = path.hasPrefix("templates/")
            hasTemplates = hasTemplates || isTemplate
            let url = (isTemplate ? templates.url : content.url).appendingPathComponent(
                isTemplate ? String(path.dropFirst("templates/".count)) : path)
            try Data(text.utf8).write(to: url)
        }
        return await Fixture.contentDiagnostics(
            content: content.url, templates: hasTemplates ? templates.url : nil, output: output.url)
    }
}
