import AtlasDiagnostics
import LessonMarkdown

/// A diagnostic tied to the file it is about, printed `PATH:LINE:COL: error: MESSAGE`.
public struct BuildDiagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path as the user would type it, e.g. `Content/02-sigmoid.md`.
    public var path: String
    public var diagnostic: Diagnostic

    public init(path: String, _ diagnostic: Diagnostic) {
        self.path = path
        self.diagnostic = diagnostic
    }

    public var description: String { diagnostic.formatted(path: path) }

    /// Sorted by file, then line and column, as a compiler lists them.
    public static func < (lhs: BuildDiagnostic, rhs: BuildDiagnostic) -> Bool {
        (lhs.path, lhs.diagnostic) < (rhs.path, rhs.diagnostic)
    }
}
