import Testing

@testable import ActivationMath

/// Protects the fast kernels' tables and the error bounds their doc comments promise, on
/// which every smooth gate's 1-ulp argument rests (Exponential.swift, Logarithm.swift).
@Suite("Exponential and logarithm kernels")
struct KernelTests {
    /// 20,000 arguments log-uniform in magnitude over [2^−30, 675], both signs, fixed seed.
    static let arguments: [Double] = {
        var generator = SplitMix64(seed: 12)
        return (0..<20_000).map { index in
            let magnitude = pow2(-30 + 39.4 * generator.unit())
            return index.isMultiple(of: 2) ? magnitude : -magnitude
        }
    }()

    @Test("2^(j/32) table: the 32nd power of each entry is 2^j to 2^−97")
    func exponentialTable() {
        for (j, entry) in Exponential.twoToTheJOver32.enumerated() {
            var power = DoubleWord(entry.hi, entry.lo)
            for _ in 0..<5 { power = power * power }  // 5 squarings: error 32δ + 2^−99
            let error = (power - DoubleWord(Double(sign: .plus, exponent: j, significand: 1))).value
            #expect(abs(error) < 0x1p-97 * pow2(Double(j)), "entry \(j)")
        }
    }

    @Test("ln table: inverse is 1/c rounded and e^(log)·inverse = 1 to 2^−95")
    func logarithmTable() {
        for (j, entry) in Logarithm.table.enumerated() {
            #expect(entry.inverse == 1 / (1 + (Double(j) + 0.5) / 64), "entry \(j)")
            let (m, k) = Exponential.accurate(entry.logHi, entry.logLo)
            let product = m * entry.inverse * Double(sign: .plus, exponent: k, significand: 1)
            #expect(abs((product - DoubleWord(1)).value) < 0x1p-95, "entry \(j)")
        }
    }

    @Test("e^y within 0.042·2^−53 and e^y − 1 within 0.07·2^−53 (precise: 2^−65) of a 2^−100 reference")
    func exponentialBounds() {
        var worst = (exp: 0.0, expm1: 0.0, precise: 0.0)
        for y in Self.arguments {
            let reference = Exponential.accurate(y)
            let (m, k) = Exponential.scaled(y)
            #expect(k == reference.k)
            worst.exp = max(worst.exp, relativeError(m, reference.m))
            if y > -40 {
                let exact = Exponential.times(reference.m, powerOfTwo: reference.k) - DoubleWord(1)
                worst.expm1 = max(worst.expm1, relativeError(Exponential.expMinusOne(y), exact))
                worst.precise = max(worst.precise, relativeError(Exponential.preciseExpMinusOne(y), exact))
            }
        }
        print(
            "worst relative error / 2^−53: exp \(worst.exp / 0x1p-53), expm1 \(worst.expm1 / 0x1p-53), precise \(worst.precise / 0x1p-53)")
        #expect(worst.exp < 0.042 * 0x1p-53)
        #expect(worst.expm1 < 0.07 * 0x1p-53)
        #expect(worst.precise < 0x1p-65)
    }

    @Test("ln(1 + e) within 0.03·2^−53: e^(ln(1 + e)) = 1 + e")
    func logarithmBound() {
        var worst = 0.0
        for y in Self.arguments where y < 0 {
            let e = Exponential.exp(y)
            let log = Logarithm.logOnePlus(e)
            // e^(L + δ) = (1 + e)(1 + δ): the relative error of 1 + e is δ, relative to L.
            let (m, k) = Exponential.accurate(log.hi, log.lo)
            let difference = (Exponential.times(m, powerOfTwo: k) - (DoubleWord(1) + e)).value
            worst = max(worst, abs(difference) / ((1 + e.hi) * log.hi))
        }
        print("worst relative error of ln(1 + e) / 2^−53: \(worst / 0x1p-53)")
        #expect(worst < 0.03 * 0x1p-53)
    }

    private func relativeError(_ a: DoubleWord<Double>, _ b: DoubleWord<Double>) -> Double {
        abs((a - b).value) / abs(b.value)
    }
}

/// 2^y for real y, without Foundation (the tests' own, not the kernel under test): it
/// only spreads sample points over magnitudes.
func pow2(_ y: Double) -> Double {
    let whole = y.rounded(.down)
    var fraction = 1.0
    var term = 1.0
    let t = (y - whole) * 0.6931471805599453
    for n in 1...25 {
        term *= t / Double(n)
        fraction += term
    }
    return Double(sign: .plus, exponent: Int(whole), significand: fraction)
}

/// A small deterministic generator (SplitMix64), so the sample is the same on every run.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
