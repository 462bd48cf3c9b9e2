import AtlasDiagnostics
import AtlasTestSupport
import AtlasText
import Foundation
import Testing

@testable import SiteBuilder

/// Protects the one escaping policy end to end: a control character (or noncharacter)
/// written anywhere a lesson's text reaches the page comes out as U+FFFD, and the HTML
/// stays well-formed XML, as inline SVG and MathML must be.
@Suite struct ControlCharacterTests {
    /// Every character the policy replaces: the C0 controls but tab, LF and CR; DEL and
    /// the C1 controls; U+FFFE and U+FFFF.
    static let characters: [Unicode.Scalar] =
        ((0x00...0x1F).filter { ![0x09, 0x0A, 0x0D].contains($0) } + Array(0x7F...0x9F) + [0xFFFE, 0xFFFF])
        .compactMap(Unicode.Scalar.init)

    /// A place a lesson's text reaches the page, as a lesson body holding `c` there.
    struct Path: CustomTestStringConvertible, Sendable {
        var name: String
        /// Whether the character is an error there (the expression language names it in
        /// its message, which goes to the terminal), rather than text to show.
        var isError = false
        var body: @Sendable (String) -> String

        var testDescription: String { name }
    }

    static let paths: [Path] = [
        Path(name: "a lesson's text") { c in
            "# Head\(c)ing\n\nText a\(c)b, *em\(c)*, `code\(c)`, [link\(c)](#heading).\n\n```\nblock\(c)\n```\n"
        },
        Path(name: "a plot's caption, which is also its SVG title") { c in "```{plot} sigmoid\n:caption: Cap\(c)tion\n```\n" },
        Path(name: "a plot's alt text, its SVG description") { c in "```{plot} relu\n:alt: Alt\(c)text\n```\n" },
        Path(name: "a table's caption") { c in "```{table} relu\n:x: 0 1\n:caption: Tab\(c)le\n```\n" },
        Path(name: "a comparison's caption") { c in "```{compare} relu tanh\n:caption: Com\(c)pare\n```\n" },
        Path(name: "TeX in the text") { c in "Math $a\(c)b + \\text{x\(c)y}$.\n" },
        Path(name: "TeX of a definition, typeset by {formula}") { c in
            "```{define} g\n:formula: g(x) = x\(c)\nx\n```\n\n```{formula} g\n```\n"
        },
        Path(name: "an expression of {eval} and {define}", isError: true) { c in
            "Value {eval}`1\(c)+1`.\n\n```{define} g\nx\(c)+1\n```\n"
        },
    ]

    @Test("A control character anywhere becomes U+FFFD, and the lesson's HTML stays well-formed XML", arguments: paths)
    func lessonPath(_ path: Path) {
        for scalar in Self.characters {
            let name = "U+" + String(scalar.value, radix: 16, uppercase: true)
            let result = LessonPipeline.render("---\ntitle: T\n---\n" + path.body(String(scalar)))
            let document = SVGDocument("<div>" + result.html + "</div>")
            #expect(document.isWellFormed, "\(name): \(document.error ?? "")")
            #expect(!result.html.unicodeScalars.contains(where: MarkupText.isForbidden), "\(name)")
            if path.isError {
                // Except VT, FF and NEL: white space to the expression language, as to Swift.
                let isSpace = Character(scalar).isWhitespace
                #expect(result.diagnostics.isEmpty == isSpace, "\(name)")
                #expect(result.diagnostics.allSatisfy { $0.kind == .function }, "\(name)")
            } else {
                #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics.map(\.message))")
                #expect(result.html.contains("\u{FFFD}"), "\(name)")
            }
        }
    }

    @Test("A control character in a title, a summary or site.yaml (YAML's \"\\x07\") becomes U+FFFD on every page")
    func pages() async throws {
        let content = try TemporaryFolder(), output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        let lesson = "---\ntitle: \"Bell\\x07 and \\x1B\"\nsummary: \"S\\x01\"\n---\nText.\n"
        try Data(lesson.utf8).write(to: content.url.appendingPathComponent("01-a.md"))
        try Data("title: \"Site\\x7F\"\nauthor: \"A\\x02\"\n".utf8).write(to: content.url.appendingPathComponent("site.yaml"))
        let site = output.url.appendingPathComponent("_site")
        _ = try await SiteBuild.run(
            BuildOptions(
                contentDirectory: content.url, contentDisplayPath: "content", templatesDirectory: nil,
                templatesDisplayPath: "templates", outputDirectory: site, jobs: 1))
        for page in ["a.html", "index.html"] {
            let html = Fixture.read(site.appendingPathComponent(page))
            #expect(!html.unicodeScalars.contains(where: MarkupText.isForbidden), "\(page)")
            #expect(html.contains("Site\u{FFFD}"), "\(page)")
        }
        #expect(Fixture.read(site.appendingPathComponent("a.html")).contains("Bell\u{FFFD} and \u{FFFD}"))
        #expect(Fixture.read(site.appendingPathComponent("index.html")).contains("S\u{FFFD}"))
    }
}
