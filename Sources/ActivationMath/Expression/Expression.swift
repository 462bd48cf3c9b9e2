import AtlasDiagnostics

/// A formula in `x` written by a lesson (`{define}` bodies, `{eval}` roles), parsed once
/// and evaluated with its first derivative by forward-mode automatic differentiation.
///
/// The language: numbers (`2`, `0.5`, `.5`, `1e-3`), `x`, `+ - * /`, `^` (right-associative,
/// so `2^3^2` is 2⁹), unary minus (looser than `^`: `-x^2` is −(x²)), parentheses, the
/// constants `pi` and `e`, the built-ins `exp log log1p expm1 sqrt abs min max erf sin cos tanh`, every
/// activation the `lookup` closure resolves, with PyTorch-style keyword parameters after
/// the argument (`elu(x, alpha=0.5)`, `gelu(x, approximate=tanh)`), and `f'(…)` for the
/// derivative of a named function. U+2212 reads as a minus and U+2032 as a prime.
/// Implicit multiplication (`2x`) is an error that suggests `2*x`.
///
/// ```swift
/// let swish = try Expression.parse("x*sigmoid(1.5*x)").get()
/// swish.evaluate(at: 1.0)        // (value: 0.8175744761936437, derivative: 1.041294154299143)
/// swish.dependencies             // ["sigmoid"]
/// ```
///
/// Derivatives come from dual numbers (``Dual``), never from finite differences. At a kink
/// they follow PyTorch's autograd: abs′(0) = 0, min/max at a tie average both sides.
/// `f'(u)` has a derivative only when u does not mention x (it would need f″, which the
/// catalogue does not provide): then ``hasDerivative`` is false and ``evaluate(at:)``
/// returns NaN for the derivative.
///
/// Limits: ``maximumLength`` characters and ``maximumDepth`` nesting levels (each
/// parenthesis, call, unary minus and exponent is one level); passing either is an
/// ``TextProblem``, never a stack overflow. Self-reference is the caller's to detect
/// with ``dependencies`` and ``cycle(in:)``.
public struct Expression: Sendable {
    /// The text as written.
    public let text: String
    /// False when some `f'(u)` has an argument mentioning `x`: the derivative is then NaN.
    public let hasDerivative: Bool
    /// The non-built-in functions called, as written (`sigmoid`, a lesson's `g`), including
    /// those under a prime; a definition that depends on itself is a cycle (``cycle(in:)``).
    public let dependencies: Set<String>

    /// Whether `x` appears: `{eval}` wants a number, so an expression in x is an error there.
    public var usesVariable: Bool { root.mentionsX }

    /// The error for asking the derivative of `name`, an expression without one
    /// (``hasDerivative`` false), where `option` asks for derivatives: one text for the
    /// build (`':derivative:'`) and `atlas eval` (`'--derivative'`).
    public static func derivativeUnavailable(_ name: String, option: String) -> String {
        "the derivative of '\(name)' is not available: its expression uses a derivative f'(…), "
            + "and atlas computes first derivatives only; leave out '\(option)'"
    }

    /// The longest text accepted, in Characters.
    public static let maximumLength = 10_000
    /// The deepest nesting accepted.
    public static let maximumDepth = 256

    let root: ExpressionNode

    /// Parses `text`, resolving activation references through `lookup`.
    ///
    /// A call `name(arg, p=v, …)` of a name that is not built in becomes the reference
    /// `name(p=v, …)` (or `name`) passed to `lookup`; a problem it returns comes back with
    /// its offset moved into `text`. The first problem found, from
    /// the left, is the error.
    public static func parse(
        _ text: String,
        lookup: (String) -> Result<any Activation, TextProblem> = Catalog.resolve
    ) -> Result<Expression, TextProblem> {
        let length = text.count
        guard length <= maximumLength else {
            return .failure(
                TextProblem(
                    message: "expression is \(length) characters; the limit is \(maximumLength)", offset: 0))
        }
        return withoutActuallyEscaping(lookup) { lookup in
            var parser = ExpressionParser(text: text, lookup: lookup)
            do throws(TextProblem) {
                let root = try parser.parse()
                return .success(
                    Expression(
                        text: text, hasDerivative: !root.needsSecondDerivative,
                        dependencies: parser.dependencies, root: root))
            } catch {
                return .failure(error)
            }
        }
    }

    private init(text: String, hasDerivative: Bool, dependencies: Set<String>, root: ExpressionNode) {
        self.text = text
        self.hasDerivative = hasDerivative
        self.dependencies = dependencies
        self.root = root
    }

    /// Value and first derivative at x, by dual numbers, in T's arithmetic.
    ///
    /// Never traps: NaN in gives NaN out, and out-of-domain arguments give what RealModule
    /// gives (`log(-1)` is NaN, `log(0)` is −∞). The derivative is NaN when
    /// ``hasDerivative`` is false.
    public func evaluate<T: ActivationFloat>(at x: T) -> (value: T, derivative: T) {
        let result = root.dual(at: .variable(x))
        return (result.value, hasDerivative ? result.derivative : .nan)
    }

    /// ``evaluate(at:)`` for a Double, through closures made from the tree for this call
    /// (``ExpressionNode/compiled()``): the same bits. Why: the generic tree walk reaches
    /// catalogue functions generically, unspecialised, at thousands of instructions a
    /// call; the closures call their Double entry points.
    public func evaluate(at x: Double) -> (value: Double, derivative: Double) {
        let result = root.compiled()(.variable(x))
        return (result.value, hasDerivative ? result.derivative : .nan)
    }

    /// A cycle in a graph of definitions (name → names its body calls), if there is one:
    /// `["g", "h", "g"]` when g calls h and h calls g, `["g", "g"]` when g calls itself.
    ///
    /// Names that are not keys (catalogue functions) end a path. The search is iterative
    /// and visits names in sorted order, so the answer is deterministic.
    public static func cycle(in definitions: [String: Set<String>]) -> [String]? {
        enum Mark { case onPath, done }
        var marks: [String: Mark] = [:]
        for start in definitions.keys.sorted() where marks[start] == nil {
            var path: [(name: String, next: [String], index: Int)] = [
                (start, definitions[start, default: []].sorted(), 0)
            ]
            marks[start] = .onPath
            while let top = path.last {
                guard top.index < top.next.count else {
                    marks[top.name] = .done
                    path.removeLast()
                    continue
                }
                let name = top.next[top.index]
                path[path.count - 1].index += 1
                guard let calls = definitions[name] else { continue }
                switch marks[name] {
                case .onPath:
                    let names = path.map(\.name)
                    let first = names.lastIndex(of: name) ?? 0
                    return Array(names[first...]) + [name]
                case .done:
                    continue
                case nil:
                    marks[name] = .onPath
                    path.append((name, calls.sorted(), 0))
                }
            }
        }
        return nil
    }
}
