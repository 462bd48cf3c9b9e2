import AtlasDiagnostics
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
