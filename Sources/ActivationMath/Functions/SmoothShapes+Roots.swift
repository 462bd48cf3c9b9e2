import RealModule

/// Squareplus, a softplus made of a square root, catalogue name `squareplus(b=4)`.
///
/// Formula: f(x) = (x + √(x² + b)) / 2; f′(x) = (1 + x/√(x² + b)) / 2.
///
/// Edge cases: f(NaN) = NaN, f(+∞) = +∞, f(−∞) = 0, f′(+∞) = 1, f′(−∞) = 0, f(−0) = √b/2.
/// For x ≪ 0 the sum x + √(x² + b) cancels (squareplus(−1e8) would be 0); there the
/// conjugate forms f = b / (2(√(x² + b) − x)) and f′ = b / (2√(x² + b)(√(x² + b) − x))
/// are used, which have no subtraction. Beyond |x| = 1.3e154, where x² overflows,
/// √(x² + b) = |x| + b/(2|x|). b = 0 is relu, with relu′(0) = 0; b < 0 is outside the
/// domain (NaN where x² + b < 0).
///
/// ```swift
/// Squareplus().value(0.0)        // 1.0
/// Squareplus().value(-1e8)       // 1e-8, not 0
/// ```
///
/// See also: Barron (2021), https://arxiv.org/abs/2112.11687; Keras
/// `keras.activations.squareplus`.
public struct Squareplus: Activation, Equatable {
    /// b: the curvature at 0; f(0) = √b/2 (default 4).
    public let b: Double

    public init(b: Double = 4) {
        self.b = b
    }

    /// The parameters in catalogue order, with the paper's and Keras's default.
    public static let parameters = [
        ParameterSpec(name: "b", defaultValue: 4, summary: "Smoothness b under the root; squareplus(0) = √b/2")
    ]

    public var functionReference: FunctionReference {
        .canonical(name: "squareplus", parameters: Self.parameters, values: [b])
    }

    public var metadata: ActivationMetadata {
        let root = b == 0 ? "\\sqrt{x^2}" : "\\sqrt{x^2 + \(NumberText.tex(b))}"
        return ActivationMetadata(
            displayName: "Squareplus",
            symbolTeX: "\\operatorname{squareplus}",
            valueTeX: "\\frac{x + \(root)}{2}",
            derivativeTeX: "\\frac{1}{2}\\left(1 + \\frac{x}{\(root)}\\right)",
            range: b > 0 ? .open(0, .infinity) : .atLeast(0),
            kinks: b == 0 ? [0] : [],
            monotonicity: b > 0 ? .increasing : .nonDecreasing,
            smoothness: b > 0 ? .smooth : .continuous,
            isZeroCentred: false,
            saturation: .negativeOnly,
            pytorch: nil,
            keras: "keras.activations.squareplus",
            summary: "Squareplus (x + sqrt(x^2 + b))/2, a softplus without exponentials",
            introduced: "Barron, 2021"
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        SmoothShapes.evaluate(x, { Self.value($0, b) }, { Self.value($0, T(b)) })
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        SmoothShapes.evaluate(x, { Self.derivative($0, b) }, { Self.derivative($0, T(b)) })
    }

    typealias Word = DoubleWord

    /// √(x² + b) as a double word, for finite x.
    private static func root<T: ActivationFloat>(_ x: T, _ b: T) -> Word<T> {
        let square = Word.product(x, x)
        // Why: past |x| ≈ 1.3e154 the square overflows; there √(x² + b) = |x| + b/(2|x|)
        // to far below half an ulp.
        if !square.hi.isFinite { return Word(x.magnitude, b / (2 * x.magnitude)) }
        return (square + b).squareRootWord()
    }

    /// (s + |x|)/2 for the root word s: halves first (the sum overflows near the largest
    /// finite x), two positive terms added with one TwoSum, the low parts in `T`.
    @inline(__always)
    private static func halfSum<T: ActivationFloat>(_ s: Word<T>, _ x: T) -> Word<T> {
        let sum = Word.sum(s.hi * 0.5, x.magnitude / 2)
        return Word(sum.hi, sum.lo + s.lo * 0.5)
    }

    private static func value<T: ActivationFloat>(_ x: T, _ b: T) -> T {
        if x.isNaN { return x }
        if x.isInfinite { return x > 0 ? x : 0 }
        // b = 0 is relu; the root form would lose x once x² underflows.
        if b == 0 { return x > 0 ? x : 0 }
        let s = root(x, b)
        // Error bound: the root word is within 2^(−104) (``DoubleWord/squareRootWord()``),
        // the half-sum of positive terms within 2^(−104) more, and either form rounds once
        // (the quotient within 2^(−100) before it): far inside the 2^(−53) of 1 ulp.
        if x >= 0 { return halfSum(s, x).value }
        // Conjugate form: b / (2(s + |x|)) = (b/4) / ((s + |x|)/2), no subtraction.
        return Word.quotient(Word(b / 4), halfSum(s, x))
    }

    private static func derivative<T: ActivationFloat>(_ x: T, _ b: T) -> T {
        if x.isNaN { return x }
        if x.isInfinite { return x > 0 ? 1 : 0 }
        // b = 0 is relu, with relu's autograd derivative 0 at 0 (0/0 here otherwise).
        if b == 0 { return x > 0 ? 1 : 0 }
        let square = Word.product(x, x)
        if x >= 0 && square.hi < T(sign: .plus, exponent: 990, significand: 1) {
            // (1 + x/s)/2: the quotient word x/s within 2^(−100), added to 1 with one TwoSum
            // (both positive) and rounded once.
            let q = Word.quotientWord(Word(x), (square + b).squareRootWord())
            let sum = Word.sum(1, q.hi)
            return (sum.hi + (sum.lo + q.lo)) * 0.5
        }
        let s = root(x, b)
        if x >= 0 { return ((Word(x) / s + 1) * 0.5).value }
        if !square.hi.isFinite {
            // Why: s·(s + |x|) overflows here, and f′ = (b/4)·(1/|x|)² to far below an ulp.
            let r = Word(1) / Word(x.magnitude)
            return (r * r * (b / 4)).value
        }
        // 1 + x/s = (s − |x|)/s = b/(s(s + |x|)): the conjugate again, no subtraction.
        return Word.quotient(Word(b / 4), s * halfSum(s, x))
    }

    static let catalogEntry = CatalogEntry(
        name: "squareplus", aliases: [], parameters: Squareplus.parameters,
        summary: "Squareplus (x + sqrt(x^2 + b))/2, a softplus without exponentials (b, default 4)"
    ) { Squareplus(b: $0["b"]) }
}

/// The bent identity, catalogue name `bent_identity`.
///
/// Formula: f(x) = (√(x² + 1) − 1)/2 + x; f′(x) = x / (2√(x² + 1)) + 1.
///
/// Edge cases: f(NaN) = NaN, f(±∞) = ±∞, f′(−∞) = 1/2, f′(+∞) = 3/2, f(−0) = −0.
/// Near 0, √(x² + 1) − 1 cancels (f(1e−8) − 1e−8 would be 0); it is written
/// x² / (√(x² + 1) + 1) there. Past |x| = 1.3e154, where x² overflows, f = x + |x|/2 and
/// f′ = 1 ± 1/2 to far below an ulp.
///
/// ```swift
/// BentIdentity().value(1e-8)         // 1.000000005e-08
/// BentIdentity().derivative(-1e300)  // 0.5
/// ```
///
/// See also: ``Squareplus``.
public struct BentIdentity: Activation, Equatable {
    public init() {}

    public var functionReference: FunctionReference { FunctionReference(name: "bent_identity") }

    public var metadata: ActivationMetadata {
        ActivationMetadata(
            displayName: "Bent identity",
            symbolTeX: "\\operatorname{bent}",
            valueTeX: "\\frac{\\sqrt{x^2 + 1} - 1}{2} + x",
            derivativeTeX: "\\frac{x}{2\\sqrt{x^2 + 1}} + 1",
            range: .all,
            kinks: [],
            monotonicity: .increasing,
            smoothness: .smooth,
            // f(0) = 0 and f takes both signs, but slopes 1/2 and 3/2 make it lopsided,
            // like leaky_relu.
            isZeroCentred: false,
            saturation: .none,
            pytorch: nil,
            keras: nil,
            summary: "Bent identity x + (sqrt(x^2 + 1) - 1)/2, slopes 1/2 and 3/2 at the ends",
            introduced: nil
        )
    }

    public func value<T: ActivationFloat>(_ x: T) -> T {
        SmoothShapes.evaluate(x, { Self.value($0) }, { Self.value($0) })
    }

    public func derivative<T: ActivationFloat>(_ x: T) -> T {
        SmoothShapes.evaluate(x, { Self.derivative($0) }, { Self.derivative($0) })
    }

    typealias Word = DoubleWord

    private static func value<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN || x.isInfinite || x == 0 { return x }  // x == 0 keeps −0
        let square = Word.product(x, x)
        // x + |x|/2: 1.5x (which overflows correctly to ∞ near the top) or x/2 exactly.
        if !square.hi.isFinite { return x > 0 ? 1.5 * x : x / 2 }
        let s = (square + 1).squareRootWord()
        // Why two forms of g = (√(x² + 1) − 1)/2: below |x| = 1 the subtraction cancels,
        // so g = x²/(2(√(x² + 1) + 1)); above it, s − 1 ≥ 0.41 loses nothing. The root word
        // is within 2^(−104), each form within 2^(−100) as a double word.
        let g = x.magnitude <= 1 ? Word.quotientWord(square, (s + 1) * 2) : (s + -1) * 0.5
        // f = x + g with g ≤ |x|/2 for x < 0: |f| ≥ |x|/2, the sum is rounded once.
        return (g + x).value
    }

    private static func derivative<T: ActivationFloat>(_ x: T) -> T {
        if x.isNaN { return x }
        if x.isInfinite { return x > 0 ? 1.5 : 0.5 }
        let square = Word.product(x, x)
        if !square.hi.isFinite { return x > 0 ? 1.5 : 0.5 }
        if square.hi >= T(sign: .plus, exponent: 990, significand: 1) { return ((Word(x) / (square + 1).squareRoot()) * 0.5 + 1).value }
        // 1 + x/(2s): the quotient word within 2^(−100), |x/(2s)| < 1/2, so the sum with 1
        // (one TwoSum) loses nothing and rounds once.
        let q = Word.quotientWord(Word(x * 0.5), (square + 1).squareRootWord())
        let sum = Word.sum(1, q.hi)
        return sum.hi + (sum.lo + q.lo)
    }

    static let catalogEntry = CatalogEntry(
        name: "bent_identity", aliases: [], parameters: [],
        summary: "Bent identity x + (sqrt(x^2 + 1) - 1)/2, slopes 1/2 and 3/2 at the ends"
    ) { _ in BentIdentity() }
}
