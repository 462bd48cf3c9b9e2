import Foundation
import Testing

@testable import ActivationMath

/// Protects the fast formulas of issue 12 (one rounded quotient, rounded terms where the
/// written bounds allow them) between the committed vectors: 40,000 Doubles per function,
/// log-uniform in magnitude, each within 1 ulp of a reference that uses none of them.
///
/// The references take the slow, 2^(−100) road: e^y from ``Exponential/accurate(_:_:)``
/// (Taylor series in double-double), the renormalising double-double `/`, `*`, `+` and
/// `squareRoot()`, and the textbook formula of each function, so they are within about
/// 2^(−95) of the exact value on the ranges below and round to the correctly rounded
/// result except next to a midpoint (a chance of about 2^(−40) per point).
@Suite("Fast paths against 2^−100 references")
struct FastPathTests {
    typealias Word = DoubleWord<Double>

    /// `count` arguments of magnitude 2^low to 2^high, log-uniform, both signs, fixed seed.
    static func arguments(_ count: Int = 40_000, low: Double, high: Double, seed: UInt64) -> [Double] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { index in
            let magnitude = Double(sign: .plus, exponent: 0, significand: 1) * pow2(low + (high - low) * generator.unit())
            return index.isMultiple(of: 2) ? magnitude : -magnitude
        }
    }

    /// e^y to 2^(−100), for |y| ≤ 700.
    static func e(_ y: Double) -> Word {
        let (m, k) = Exponential.accurate(y)
        return Exponential.times(m, powerOfTwo: k)
    }

    /// σ(x) to about 2^(−100): 1/(1 + e^(−x)), or e^x/(1 + e^x) below 0.
    static func sigmoid(_ x: Double) -> Word {
        x >= 0 ? Word(1) / (e(-x) + 1) : e(x) / (e(x) + 1)
    }

    /// tanh x = (1 − e)/(1 + e), e = e^(−2|x|), odd; for |x| ≥ 2^(−20), where 1 − e keeps
    /// 2^(−80) of its relative accuracy.
    static func tanh(_ x: Double) -> Word {
        let e = e(-2 * x.magnitude)
        let t = (Word(1) - e) / (e + 1)
        return x < 0 ? -t : t
    }

    /// ln(1 + e) for 0 ≤ e ≤ 1: libm's log1p, then one Newton step on (1 + e)·e^(−L) = 1
    /// with the 2^(−100) exponential, which squares its 2^(−52) error.
    static func logOnePlus(_ e: Word) -> Word {
        let first = Foundation.log1p(e.hi)
        return (e + 1) * Self.e(-first) + -1 + first
    }

    /// softplus(x) = max(x, 0) + ln(1 + e^(−|x|)).
    static func softplus(_ x: Double) -> Word {
        logOnePlus(e(-x.magnitude)) + max(x, 0)
    }

    /// A function, the range of |x| (powers of 2) and its references.
    struct Case: Sendable {
        var name: String
        var low: Double
        var high: Double
        var value: @Sendable (Double) -> Word
        var slope: @Sendable (Double) -> Word

        init(
            _ name: String, _ low: Double, _ high: Double, _ value: @escaping @Sendable (Double) -> Word,
            _ slope: @escaping @Sendable (Double) -> Word
        ) {
            (self.name, self.low, self.high, self.value, self.slope) = (name, low, high, value, slope)
        }
    }

    static let cases: [Case] = [
        Case(
            "sigmoid", -20, 9,
            { sigmoid($0) },
            { x in
                let e = e(-x.magnitude)
                return e / ((e + 1) * (e + 1))
            }
        ),
        Case(
            "tanh", -20, 4.4,
            { tanh($0) },
            { x in
                let e = e(-2 * x.magnitude)
                return e * 4 / ((e + 1) * (e + 1))
            }
        ),
        Case(
            "silu", -20, 9,
            { x in sigmoid(x) * x },
            { x in
                let s = sigmoid(x)
                return s + s * (Word(1) - s) * x
            }
        ),
        Case(
            "tanhshrink", -6, 4.4,
            { x in Word(x) - tanh(x) },
            { x in tanh(x) * tanh(x) }
        ),
        Case(
            "mish", -20, 7,  // (1 + e^x)⁴ stays finite
            { x in
                let E = e(x)
                let n = E * (E + 2)
                return n * x / (n + 2)
            },
            { x in
                let E = e(x)
                let a = E + 1
                let s = a * a + 1
                return E * ((E + 2) * s + a * x * 4) / (s * s)
            }
        ),
        Case("softplus", -20, 9, { softplus($0) }, { sigmoid($0) }),
        Case("log_sigmoid", -20, 9, { -softplus(-$0) }, { sigmoid(-$0) }),
        Case(
            "isru", -20, 20,
            { x in Word(x) / (Word.product(x, x) + 1).squareRoot() },
            { x in
                let a = Word.product(x, x) + 1
                return Word(1) / (a * a.squareRoot())
            }
        ),
        Case(
            "squareplus", -20, 20,
            { x in
                let s = (Word.product(x, x) + 4).squareRoot()
                return x >= 0 ? (s + x) * 0.5 : Word(1) / ((s - Word(x)) * 0.5)  // 4/(2(s − x))
            },
            { x in
                let s = (Word.product(x, x) + 4).squareRoot()
                return x >= 0 ? (Word(x) / s + 1) * 0.5 : Word(2) / (s * (s - Word(x)))
            }
        ),
        Case(
            "bent_identity", -20, 20,
            { x in
                let s = (Word.product(x, x) + 1).squareRoot()
                let g = x.magnitude <= 1 ? Word.product(x, x) / ((s + 1) * 2) : (s - Word(1)) * 0.5
                return g + x
            },
            { x in Word(x) / (Word.product(x, x) + 1).squareRoot() * 0.5 + 1 }
        ),
    ]

    /// mish′ from x = 3 on and up to x = −4 computes its small terms in Double
    /// (`farPositiveSlope`, `farNegativeSlope`), whose written bounds put each result within
    /// 0.27·2^(−53) of the exact value before its one rounding: within half an ulp of the
    /// exact value's binade plus that much. The 1-ulp test below would not notice such a
    /// bound lost. 20,000 points against the 2^(−100) reference, most of them next to 3 and
    /// −4, where the bounds are widest, the rest log-uniform out to ±128.
    @Test("mish′ far from 0 within its written bound of the reference")
    func mishSlopeFarFromZero() throws {
        let mish = try activation("mish")
        let reference = try #require(Self.cases.first { $0.name == "mish" }).slope
        var generator = SplitMix64(seed: 12)
        var xs: [Double] = []
        for _ in 0..<5_000 {
            xs.append(3 + 3 * generator.unit())
            xs.append(-4 - 4 * generator.unit())
            xs.append(pow2(1.58 + 5.42 * generator.unit()))  // 3 to 128
            xs.append(-pow2(2 + 5 * generator.unit()))  // −4 to −128
        }
        var worst = 0.0
        for x in xs {
            let result = mish.derivative(at: x)
            let exact = reference(x)
            let error = ((exact.hi - result) + exact.lo).magnitude
            // Half an ulp of the binade the exact value lies in, not of its rounding, which
            // may be the next power of two.
            var binade = exact.hi.magnitude.binade
            if exact.hi.magnitude == binade, exact.lo != 0, exact.lo.sign != exact.hi.sign { binade /= 2 }
            let allowed = binade.ulp / 2 + 0.27 * 0x1p-53 * exact.hi.magnitude
            worst = max(worst, error / allowed)
        }
        #expect(worst <= 1, "worst \(worst) of the bound")
    }

    @Test("Double within 1 ulp of the reference", arguments: cases.indices)
    func double(index: Int) throws {
        let (name, low, high, value, slope) = (
            Self.cases[index].name, Self.cases[index].low, Self.cases[index].high, Self.cases[index].value, Self.cases[index].slope
        )
        expectWithinOneUlp(name, try activation(name), at: Self.arguments(low: low, high: high, seed: UInt64(index + 1))) { x in
            (value(x).value, slope(x).value)
        }
    }
}
