import Testing

@testable import SiteBuilder

/// Protects how a column's cells are cut and padded for decimal alignment.
@Suite struct DecimalColumnTests {
    @Test(
        "Cells are cut into integer, fraction and exponent; anything else is a word",
        arguments: [
            ("0", DecimalColumn.Cell.number(integer: "0", fraction: "", exponent: "")),
            ("−2", .number(integer: "−2", fraction: "", exponent: "")),
            ("0.119203", .number(integer: "0", fraction: ".119203", exponent: "")),
            ("−0.5", .number(integer: "−0", fraction: ".5", exponent: "")),
            ("4.53979 × 10⁻⁵", .number(integer: "4", fraction: ".53979", exponent: "⁻⁵")),
            ("1 × 10¹²", .number(integer: "1", fraction: "", exponent: "¹²")),
            ("∞", .number(integer: "∞", fraction: "", exponent: "")),
            ("−∞", .number(integer: "−∞", fraction: "", exponent: "")),
            ("undefined", .word("undefined")),
            ("NaN", .word("NaN")),
            ("1.", .word("1.")),
            (".5", .word(".5")),
            ("1 × 10", .word("1 × 10")),
            ("1 × 10e5", .word("1 × 10e5")),
            ("∞.5", .word("∞.5")),
            ("", .word("")),
        ])
    func parse(_ text: String, expected: DecimalColumn.Cell) {
        #expect(DecimalColumn.parse(text) == expected)
    }

    @Test("A column of plain numbers is padded with the point and zeros it lacks")
    func plainColumn() {
        let column = DecimalColumn(["0", "−2", "0.5", "0.119203", "undefined", "∞"])
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
        let column = DecimalColumn(["4.53979 × 10⁻⁵", "1.2 × 10¹²", "0.5", "7"])
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
        #expect(DecimalColumn(["0", "−1", "12"]).html == ["0", "−1", "12"])
        #expect(DecimalColumn(["undefined", "NaN"]).html == ["undefined", "NaN"])
        #expect(DecimalColumn([]).html == [])
    }
}
