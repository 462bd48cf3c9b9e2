import RealModule

/// A node's Double evaluation made into closures: once for a `{define}`d function, which
/// a plot evaluates thousands of times (every sample, the read-out, the description's
/// refinement), and for each call of ``Expression/evaluate(at:)`` with a Double.
///
/// Why: walking the tree (``ExpressionNode/dual(at:)``) matches every node's case, copies
/// and releases its payload, and allocates an array for every built-in's arguments, on
/// every evaluation: about 1,700 instructions for `x*sigmoid(1.5*x)`. The closures do
/// those once. Each closure performs exactly the operations `dual(at:)` performs, in the
/// same order, so the results are the same bits (`ExpressionTests` compares the two on
/// random expressions); catalogue functions are called through their Double entry points
/// (`value(at:)`, `derivative(at:)`), which compute what `value(_:)` computes for a Double.
typealias CompiledExpression = @Sendable (Dual<Double>) -> Dual<Double>

extension ExpressionNode {
    func compiled() -> CompiledExpression {
        switch self {
        case .variable:
            return { $0 }
        case .constant(let value, _):
            let constant = Dual<Double>.constant(value)
            return { _ in constant }
        case .sum(let terms):
            let parts = terms.map { (isSubtracted: $0.isSubtracted, evaluate: $0.node.compiled()) }
            return { x in .sum(count: parts.count) { (parts[$0].isSubtracted, parts[$0].evaluate(x)) } }
        case .product(let factors):
            let parts = factors.map { (isDivisor: $0.isDivisor, evaluate: $0.node.compiled()) }
            return { x in .product(count: parts.count) { (parts[$0].isDivisor, parts[$0].evaluate(x)) } }
        case .negate(let operand):
            let operand = operand.compiled()
            return { -operand($0) }
        case .power(let base, let exponent, let exponentIsConstant):
            let exponent = exponent.compiled()
            if case .constant(_, .e) = base { return { .exp(exponent($0)) } }
            let base = base.compiled()
            return { x in
                let v = exponent(x)
                let u = base(x)
                return exponentIsConstant ? .pow(u, constant: v.value) : .pow(u, v)
            }
        case .builtin(let function, let arguments):
            let arguments = arguments.map { $0.compiled() }
            if arguments.count == 1, let argument = arguments.first {
                return { function.apply(unary: argument($0)) }
            }
            return { x in function.apply(arguments.map { $0(x) }) }
        case .builtinDerivative(let function, let argument):
            let argument = argument.compiled()
            return { x in
                let u = argument(x)
                let slope = function.apply(unary: .variable(u.value)).derivative
                return Dual(value: slope, derivative: u.derivative == 0 ? 0 : .nan)
            }
        case .activation(let call, let argument):
            let function = call.function, argument = argument.compiled()
            return { x in
                let u = argument(x)
                return u.chain(value: function.value(at: u.value), slope: function.derivative(at: u.value))
            }
        case .activationDerivative(let call, let argument):
            let function = call.function, argument = argument.compiled()
            return { x in
                let u = argument(x)
                return Dual(value: function.derivative(at: u.value), derivative: u.derivative == 0 ? 0 : .nan)
            }
        }
    }
}
