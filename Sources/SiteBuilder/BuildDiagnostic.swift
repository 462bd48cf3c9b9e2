import AtlasDiagnostics
import LessonMarkdown

/// A diagnostic tied to the file it is about, printed `PATH:LINE:COL: error: MESSAGE`.
public struct BuildDiagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path as the user would type it, e.g. `Content/02-sigmoid.md`.
    public var path: String
    public var diagnostic: Diagnostic
    /// The line of the file the diagnostic points at, as the build read it (a lesson's
    /// byte-order mark dropped, `\r\n` ended), for the snippet with a caret under it
    /// (AtlasDiagnostics' `SourceSnippet`); nil for a built-in template, a file that is
    /// not text, or a line past the end. ``SiteBuild`` fills it in (`DiagnosticSources`).
    public var sourceLine: String?

    public init(path: String, _ diagnostic: Diagnostic, sourceLine: String? = nil) {
        self.path = path
        self.diagnostic = diagnostic
        self.sourceLine = sourceLine
    }

    /// The source line with its caret, when the line is known.
    public var snippet: SourceSnippet? {
        sourceLine.map {
            SourceSnippet(
                line: $0, number: diagnostic.location.line, column: diagnostic.location.column,
                endColumn: diagnostic.endColumn)
        }
    }

    public var description: String { diagnostic.formatted(path: path) }

    /// Sorted by file, then line and column, as a compiler lists them.
    public static func < (lhs: BuildDiagnostic, rhs: BuildDiagnostic) -> Bool {
        (lhs.path, lhs.diagnostic) < (rhs.path, rhs.diagnostic)
    }
}
