/// One problem in a lesson, reported like a compiler: where, how bad, what, how to fix.
///
/// The message is in sentence case, quotes user input in 'single quotes', has no
/// trailing period, and says how to fix the problem where a fix is known, e.g.
/// `unknown directive 'plott'; did you mean 'plot'?`. A longer remedy goes in `hint`,
/// printed on its own line.
///
/// Errors fail a build; warnings are printed and fail it only with `--strict`.
public struct Diagnostic: Error, Sendable, Hashable, Comparable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var location: SourceLocation
    public var message: String
    public var severity: Severity
    /// A remedy too long for the message, e.g. how a convention works; printed as
    /// `  hint: …` under the diagnostic.
    public var hint: String?

    public init(_ message: String, at location: SourceLocation, severity: Severity = .error, hint: String? = nil) {
        self.message = message
        self.location = location
        self.severity = severity
        self.hint = hint
    }

    public var isError: Bool { severity == .error }

    /// `PATH:LINE:COL: error: MESSAGE` (or `warning:`), then `  hint: …` if there is
    /// one, with `path` as the user would type it. With `colour`, ANSI bold and red
    /// (errors) or magenta (warnings), as compilers print on a terminal.
    public func formatted(path: String, colour: Bool = false) -> String {
        let label = severity.rawValue + ":"
        let place = "\(path):\(location.line):\(location.column):"
        var text = colour
            ? "\u{1B}[1m\(place) \(severity == .error ? "\u{1B}[31m" : "\u{1B}[35m")\(label)\u{1B}[0m\u{1B}[1m \(message)\u{1B}[0m"
            : "\(place) \(label) \(message)"
        if let hint { text += "\n  hint: " + hint }
        return text
    }

    /// By position, then message: the order a compiler lists them in.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}
