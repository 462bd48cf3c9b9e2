import AtlasTestSupport
import AtlasText
import Testing

@testable import SVGPlot

/// Protects the exact text of numbers: path coordinates and human-read labels.
@Suite struct NumberFormatTests {
    @Test(
        arguments: [
            (12.34, "12.3"), (12.36, "12.4"), (640, "640"), (1.0, "1"), (0.05, "0.1"), (-0.06, "-0.1"),
            (-0.04, "0"), (-0.0, "0"), (0, "0"), (-12.5, "-12.5"), (0.25, "0.3"), (99.96, "100"),
        ] as [(Double, String)])
    func coordinatesRoundToTenths(value: Double, text: String) {
        #expect(NumberFormat.tenths(value) == text)
    }

    /// Tenths are written digit by digit; AtlasText's decimal layout is the reference.
    @Test func tenthsAreTheDecimalOfTheInteger() {
        var random = SeededGenerator(seed: 0x7E47)
        let integers =
            Array(-1_000...1_000) + [Int(1e13), -Int(1e13), 10, -10, 100, -100]
            + (0..<10_000).map { _ in Int.random(in: -Int(1e13)...Int(1e13), using: &random) }
        for integer in integers {
            let reference = DecimalNumber(significand: integer, exponent: -1).trimmed().text(.positional)
            #expect(NumberFormat.tenths(integer: integer) == reference, "\(integer) tenths")
        }
    }

    /// Protects where a found jump is placed: at the neighbour with the shorter decimal,
    /// counted as AtlasText's `shortestDecimal` writes it (`1e17`, not 18 digits).
    @Test(
        arguments: [
            (0.3, 3), (0.30000000000000004, 19), (1, 1), (1.0000000000000002, 18), (-2, 2), (-0.0, 2),
            (.leastNonzeroMagnitude, 6), (-.leastNonzeroMagnitude, 7), (1e-5, 4), (1e16, 4), (1e17, 4), (1e17 + 16, 21), (.infinity, 3),
            (.nan, 3),
        ] as [(Double, Int)])
    func roundTripLengthCountsTheCompactForm(value: Double, length: Int) {
        #expect(NumberFormat.roundTripLength(value) == length)
    }

    @Test func coordinatesAreNeverNonFinite() {
        #expect(NumberFormat.tenths(.nan) == "0")
        #expect(NumberFormat.tenths(.infinity) == "1000000000000")
        #expect(NumberFormat.tenths(-.infinity) == "-1000000000000")
        #expect(NumberFormat.tenths(1e300) == "1000000000000")
    }

    @Test(
        arguments: [
            (5, -1, "0.5"), (1, 0, "1"), (-2, 0, "\u{2212}2"), (25, -2, "0.25"), (0, -3, "0"), (20, -1, "2"),
            (-4, -3, "\u{2212}0.004"), (5, 3, "5000"), (-15, -1, "\u{2212}1.5"), (1, 25, "1e25"),
        ] as [(Int, Int, String)])
    func labelsAreMinimalWithTrueMinus(significand: Int, exponent: Int, text: String) {
        #expect(NumberFormat.decimal(significand: significand, exponent: exponent) == text)
    }

    @Test func scientificLabels() {
        #expect(NumberFormat.decimal(significand: 15, exponent: 11, scientific: true) == "1.5e12")
        #expect(NumberFormat.decimal(significand: -1, exponent: -7, scientific: true) == "\u{2212}1e\u{2212}7")
    }

    @Test(
        arguments: [
            (-0.0, "0"), (0.1, "0.1"), (1e-5, "0.00001"), (-2.0, "\u{2212}2"), (1e16, "10000000000000000"),
            (1.5e300, "1.5e300"), (-2.5e-30, "\u{2212}2.5e\u{2212}30"), (123.456, "123.456"),
        ] as [(Double, String)])
    func shortestRoundTripText(value: Double, text: String) {
        #expect(NumberFormat.shortest(value) == text)
    }

    @Test func labelsNeverSayMinusZero() {
        let labels = NiceTicks.makeTicks(in: -1...1, approximately: 4).map(\.label)
        #expect(labels == ["\u{2212}1", "\u{2212}0.5", "0", "0.5", "1"])
        #expect(!labels.contains { $0.contains("-") })
    }
}
