import Testing

@testable import ActivationMath

/// Protects sinc's table-driven sine and cosine and the 1-ulp argument built on them
/// (SmoothShapes+TableTrigonometry.swift, SmoothShapes+Sinc.swift): the kernel's written
/// bound, and sinc and sinc′ within 1 ulp of a reference that uses neither the table nor
/// its reduction, on 40,000 spread points, 10,000 small ones, and points next to the zeros
/// of sin x, cos x and sinc′ (tan x = x) up to the table's limit.
///
/// The reference: ``SmoothShapes/Trigonometry/preciseSineAndCosine(_:)`` (Taylor series to
/// 2^(−100) after a three-part π/2 reduction), then the renormalising double-double `/`,
/// `*` and `-` on the textbook formulas; within 2^(−100)·(|x cos x| + |sin x|) of the
/// numerator, which the points keep below 2^(−60) of it.
@Suite("sinc's table-driven sine and cosine")
struct SincKernelTests {
    typealias Word = DoubleWord<Double>
    typealias Trig = SmoothShapes.Trigonometry

    /// The roots of tan x = x in (1, 130): Newton's method on sin x − x·cos x from
    /// (k + ½)π − 1/((k + ½)π), in Double (only centres the sample).
    static let tangentRoots: [Double] = (1...41).map { k in
        let centre = (Double(k) + 0.5) * Double.pi
        var x = centre - 1 / centre
        for _ in 0..<6 { x -= (Double.sin(x) - x * Double.cos(x)) / (x * Double.sin(x)) }
        return x
    }

    /// 40,000 points uniform in [−128, 128]; 10,000 log-uniform in magnitude over
    /// [2^(−12), 2] (sinc′'s series and its switch to the table at 1); then for every
    /// multiple of π/2 and every root of tan x = x up to 128, 200 points at distances
    /// 2^(−44) to 2^(−2) on both sides.
    static let points: [Double] = {
        var generator = SplitMix64(seed: 2026)
        var points = (0..<40_000).map { _ in -128 + 256 * generator.unit() }
        for index in 0..<10_000 {
            let x = Double(sign: .plus, exponent: -12 + Int(13 * generator.unit()), significand: 1 + generator.unit())
            points.append(index.isMultiple(of: 2) ? x : -x)
        }
        let centres = (1...81).map { Double($0) * Double.pi / 2 } + tangentRoots.filter { $0 < 128 }
        for centre in centres {
            for index in 0..<200 {
                let offset = Double(sign: .plus, exponent: -44 + Int(42 * generator.unit()), significand: 1 + generator.unit())
                let x = index.isMultiple(of: 2) ? centre + offset : centre - offset
                points.append(index % 4 < 2 ? x : -x)
            }
        }
        return points
    }()

    @Test("table: sin² + cos² = 1 to 2^−104 and the zeros are exact")
    func table() {
        for j in 0..<128 {
            let (s, c) = (Trig.sineTable[j], Trig.sineTable[(j + 32) & 127])
            let (sine, cosine) = (Word(s.hi, s.lo), Word(c.hi, c.lo))
            #expect(abs((sine * sine + cosine * cosine - Word(1)).value) < 0x1p-104, "entry \(j)")
        }
        #expect(Trig.sineTable[0] == (0, 0) && Trig.sineTable[64] == (0, 0))
    }

    @Test("sin x and cos x within 2^−59.3 relative, and 2^−60.8 of their scales, of the 2^−100 series")
    func kernelBound() {
        var worst = (relative: 0.0, scaled: 0.0)
        for x in Self.points + [0x1p-30, -0x1p-1000, 0.02, 128, -128] {
            let (sine, cosine, sineScale, cosineScale) = Trig.tableSineAndCosine(x)
            let reference = Trig.preciseSineAndCosine(x)
            let (sineError, cosineError) = (abs((sine - reference.sin).value), abs((cosine - reference.cos).value))
            worst.relative = max(worst.relative, sineError / abs(reference.sin.value), cosineError / abs(reference.cos.value))
            worst.scaled = max(worst.scaled, sineError / sineScale, cosineError / cosineScale)
        }
        print(
            "worst error of the table-driven sine and cosine / 2^−60: relative \(worst.relative * 0x1p60), of the scale \(worst.scaled * 0x1p60)"
        )
        #expect(worst.relative < 0x1.9fp-60)  // 2^−59.3
        #expect(worst.scaled < 0x1.24p-61)  // 2^−60.8
    }

    @Test("sinc and sinc′ within 1 ulp of the 2^−100 reference")
    func sinc() throws {
        expectWithinOneUlp("sinc", try activation("sinc"), at: Self.points.filter { $0.magnitude > 0x1p-12 }) { x in
            let (sine, cosine) = Trig.preciseSineAndCosine(x)
            return ((sine / Word(x)).value, ((cosine * x - sine) / Word.product(x, x)).value)
        }
    }
}
