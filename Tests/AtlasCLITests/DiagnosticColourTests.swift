import AtlasDiagnostics
import SiteBuilder
import Testing

@testable import AtlasCLI

/// Protects the terminal's view of a diagnostic: bold place, red error or magenta
/// warning, and the plain text itself when colour is off.
@Suite struct DiagnosticColourTests {
    @Test("Colour wraps the same text that a pipe gets")
    func colour() {
        let warning = Diagnostic(
            .frontMatterField, "front matter key 'sumary' is not one atlas reads", at: SourceLocation(line: 3, column: 1),
            severity: .warning, hint: "atlas reads 'summary'")
        #expect(
            warning.formatted(path: "a.md", colour: true)
                == "\u{1B}[1ma.md:3:1: \u{1B}[35mwarning:\u{1B}[0m\u{1B}[1m front matter key 'sumary' is not one atlas reads\u{1B}[0m"
                + "\n  hint: atlas reads 'summary'")
        #expect(warning.formatted(path: "a.md", colour: false) == warning.formatted(path: "a.md"))
        let error = Diagnostic(.directive, "unknown directive 'plott'", at: SourceLocation(line: 1, column: 5))
        #expect(error.formatted(path: "b.md", colour: true).hasPrefix("\u{1B}[1mb.md:1:5: \u{1B}[31merror:"))
    }
}

/// Protects the text a build's problems print as: source line, caret, hint, summary.
@Suite struct DiagnosticReportTests {
    static let typo = BuildDiagnostic(
        path: "Content/02-sigmoid.md",
        Diagnostic(
            .function, "unknown activation 'sigmod'; did you mean 'sigmoid'?", at: SourceLocation(line: 14, column: 11), endColumn: 16),
        sourceLine: "```{plot} sigmod")
    static let order = BuildDiagnostic(
        path: "Content/02-b.md",
        Diagnostic(
            .file, "'order: 1' is also the order of '01-a.md'", at: SourceLocation(line: 3, column: 1), severity: .warning,
            hint: "give each lesson its own 'order'"),
        sourceLine: "order: 1")

    @Test("Piped: the place, the source line with a caret and tildes, the hint")
    func plain() {
        #expect(
            DiagnosticReport.text([Self.typo, Self.order], colour: false) == """
                Content/02-sigmoid.md:14:11: error: unknown activation 'sigmod'; did you mean 'sigmoid'?
                   14 | ```{plot} sigmod
                      |           ^~~~~~
                Content/02-b.md:3:1: warning: 'order: 1' is also the order of '01-a.md'
                    3 | order: 1
                      | ^
                  hint: give each lesson its own 'order'
                """)
        // Without a source line (a built-in template), only the message.
        let bare = BuildDiagnostic(path: "(built-in) layout.mustache", Self.typo.diagnostic)
        #expect(
            DiagnosticReport.text([bare], colour: false)
                == "(built-in) layout.mustache:14:11: error: unknown activation 'sigmod'; did you mean 'sigmoid'?")
    }

    @Test("On a terminal the caret is green and bold, the gutter plain")
    func colour() {
        #expect(
            DiagnosticReport.text([Self.typo], colour: true)
                == "\u{1B}[1mContent/02-sigmoid.md:14:11: \u{1B}[31merror:\u{1B}[0m\u{1B}[1m unknown activation 'sigmod'; did you mean 'sigmoid'?\u{1B}[0m\n"
                + "   14 | ```{plot} sigmod\n      | \u{1B}[1;32m          ^~~~~~\u{1B}[0m")
    }

    @Test("The summary counts errors and warnings, and names the warnings that failed a --strict build")
    func summary() {
        #expect(DiagnosticReport.failureSummary([Self.typo], strict: false, output: "_site") == "1 error; _site left as it was")
        #expect(
            DiagnosticReport.failureSummary([Self.typo, Self.typo, Self.order], strict: true, output: "out")
                == "2 errors and 1 warning; out left as it was")
        #expect(
            DiagnosticReport.failureSummary([Self.order], strict: true, output: "_site")
                == "--strict: 1 warning failed the build (Content/02-b.md:3:1); _site left as it was")
        #expect(
            DiagnosticReport.failureSummary(Array(repeating: Self.order, count: 4), strict: true, output: nil)
                == "--strict: 4 warnings failed the build (Content/02-b.md:3:1, Content/02-b.md:3:1, Content/02-b.md:3:1, …)")
        #expect(DiagnosticReport.counts(errors: 0, warnings: 2) == "2 warnings")
        #expect(DiagnosticReport.counts(errors: 0, warnings: 0) == "no problems")
    }
}
