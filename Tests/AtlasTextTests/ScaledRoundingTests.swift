import AtlasTestSupport
import Foundation
import Testing

@testable import AtlasText

/// Protects ``ScaledRounding``, the floating-point shortcut to correctly rounded digits:
/// wherever it answers, its digits are ExactDecimal's, which works on the exact decimal
/// expansion with integers only (and is itself held to C's `printf` by
/// `PrintfAgreementTests`). The values are chosen where a shortcut goes wrong: true
/// ties, the doubles on either side of a tie, carries into a new digit, powers of ten.
@Suite struct ScaledRoundingTests {
    /// Doubles at and around `n.5 × 10^−k` with `n` of `d` digits: half-way points of
    /// rounding to `d` significant digits and to `k` decimals, each paired with the
    /// precision it is a near-tie for.
    static let nearTies: [(value: Double, digits: Int, decimals: Int)] = {
        var random = SeededGenerator(seed: 0x71E5)
        var cases: [(Double, Int, Int)] = []
        for _ in 0..<40_000 {
            let digits = Int.random(in: 1...14, using: &random)
            let low = Int64(pow(10, Double(digits - 1))), high = Int64(pow(10, Double(digits)))
            let decimals = Int.random(in: 0...20, using: &random)
            let tie = (Double(Int64.random(in: low..<high, using: &random)) + 0.5) / pow(10, Double(decimals))
            cases += [tie, tie.nextUp, tie.nextDown].map { ($0, digits, decimals) }
        }
        return cases
    }()

    /// Doubles of every kind, each taken at every precision in turn.
    static let values = TestDoubles.mixed(count: 60_000, seed: 0x5CA1ED) + TestDoubles.edges

    /// Every case (but zero): where the shortcut answers, its number is ExactDecimal's;
    /// and it answers for most of them, or it is no shortcut.
    private func expectAgreement(
        _ cases: [(value: Double, precision: Int)], _ label: String,
        fast: (Double, Int) -> DecimalNumber?, exact: (Double, Int) -> DecimalNumber
    ) {
        var answered = 0
        for (value, precision) in cases where value != 0 {
            guard let shortcut = fast(value, precision) else { continue }
            answered += 1
            #expect(shortcut == exact(value, precision), "\(value) to \(precision) \(label)")
        }
        #expect(answered > cases.count / 2)
    }

    @Test("Significant digits 1…14: the shortcut answers as ExactDecimal does, or not at all")
    func significant() {
        let cases = Self.nearTies.map { ($0.value, $0.digits) } + Self.values.enumerated().map { ($1, 1 + $0 % 14) }
        expectAgreement(
            cases, "digits", fast: { DecimalNumber.scaled($0, significantDigits: $1) },
            exact: { DecimalNumber.exact($0, significantDigits: $1) })
    }

    @Test("Fixed decimals 0…22: the shortcut answers as ExactDecimal does, or not at all")
    func decimals() {
        let cases = Self.nearTies.map { ($0.value, $0.decimals) } + Self.values.enumerated().map { ($1, $0 % 23) }
        expectAgreement(
            cases, "decimals", fast: { DecimalNumber.scaled($0, decimals: $1) },
            exact: { DecimalNumber.exact($0, decimals: $1) })
    }

    @Test("True ties go to even; the doubles beside them go their own way")
    func ties() {
        #expect(ScaledRounding.rounded(0.125, scale: 2) == 12)
        #expect(ScaledRounding.rounded(0.375, scale: 2) == 38)
        #expect(ScaledRounding.rounded(2.5, scale: 0) == 2)
        #expect(ScaledRounding.rounded(2.675, scale: 2) == 267)  // 2.67499999999999982236…
        #expect(ScaledRounding.rounded(1.005, scale: 2) == 100)  // 1.00499999999999989342…
        #expect(ScaledRounding.rounded(0.125.nextUp, scale: 2) == 13)
        #expect(ScaledRounding.rounded(1250, scale: -2) == 12)  // 12.5 by division, a tie
        #expect(ScaledRounding.rounded(1350, scale: -2) == 14)
        #expect(ScaledRounding.significant(9.9996, count: 4)! == (1000, -2))  // carried: 10.00
        #expect(ScaledRounding.significant(99_995, count: 4)! == (1000, 2))  // a tie, to even: 1.000e5
    }

    @Test("The first digit's place from the binary exponent: the integer estimate is ⌊e log₁₀ 2⌋ for every |e| ≤ 1100")
    func leadingDigitEstimate() {
        // The reference in floating point is exact here: e log₁₀ 2 stays 4 × 10⁻⁴ away from
        // every integer for these e, far beyond the product's error of about 10⁻¹³.
        for exponent in -1100...1100 {
            let reference = Int((Double(exponent) * log10(2.0)).rounded(.down))
            #expect(ScaledRounding.decimalPlace(ofBinaryExponent: exponent) == reference, "e = \(exponent)")
        }
    }

    @Test("Out of its range it declines instead of guessing")
    func declines() {
        #expect(ScaledRounding.rounded(1, scale: 23) == nil)
        #expect(ScaledRounding.rounded(0x1p50, scale: 0) == nil)
        #expect(ScaledRounding.rounded(1e-300, scale: 2) == nil)
        #expect(ScaledRounding.significant(1, count: 15) == nil)
        #expect(ScaledRounding.significant(.greatestFiniteMagnitude, count: 4) == nil)
    }
}
