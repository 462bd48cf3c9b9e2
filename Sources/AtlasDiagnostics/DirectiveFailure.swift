/// The diagnostics a phase reports instead of a value: a directive or role that cannot
/// be read, resolved or drawn.
public struct DirectiveFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
