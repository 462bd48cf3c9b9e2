import AtlasDiagnostics
import SiteBuilder

/// How `atlas build` (and any command that reports a build's problems, such as `atlas
/// check`) prints diagnostics: the one place their text is made.
///
/// ```
/// Content/02-sigmoid.md:14:11: error: unknown activation 'sigmod'; did you mean 'sigmoid'?
///    14 | ```{plot} sigmod
///       |           ^~~~~~
///   hint: …
/// 2 errors; _site left as it was
/// ```
///
/// On a terminal (``Terminal/standardErrorHasColour``) the place is bold, `error:` red,
/// `warning:` magenta and the caret green, as clang prints them; in a pipe the same text
/// comes plain. See `docs/errors.md`.
enum DiagnosticReport {
    /// Every diagnostic in the order given (a build sorts them by file and line), each
    /// with its source line and caret when the line is known, and its hint; lines joined
    /// by `\n`, no trailing line break.
    static func text(_ diagnostics: [BuildDiagnostic], colour: Bool) -> String {
        diagnostics.map { $0.formatted(colour: colour) }.joined(separator: "\n")
    }

    /// The closing line of a build that failed on `diagnostics`: how many errors and
    /// warnings, and that the output folder is untouched, e.g. `2 errors and 1 warning;
    /// _site left as it was`. With `strict` and no error, it names the warnings that
    /// failed the build: `--strict: 1 warning failed the build (Content/02-b.md:3:1);
    /// _site left as it was`. `output` nil (a command that writes nothing) leaves out
    /// the part about the folder.
    static func failureSummary(_ diagnostics: [BuildDiagnostic], strict: Bool, output: String?) -> String {
        let errors = diagnostics.filter(\.diagnostic.isError)
        let warnings = diagnostics.filter { !$0.diagnostic.isError }
        let kept = output.map { "; \($0) left as it was" } ?? ""
        if errors.isEmpty, strict, !warnings.isEmpty {
            let shown = warnings.prefix(3).map { "\($0.path):\($0.diagnostic.location)" }
            let more = warnings.count > shown.count ? ", …" : ""
            return "--strict: \(counted(warnings.count, "warning")) failed the build (\(shown.joined(separator: ", "))\(more))\(kept)"
        }
        return counts(errors: errors.count, warnings: warnings.count) + kept
    }

    /// `2 errors and 1 warning`, `1 warning`, `no problems`: pluralised, zero counts left out.
    static func counts(errors: Int, warnings: Int) -> String {
        switch (errors, warnings) {
        case (0, 0): "no problems"
        case (_, 0): counted(errors, "error")
        case (0, _): counted(warnings, "warning")
        default: counted(errors, "error") + " and " + counted(warnings, "warning")
        }
    }

    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

extension Diagnostic {
    /// ``formatted(path:)`` with ANSI bold and red (errors) or magenta (warnings), as
    /// compilers print on a terminal; plain without `colour`.
    func formatted(path: String, colour: Bool) -> String {
        formatted(path: path, snippet: nil, colour: colour)
    }

    /// The first line `PATH:LINE:COL: error: MESSAGE`, then the source line and its caret
    /// (``SourceSnippet``) when given, then `  hint: …`.
    func formatted(path: String, snippet: SourceSnippet?, colour: Bool) -> String {
        var text: String
        if colour {
            let place = "\(path):\(location.line):\(location.column):"
            let tint = severity == .error ? "\u{1B}[31m" : "\u{1B}[35m"
            text = "\u{1B}[1m\(place) \(tint)\(severity.rawValue):\u{1B}[0m\u{1B}[1m \(message)\u{1B}[0m"
        } else {
            text = "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
        }
        if let snippet {
            let lines = snippet.lines
            text += "\n" + lines[0]
            // The gutter plain, the marker green and bold, as clang colours its caret.
            let gutter = lines[1].prefix(lines[1].count - snippet.marker.count)
            text += "\n" + (colour ? gutter + "\u{1B}[1;32m" + snippet.marker + "\u{1B}[0m" : lines[1])
        }
        if let hint { text += "\n  hint: " + hint }
        return text
    }
}

extension BuildDiagnostic {
    /// The printed form, with the source line and caret when the build read the line;
    /// `colour` adds ANSI styles for a terminal.
    public func formatted(colour: Bool) -> String { diagnostic.formatted(path: path, snippet: snippet, colour: colour) }
}

extension BuildError {
    /// ``description``, each diagnostic with its source line and coloured for a terminal
    /// when `colour`.
    public func report(colour: Bool) -> String {
        guard case .content(let diagnostics) = self else { return description }
        return DiagnosticReport.text(diagnostics, colour: colour)
    }
}
