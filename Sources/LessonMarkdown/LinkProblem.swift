import AtlasDiagnostics

/// Why a link's destination cannot be used, as the caller of `LessonRenderer` says it;
/// LessonMarkdown reports it at the destination's position.
///
/// The message follows `Diagnostic`'s house style, e.g.
/// `unknown lesson '04-rleu.md'; did you mean '04-relu.md'?`.
public struct LinkProblem: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
