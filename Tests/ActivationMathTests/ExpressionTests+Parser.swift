import ActivationMath
import AtlasDiagnostics
import AtlasTestSupport
import Testing

/// Protects the parser: precedence, every error message and offset, the limits, and that
/// no input crashes it.
@Suite("Expression parser")
struct ExpressionParserTests {
    /// (expression, x, expected value): precedence and associativity.
    static let precedence: [(String, Double, Double)] = [
        ("2+3*4", 0, 14),
        ("(2+3)*4", 0, 20),
        ("2*3^2", 0, 18),
        ("2^3^2", 0, 512),  // right-associative: 2^(3^2)
        ("(2^3)^2", 0, 64),
        ("-x^2", 3, -9),  // unary minus looser than ^
        ("(-x)^2", 3, 9),
        ("-2^2", 0, -4),
        ("2^-1", 0, 0.5),
        ("2^-x^2", 1, 0.5),  // exponent -(x^2)
        ("8/4/2", 0, 1),  // left-associative
        ("8-4-2", 0, 2),
        ("8/4*2", 0, 4),
        ("--x", 2, 2),
        ("-x*-x", 3, 9),
        ("1 - -1", 0, 2),
        ("x^x^x", 2, 16),
        ("2*x + 3*x", 1, 5),
        ("  x\n+\t1 ", 1, 2),
        ("max(1, 2)^2", 0, 4),
        ("-max(x, 0)", 3, -3),
    ]

    @Test("Precedence and associativity", arguments: precedence.indices)
    func precedenceAndAssociativity(index: Int) throws {
        let (text, x, expected) = Self.precedence[index]
        #expect(try Expression.parse(text).get().evaluate(at: x).value == expected, "\(text)")
    }

    /// (expression, message, 0-based Character offset).
    static let errors: [(String, String, Int)] = [
        ("", "empty expression; write a formula in 'x', e.g. 'x*sigmoid(x)'", 0),
        ("   ", "empty expression; write a formula in 'x', e.g. 'x*sigmoid(x)'", 3),
        ("2x", "missing operator between '2' and 'x'; write '2*x'", 1),
        ("3 sigmoid(x)", "missing operator between '3' and 'sigmoid'; write '3*sigmoid'", 2),
        ("(x+1)(x-1)", "missing operator between ')' and '('; write ')*('", 5),
        ("x y", "missing operator between 'x' and 'y'; write 'x*y'", 2),
        ("y", "unknown name 'y'; the variable is 'x'", 0),
        ("2*X", "unknown name 'X'; the variable is 'x'", 2),
        ("Pi*x", "unknown name 'Pi'; did you mean 'pi'?", 0),
        ("sigmod(x)", "unknown function 'sigmod'; did you mean 'sigmoid'?", 0),
        ("x + expp(x)", "unknown function 'expp'; did you mean 'exp'?", 4),
        ("foo(x)", "unknown function 'foo'; run 'atlas list' to see the catalogue", 0),
        ("sigmoid", "'sigmoid' is a function; write 'sigmoid(x)'", 0),
        ("1 + exp", "'exp' is a function; write 'exp(x)'", 4),
        ("x $ 2", "unexpected character '$'", 2),
        ("2×x", "unexpected character '×'; write '*' to multiply", 1),
        ("[x]", "unexpected character '['; group with '(' and ')'", 0),
        ("x**2", "'**' is not an operator; write '^' for powers", 1),
        ("(x+1", "missing ')' to close '('", 4),
        ("((x)", "missing ')' to close '('", 4),
        ("exp(x", "missing ')' to close 'exp('", 5),
        ("max(x, 1", "missing ')' to close 'max('", 8),
        ("x)", "unmatched ')'; remove it or add '(' before it", 1),
        ("x, 2", "unexpected ',' after the expression", 1),
        ("x = 2", "unexpected '=' after the expression", 2),
        ("x'", "a prime marks the derivative of a function, as in 'sigmoid'(x)'", 1),
        ("(pi')", "a prime marks the derivative of a function, as in 'sigmoid'(x)'", 3),
        ("sigmoid'", "expected '(' after 'sigmoid''; write 'sigmoid'(x)'", 8),
        ("x+", "expected a number, 'x' or '(' after '+'", 2),
        ("x+*2", "expected a number, 'x' or '(' after '+', not '*'", 2),
        ("*x", "expected a number, 'x' or '(', not '*'", 0),
        ("()", "expected a number, 'x' or '(' after '(', not ')'", 1),
        ("exp()", "expected a number, 'x' or '(' after '(', not ')'", 4),
        ("max(x)", "'max' takes 2 arguments", 0),
        ("min(x, 1, 2)", "'min' takes 2 arguments", 0),
        ("exp(x, 2)", "'exp' takes 1 argument", 0),
        ("exp(x, base=2)", "'exp' takes no parameters", 7),
        ("max'(x, 1)", "'max'' is not available; it takes 2 arguments", 0),
        ("sigmoid(x, 2)", "'sigmoid' takes 1 argument; write parameters as 'name=value'", 0),
        ("elu(alpha=0.5)", "the argument of 'elu' comes first; write 'elu(x, alpha=…)'", 4),
        ("elu(x, alpha=0.5, x)", "arguments of 'elu' come before its parameters", 7),
        ("elu(x, alpha=)", "expected a value for parameter 'alpha'", 13),
        ("elu(x, alpah=0.5)", "unknown parameter 'alpah' for 'elu'; did you mean 'alpha'?", 7),
        ("2*elu(x, alpha=1, alpha=2)", "parameter 'alpha' is given twice", 18),
        ("relu(x, alpha=1)", "'relu' takes no parameters", 8),
        ("elu(x, alpha=abc)", "malformed number 'abc' for parameter 'alpha'", 13),
        ("1.2.3", "malformed number '1.2.3'", 0),
        ("x + 1e999", "number '1e999' is too large", 4),
        ("\u{2212}\u{2212}y", "unknown name 'y'; the variable is 'x'", 2),
        ("x^(1 + )", "expected a number, 'x' or '(' after '+', not ')'", 7),
    ]

    @Test("Every error message and its offset", arguments: errors.indices)
    func message(index: Int) {
        let (text, message, offset) = Self.errors[index]
        switch Expression.parse(text) {
        case .success:
            Issue.record("'\(text)' parsed")
        case .failure(let error):
            #expect(error == TextProblem(message: message, offset: offset), "'\(text)'")
        }
    }

    @Test("Messages follow the house style: lower case, no trailing period")
    func style() {
        for (text, _, _) in Self.errors {
            guard case .failure(let error) = Expression.parse(text) else { continue }
            #expect(!error.message.hasSuffix("."), "\(error.message)")
            #expect(error.message.first.map { !$0.isUppercase } ?? false, "\(error.message)")
            #expect(error.description == error.message)
        }
    }

    @Test("Length limit: 10,000 characters")
    func length() throws {
        let longest = "x" + String(repeating: "+x", count: (Expression.maximumLength - 1) / 2)
        #expect(longest.count <= Expression.maximumLength)
        #expect(try Expression.parse(longest).get().evaluate(at: 1.0).value == Double((longest.count + 1) / 2))
        let tooLong = String(repeating: "x+", count: 6_000)
        #expect(throws: TextProblem(message: "expression is 12000 characters; the limit is 10000", offset: 0)) {
            try Expression.parse(tooLong).get()
        }
    }

    @Test("Nesting limit: 256 levels pass, 257 fail at the opening token, before recursing")
    func depth() throws {
        let deepest = String(repeating: "(", count: 256) + "x" + String(repeating: ")", count: 256)
        #expect(try Expression.parse(deepest).get().evaluate(at: 2.0) == (2, 1))
        let tooDeep = String(repeating: "(", count: 257) + "x" + String(repeating: ")", count: 257)
        #expect(throws: TextProblem(message: "expression nests deeper than 256 levels", offset: 256)) {
            try Expression.parse(tooDeep).get()
        }
        let minus256 = String(repeating: "-", count: 256) + "x"
        #expect(try Expression.parse(minus256).get().evaluate(at: 3.0) == (3, 1))
        let calls = String(repeating: "exp(", count: 300) + "x" + String(repeating: ")", count: 300)
        #expect(throws: TextProblem(message: "expression nests deeper than 256 levels", offset: 1027)) {
            try Expression.parse(calls).get()
        }
    }

    @Test("10,000-character '((((…', '----…x' and 'x^x^x^…' are errors, not stack overflows")
    func pathological() {
        let cases = [
            String(repeating: "(", count: 10_000),
            String(repeating: "-", count: 9_999) + "x",
            "x" + String(repeating: "^x", count: 4_999) + " ",
            String(repeating: "sigmoid(", count: 1_250),
            String(repeating: "2^-", count: 3_333) + "x",
        ]
        for text in cases {
            #expect(text.count <= Expression.maximumLength)
            guard case .failure(let error) = Expression.parse(text) else {
                Issue.record("parsed \(text.prefix(20))…")
                continue
            }
            #expect(error.message == "expression nests deeper than 256 levels")
        }
    }

    @Test("2,000 seeded random strings of expression pieces never crash")
    func garbage() {
        let pieces = [
            "x", "2", ".5", "1e-3", "1e", "+", "-", "\u{2212}", "*", "/", "^", "(", ")", ",", "=", "'",
            " ", "pi", "e", "exp", "log", "sqrt", "abs", "min", "max", "erf", "sin", "cos", "tanh",
            "sigmoid", "elu", "leaky_relu", "alpha", "negative_slope", "approximate", "y", "$", "é",
            "..", "0x1p3", "inf", "nan", "1e999", "\u{2032}", "((", "))",
        ]
        var generator = SeededGenerator(seed: 0xE4B2_2025)
        var parsed = 0
        for _ in 0..<2_000 {
            let count = Int.random(in: 1...24, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            switch Expression.parse(text) {
            case .success(let expression):
                parsed += 1
                _ = expression.evaluate(at: 0.5)
                _ = expression.evaluate(at: Float(-2))
                _ = expression.tex
            case .failure(let error):
                #expect(error.offset >= 0 && error.offset <= text.count, "'\(text)': \(error)")
                #expect(!error.message.isEmpty)
            }
        }
        #expect(parsed > 0)
    }
}
