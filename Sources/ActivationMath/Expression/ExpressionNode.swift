/// The syntax tree of a parsed expression.
///
/// Sums and products are n-ary (`a - b + c` is one `.sum`), so a long chain of terms does
/// not deepen the tree: its depth is bounded by the parser's nesting limit, and the
/// recursive evaluator and TeX writer stay far from the stack's end.
indirect enum ExpressionNode: Sendable {
    /// The variable `x`.
    case variable
    /// A number as written, or `pi` or `e`.
    case constant(Double, ConstantKind)
    /// `first ± term ± term …`.
    case sum([Term])
    /// `first */÷ factor …`, evaluated left to right.
    case product([Factor])
    /// `-operand`.
    case negate(ExpressionNode)
    /// `base ^ exponent`; `exponentIsConstant` when the exponent does not mention `x`.
    case power(ExpressionNode, ExpressionNode, exponentIsConstant: Bool)
    /// `exp(…)`, `max(…, …)`: a built-in function and its arguments.
    case builtin(BuiltinFunction, [ExpressionNode])
    /// `exp'(…)`: the derivative of a one-argument built-in.
    case builtinDerivative(BuiltinFunction, ExpressionNode)
    /// `sigmoid(…)`, `elu(x, alpha=0.5)`, a lesson's `g(…)`: an activation applied to the argument.
    case activation(Call, ExpressionNode)
    /// `sigmoid'(…)`: an activation's derivative applied to the argument.
    case activationDerivative(Call, ExpressionNode)

    enum ConstantKind: Sendable { case number, pi, e }

    struct Term: Sendable {
        var isSubtracted: Bool
        var node: ExpressionNode
    }

    struct Factor: Sendable {
        var isDivisor: Bool
        var node: ExpressionNode
    }

    /// A resolved activation with the parameters as written, for TeX.
    struct Call: Sendable {
        var function: any Activation
        var parameters: [(name: String, value: String)]
    }

    /// Whether the value depends on `x`. Recursion depth is bounded by the nesting limit.
    var mentionsX: Bool {
        switch self {
        case .variable: true
        case .constant: false
        case .sum(let terms): terms.contains { $0.node.mentionsX }
        case .product(let factors): factors.contains { $0.node.mentionsX }
        case .negate(let operand): operand.mentionsX
        case .power(let base, let exponent, _): base.mentionsX || exponent.mentionsX
        case .builtin(_, let arguments): arguments.contains { $0.mentionsX }
        case .builtinDerivative(_, let argument), .activation(_, let argument),
            .activationDerivative(_, let argument):
            argument.mentionsX
        }
    }

    /// Whether some `f'(…)` has an argument that mentions `x`: its derivative would need
    /// f″, which neither the catalogue nor the dual numbers provide.
    var needsSecondDerivative: Bool {
        switch self {
        case .variable, .constant: false
        case .sum(let terms): terms.contains { $0.node.needsSecondDerivative }
        case .product(let factors): factors.contains { $0.node.needsSecondDerivative }
        case .negate(let operand): operand.needsSecondDerivative
        case .power(let base, let exponent, _): base.needsSecondDerivative || exponent.needsSecondDerivative
        case .builtin(_, let arguments): arguments.contains { $0.needsSecondDerivative }
        case .activation(_, let argument): argument.needsSecondDerivative
        case .builtinDerivative(_, let argument), .activationDerivative(_, let argument):
            argument.mentionsX || argument.needsSecondDerivative
        }
    }
}

/// The functions built into the expression language (not catalogue activations).
enum BuiltinFunction: String, CaseIterable, Sendable {
    case exp, log, sqrt, abs, min, max, erf, sin, cos, tanh
    /// log(1 + u) and e^u − 1, exact where 1 + u and e^u round away u's digits.
    case log1p, expm1

    /// How many arguments a call takes: 2 for `min` and `max`, else 1.
    var arity: Int {
        self == .min || self == .max ? 2 : 1
    }
}
