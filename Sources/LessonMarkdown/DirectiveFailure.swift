/// The diagnostics a directive expander reports instead of HTML.
public struct DirectiveFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
