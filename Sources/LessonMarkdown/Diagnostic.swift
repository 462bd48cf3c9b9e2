/// One problem in a lesson, reported like a compiler error.
///
/// The message is in sentence case, quotes user input in 'single quotes', has no
/// trailing period, and says how to fix the problem where a fix is known, e.g.
/// `unknown directive 'plott'; did you mean 'plot'?`.
public struct Diagnostic: Error, Sendable, Hashable, Comparable {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `PATH:LINE:COL: error: MESSAGE`, with `path` as the user would type it.
    public func formatted(path: String) -> String {
        "\(path):\(location.line):\(location.column): error: \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}

/// The diagnostics a directive expander reports instead of HTML.
public struct DirectiveFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}

/// What a reference checker says about a function reference such as `elu(alpah=2)`:
/// the message, and the character offset within the reference where the problem starts.
public struct ReferenceProblem: Sendable, Equatable {
    public var message: String
    public var offset: Int

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }
}
