import ActivationMath
import AtlasTestSupport
import Testing

/// A defined function's Double entry points run the expression made into closures once;
/// they must give the tree walk's bits exactly, for every kind of node.
@Suite("Compiled expressions")
struct CompiledExpressionTests {
    static let points: [Double] = [
        0, -0.0, 0.5, -0.5, 1, -1, 2.5, -3, 30, -30, 800, -800, 1e-300, -1e-300, 5e-324, .infinity, -.infinity, .nan,
    ]

    /// The same bits, NaN payloads aside (NaN is NaN).
    static func same(_ a: Double, _ b: Double) -> Bool {
        a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
    }

    /// The tree walk: called generically, `evaluate(at:)` is the generic one, never the
    /// Double overload, which runs the compiled closures.
    static func walked<T: ActivationFloat>(_ expression: Expression, at x: T) -> (value: T, derivative: T) {
        expression.evaluate(at: x)
    }

    /// Compares the two on every point; false when `text` does not parse.
    @discardableResult
    static func check(_ text: String) -> Bool {
        guard case .success(let expression) = Expression.parse(text) else { return false }
        let function = DefinedFunction(name: "g", expression: expression, formulaTeX: nil)
        for x in points {
            let walked = Self.walked(expression, at: x)
            #expect(same(function.value(at: x), walked.value), "\(text) at \(x)")
            #expect(same(function.derivative(at: x), walked.derivative), "\(text)′ at \(x)")
            #expect(same(expression.evaluate(at: x).value, walked.value), "\(text) at \(x), evaluate(at:)")
            #expect(same(function.value(x), walked.value), "\(text) at \(x), generically")
        }
        return true
    }

    @Test("Every node kind: the same value and derivative as the tree walk")
    func nodeKinds() {
        let texts = [
            "x", "2", "-x", "pi*x", "e^x", "2^x", "x^2", "x^x", "x^-1", "1/x", "-0*x", "x - x", "0 - 0",
            "exp(x) + log(x) - log1p(x) * expm1(x) / sqrt(x)", "abs(x)", "erf(x)", "sin(x)*cos(x)", "tanh(x)",
            "min(x, 1)", "max(x, -x)", "exp'(x)", "tanh'(2)", "sqrt'(x)", "sigmoid(x)", "x*sigmoid(1.5*x)",
            "elu(x, alpha=0.5)", "gelu(x, approximate=tanh)", "sigmoid'(x)", "sigmoid'(2)", "softplus(x)/x",
            "leaky_relu(-x, negative_slope=0.2) + relu(x)", "2*exp(x)", "x + sqrt(0)", "-(x^2)", "(x+1)*(x-1)/(x*x)",
        ]
        for text in texts { #expect(Self.check(text), "\(text) must parse") }
    }

    /// A random expression of every node kind, nested up to `depth` levels.
    static func randomExpression(depth: Int, using generator: inout SeededGenerator) -> String {
        let leaves = ["x", "2", "0.5", "1e-3", "pi", "e", "0"]
        guard depth > 0, Int.random(in: 0..<4, using: &generator) > 0 else {
            return leaves.randomElement(using: &generator) ?? "x"
        }
        let a = randomExpression(depth: depth - 1, using: &generator)
        let b = randomExpression(depth: depth - 1, using: &generator)
        let forms = [
            "(\(a) + \(b))", "(\(a) - \(b))", "\(a)*\(b)", "\(a)/\(b)", "(\(a))^(\(b))", "(\(a))^2", "e^(\(a))",
            "-(\(a))", "exp(\(a))", "log(\(a))", "log1p(\(a))", "expm1(\(a))", "sqrt(\(a))", "abs(\(a))",
            "erf(\(a))", "sin(\(a))", "cos(\(a))", "tanh(\(a))", "min(\(a), \(b))", "max(\(a), \(b))",
            "exp'(\(a))", "sigmoid(\(a))", "elu(\(a), alpha=0.5)", "gelu(\(a))", "softplus(\(a))", "sigmoid'(\(a))",
        ]
        return forms.randomElement(using: &generator) ?? a
    }

    @Test("500 seeded random expressions of every node kind: the same bits as the tree walk")
    func random() {
        var generator = SeededGenerator(seed: 0xC0_4411)
        var parsed = 0
        for _ in 0..<500 {
            let text = Self.randomExpression(depth: 4, using: &generator)
            if Self.check(text) { parsed += 1 }
        }
        #expect(parsed == 500, "every generated expression is valid")
    }
}
