/// A lesson's `{define} NAME` as an ``Activation``, so plots, tables and `{compare}` treat
/// it like a catalogue function.
///
/// ```swift
/// let body = try Expression.parse("x*sigmoid(1.5*x)").get()
/// let swish = DefinedFunction(name: "swish15", expression: body, formulaTeX: nil)
/// swish.value(1.0)               // 0.8175744761936437
/// swish.metadata.valueTeX        // "x\\,\\sigma\\left(1.5x\\right)"
/// ```
///
/// Value and derivative are the expression's (``Expression/evaluate(at:)``): the derivative
/// is NaN when the expression has none. The metadata cannot be inferred from an arbitrary
/// formula, so it is conservative: range (−∞, ∞), no kinks or jumps listed, not monotonic,
/// smoothness C⁰ (nothing stronger is promised; an expression using abs, min, max or a
/// rectifier may have corners, and a division may even jump), not zero-centred, no
/// saturation.
public struct DefinedFunction: Activation {
    /// The lesson's name for the function, also its ``reference``.
    public let name: String
    public let expression: Expression
    /// The author's TeX (the directive's `formula` option), if any.
    public let formulaTeX: String?

    /// The expression's Double evaluation made once (``ExpressionNode/compiled()``): plots
    /// ask a defined function for thousands of values.
    private let evaluateDouble: CompiledExpression

    public init(name: String, expression: Expression, formulaTeX: String?) {
        self.name = name
        self.expression = expression
        self.formulaTeX = formulaTeX
        evaluateDouble = expression.root.compiled()
    }

    public var functionReference: FunctionReference { FunctionReference(name: name) }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: name,
            symbolTeX: "\\operatorname{\(TeXText.escaped(name))}",
            valueTeX: formulaTeX ?? expression.tex,
            // Not derived symbolically: plots and tables take f′ from the dual numbers.
            derivativeTeX: "",
            range: .all,
            kinks: [],
            jumps: [],
            monotonicity: .notMonotonic,
            smoothness: .continuous,
            isZeroCentred: false,
            saturation: .none,
            pytorch: nil,
            keras: nil,
            summary: "defined in the lesson",
            introduced: nil
        )
    }

    // A Double goes to the compiled closures (value(at:)), so that a caller holding the
    // function generically ({compare}, f(0)) does not walk the tree generically.
    public func value<T: ActivationFloat>(_ x: T) -> T {
        if let x = x as? Double, let y = value(at: x) as? T { return y }
        return expression.evaluate(at: x).value
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        if let x = x as? Double, let y = derivative(at: x) as? T { return y }
        return expression.evaluate(at: x).derivative
    }

    /// ``value(_:)`` for a Double, through the compiled evaluation: the same bits.
    public func value(at x: Double) -> Double {
        evaluateDouble(.variable(x)).value
    }

    /// ``derivative(_:)`` for a Double, through the compiled evaluation: the same bits.
    public func derivative(at x: Double) -> Double {
        expression.hasDerivative ? evaluateDouble(.variable(x)).derivative : .nan
    }
}

extension Expression {
    /// TeX of the expression as parsed, e.g. `x\,\sigma\left(1.5x\right)` for
    /// `x*sigmoid(1.5*x)`; what ``DefinedFunction`` shows when the lesson gives no formula.
    public var tex: String { root.tex }
}
