/// Why a link's destination cannot be used; reported at the destination's position.
///
/// The message follows `Diagnostic`'s house style, e.g.
/// `unknown lesson '04-rleu.md'; did you mean '04-relu.md'?`.
struct LinkProblem: Error, Sendable, Equatable {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
