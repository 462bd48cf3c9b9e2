/// One problem in a lesson, reported like a compiler: where, how bad, what, how to fix.
///
/// The message is in sentence case, quotes user input in 'single quotes', has no
/// trailing period, and says how to fix the problem where a fix is known, e.g.
/// `unknown directive 'plott'; did you mean 'plot'?`. A longer remedy goes in `hint`,
/// printed on its own line.
///
/// Errors fail a build; warnings are printed and fail it only with `--strict`.
///
/// ```swift
/// let problem = Diagnostic(.directive, "unknown directive 'plott'; did you mean 'plot'?",
///                          at: SourceLocation(line: 14, column: 10))
/// problem.formatted(path: "Content/02-sigmoid.md")
/// // "Content/02-sigmoid.md:14:10: error: unknown directive 'plott'; did you mean 'plot'?"
/// ```
public struct Diagnostic: Error, Sendable, Hashable, Comparable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var kind: Kind
    public var location: SourceLocation
    public var message: String
    public var severity: Severity
    /// A remedy too long for the message, e.g. how a convention works; printed as
    /// `  hint: …` under the diagnostic.
    public var hint: String?
    /// The column of the last Character of what the diagnostic is about, on the same line
    /// as ``location`` (a misspelt name's last letter), where it is known: the source
    /// snippet underlines `location.column...endColumn` (`^~~~`). nil: only the caret.
    public var endColumn: Int?

    public init(
        _ kind: Kind, _ message: String, at location: SourceLocation, severity: Severity = .error, hint: String? = nil,
        endColumn: Int? = nil
    ) {
        self.kind = kind
        self.message = message
        self.location = location
        self.severity = severity
        self.hint = hint
        self.endColumn = endColumn
    }

    public var isError: Bool { severity == .error }

    /// `PATH:LINE:COL: error: MESSAGE` (or `warning:`), then `  hint: …` if there is
    /// one, with `path` as the user would type it.
    public func formatted(path: String) -> String {
        var text = "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
        if let hint { text += "\n  hint: " + hint }
        return text
    }

    /// By position, then message: the order a compiler lists them in.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}
