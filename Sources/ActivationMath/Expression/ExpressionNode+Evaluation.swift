import RealModule

extension ExpressionNode {
    /// The node's value and derivative at `x` (a dual with derivative 1).
    ///
    /// Recursive; the depth is bounded by the parser's nesting limit because sums and
    /// products are n-ary. A Double evaluation runs the compiled closures instead
    /// (ExpressionNode+Compiled.swift), with the same bits; this walk serves Float.
    func dual<T: ActivationFloat>(at x: Dual<T>) -> Dual<T> {
        switch self {
        case .variable:
            return x
        case .constant(let value, _):
            // Converting the Double once: for Float this rounds a number the author wrote
            // twice (decimal → Double → Float), which can differ from direct decimal → Float
            // rounding by one ulp in rare halfway cases.
            return .constant(T(value))
        case .sum(let terms):
            return .sum(count: terms.count) { (terms[$0].isSubtracted, terms[$0].node.dual(at: x)) }
        case .product(let factors):
            return .product(count: factors.count) { (factors[$0].isDivisor, factors[$0].node.dual(at: x)) }
        case .negate(let operand):
            return -operand.dual(at: x)
        case .power(let base, let exponent, let exponentIsConstant):
            let v = exponent.dual(at: x)
            // e^v through exp: pow(T(e), v) would carry the rounding of e, multiplied by v.
            if case .constant(_, .e) = base { return .exp(v) }
            let u = base.dual(at: x)
            return exponentIsConstant ? .pow(u, constant: v.value) : .pow(u, v)
        case .builtin(let function, let arguments):
            return function.apply(arguments.map { $0.dual(at: x) })
        case .builtinDerivative(let function, let argument):
            let u = argument.dual(at: x)
            // g′(u) is the dual part of g at (u, 1); its own derivative would need g″.
            let slope = function.apply([.variable(u.value)]).derivative
            return Dual(value: slope, derivative: u.derivative == 0 ? 0 : .nan)
        case .activation(let call, let argument):
            return .apply(call.function, to: argument.dual(at: x))
        case .activationDerivative(let call, let argument):
            let u = argument.dual(at: x)
            // f″ is not in the catalogue: the derivative is known only for a constant argument.
            return Dual(value: call.function.derivative(u.value), derivative: u.derivative == 0 ? 0 : .nan)
        }
    }
}

extension BuiltinFunction {
    /// Applies the function; `arguments` has `arity` elements (the parser checks).
    func apply<T: ActivationFloat>(_ arguments: [Dual<T>]) -> Dual<T> {
        guard let u = arguments.first else { return Dual(value: .nan, derivative: .nan) }
        if self == .min || self == .max {
            guard arguments.count == 2 else { return Dual(value: .nan, derivative: .nan) }
            return self == .min ? .min(u, arguments[1]) : .max(u, arguments[1])
        }
        return apply(unary: u)
    }

    /// A one-argument function applied to `u`, without an array; NaN for `min` and `max`,
    /// which take two.
    func apply<T: ActivationFloat>(unary u: Dual<T>) -> Dual<T> {
        switch self {
        case .exp: return .exp(u)
        case .log: return .log(u)
        case .log1p: return .log1p(u)
        case .expm1: return .expm1(u)
        case .sqrt: return .sqrt(u)
        case .abs: return .abs(u)
        case .erf: return .erf(u)
        case .sin: return .sin(u)
        case .cos: return .cos(u)
        case .tanh: return .tanh(u)
        case .min, .max: return Dual(value: .nan, derivative: .nan)
        }
    }
}

extension Dual {
    /// `±term₀ ± term₁ ± …`, left to right, each term computed when it is added; the one
    /// way an expression's sum is evaluated, by the tree walk and the compiled closures
    /// alike. The first term starts the sum, so that a lone −0 stays −0.
    static func sum(count: Int, _ term: (Int) -> (isSubtracted: Bool, value: Dual)) -> Dual {
        var total = Dual.constant(0)
        for i in 0..<count {
            let (isSubtracted, value) = term(i)
            if i == 0 {
                total = isSubtracted ? -value : value
            } else {
                total = isSubtracted ? total - value : total + value
            }
        }
        return total
    }

    /// `factor₀ */÷ factor₁ …`, left to right, as ``sum(count:_:)``; a leading divisor
    /// divides 1.
    static func product(count: Int, _ factor: (Int) -> (isDivisor: Bool, value: Dual)) -> Dual {
        var total = Dual.constant(1)
        for i in 0..<count {
            let (isDivisor, value) = factor(i)
            if i == 0 {
                total = isDivisor ? .constant(1) / value : value
            } else {
                total = isDivisor ? total / value : total * value
            }
        }
        return total
    }
}
