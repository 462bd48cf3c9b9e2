import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects how a column's cells are cut and padded for decimal alignment.
@Suite struct DecimalColumnTests {
    /// Cells from the values a table shows, and words.
    static func column(_ cells: [Any]) -> DecimalColumn {
        DecimalColumn(
            cells.map { cell in
                if let value = cell as? Double { return .number(NumberText.significantParts(value, digits: 6)) }
                return .word(cell as? String ?? "")
            })
    }

    @Test(
        "A number's parts are what it shows: sign with the integer, point with the fraction, exponent in superscripts",
        arguments: [
            (0.0, DecimalColumn.Cell.number(integer: "0", fraction: "", exponent: "")),
            (-2, .number(integer: "−2", fraction: "", exponent: "")),
            (0.1192029220221176, .number(integer: "0", fraction: ".119203", exponent: "")),
            (-0.5, .number(integer: "−0", fraction: ".5", exponent: "")),
            (4.5397868702434395e-05, .number(integer: "4", fraction: ".53979", exponent: "⁻⁵")),
            (1e12, .number(integer: "1", fraction: "", exponent: "¹²")),
            (.infinity, .number(integer: "∞", fraction: "", exponent: "")),
            (-.infinity, .number(integer: "−∞", fraction: "", exponent: "")),
            (.nan, .word("NaN")),
        ])
    func cell(_ value: Double, expected: DecimalColumn.Cell) {
        #expect(DecimalColumn.cell(.number(NumberText.significantParts(value, digits: 6))) == expected)
    }

    @Test("The parts put back together are C's own %g, digit for digit (20,000 doubles from a fixed seed)")
    func partsAreCsPrintf() {
        var random = SeededGenerator(seed: 11)
        for index in 0..<20_000 {
            let value = Double(bitPattern: random.next())
            guard value.isFinite, value != 0 else { continue }
            let digits = 1 + index % 17
            let parts = NumberText.significantParts(value, digits: digits)
            guard case .finite(let decimal) = parts else {
                Issue.record("\(value) has no parts")
                continue
            }
            // C writes the exponent with a sign and at least two digits.
            let written = decimal.exponent.map { "e" + ($0 < 0 ? "-" : "+") + (abs($0) < 10 ? "0" : "") + String(abs($0)) } ?? ""
            let rebuilt = (decimal.isNegative ? "-" : "") + decimal.integer + parts.fraction + written
            #expect(rebuilt == String(format: "%.\(digits)g", value), "\(value) to \(digits) digits")
            #expect(parts.text == NumberText.significant(value, digits: digits))
        }
    }

    @Test("A column of plain numbers is padded with the point and zeros it lacks")
    func plainColumn() {
        let column = Self.column([0.0, -2.0, 0.5, 0.1192029220221176, "undefined", Double.infinity])
        #expect(
            column.html == [
                "0<span class=\"pad\" aria-hidden=\"true\" style=\"visibility:hidden\">.000000</span>",
                "−2<span class=\"pad\" aria-hidden=\"true\" style=\"visibility:hidden\">.000000</span>",
                "0.5<span class=\"pad\" aria-hidden=\"true\" style=\"visibility:hidden\">00000</span>",
                "0.119203",
                "undefined",
                "∞<span class=\"pad\" aria-hidden=\"true\" style=\"visibility:hidden\">.000000</span>",
            ])
    }

    @Test("Beside scientific cells, every number is padded to the longest exponent, sign included")
    func scientificColumn() {
        let column = Self.column([4.5397868702434395e-05, 1.2e12, 0.5, 7.0])
        let pad = { (text: String) in "<span class=\"pad\" aria-hidden=\"true\" style=\"visibility:hidden\">\(text)</span>" }
        #expect(
            column.html == [
                "4.53979 × 10⁻⁵" + pad("⁰"),
                "1.2 × 10¹²" + pad("0000⁻"),
                "0.5" + pad("0000 × 10⁻⁰⁰"),
                "7" + pad(".00000 × 10⁻⁰⁰"),
            ])
    }

    @Test("Columns without a fraction or an exponent get no padding at all")
    func nothingToPad() {
        #expect(Self.column([0.0, -1.0, 12.0]).html == ["0", "−1", "12"])
        #expect(Self.column(["undefined", Double.nan]).html == ["undefined", "NaN"])
        #expect(DecimalColumn([]).html == [])
    }
}
