import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects the value tables: decimal points aligned in every column whatever
/// mixes in it, and the numbers read and copied unchanged by the padding.
@Suite struct TableAlignmentTests {
    static func mixedTable() throws -> RenderedTable {
        let lesson = LessonPipeline.render(RenderedTable.mixedLesson)
        #expect(lesson.diagnostics.isEmpty)
        let table = try #require(RenderedTable.all(in: lesson.html).first)
        try #require(table.rows.count == 7 && table.rows.allSatisfy { $0.count == 9 })
        return table
    }

    @Test("In every column the cells take the same room right of their units digit")
    func columnsAlign() throws {
        let table = try Self.mixedTable()
        for index in 0..<9 {
            let column = table.column(index)
            let widths = column.compactMap(\.widthRightOfUnits)
            #expect(
                widths.count + column.filter { $0.visible == "undefined" }.count == column.count,
                "column \(index) has only numbers and 'undefined'")
            #expect(widths.allSatisfy { $0 == widths.first }, "column \(index): \(widths)")
        }
        // The fixture really mixes formats in one column (else the check above is idle).
        let sigmoid = table.column(1).map(\.visible)
        #expect(sigmoid.contains("4.53979 × 10⁻⁵") && sigmoid.contains("0.5") && sigmoid.contains("1"))
        let growth = table.column(7).map(\.visible)
        #expect(growth.contains("1.06865 × 10¹³") && growth.contains("2.06115 × 10⁻⁹") && growth.contains("1"))
        #expect(table.column(1).first?.widthRightOfUnits == [".": 1, "digit": 6, "× 10": 1, "⁻": 1, "superscript digit": 1])
        #expect(table.column(7).first?.widthRightOfUnits == [".": 1, "digit": 6, "× 10": 1, "⁻": 1, "superscript digit": 2])
        #expect(table.column(0).map(\.padded) == ["−20.0", "−10.0", "−1.0", "0.0", "0.5", "2.0", "30.0"])
    }

    @Test("Words are neither padded nor cut: 'undefined' stays one flush-right word")
    func words() throws {
        let table = try Self.mixedTable()
        let word = table.rows[3][6]
        #expect(word.visible == "undefined" && word.padded == "undefined" && word.pad.isEmpty)
    }

    @Test("Padding is hidden from eyes, screen readers and the clipboard, and is only digits, points and × 10")
    func padIsHidden() throws {
        let table = try Self.mixedTable()
        let cells = table.rows.flatMap { $0 }
        let attributes = cells.flatMap(\.padAttributes)
        #expect(!attributes.isEmpty)
        #expect(
            attributes.allSatisfy {
                $0["class"] == "pad" && $0["aria-hidden"] == "true" && $0["style"] == "visibility:hidden"
            })
        for cell in cells {
            #expect(cell.pad.allSatisfy { ".0⁰⁻ ×1".contains($0) }, "pad '\(cell.pad)'")
            // One pad, last: the visible number is never split by it.
            #expect(cell.padded == cell.visible + cell.pad)
        }
    }

    @Test("What is read and copied is mpmath's value to 6 significant digits")
    func visibleTextIsTheReferenceValue() throws {
        let table = try Self.mixedTable()
        let reference = Fixture.read(Fixture.root.appendingPathComponent("reference/mixed-formats.tsv"))
        let rows = reference.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        try #require(rows.count == table.rows.count)
        for (expected, row) in zip(rows, table.rows) {
            try #require(expected.count == row.count)
            let x = try #require(Double(expected[0]))
            #expect(row[0].visible == NumberText.argument(x))
            for (text, cell) in zip(expected.dropFirst(), row.dropFirst()) {
                let value = try #require(text == "undefined" ? .nan : Double(text), "'\(text)'")
                let shown = value.isNaN ? "undefined" : NumberText.significant(value, digits: 6)
                #expect(cell.visible == shown, "x = \(expected[0])")
            }
        }
        // By hand, from the same mpmath values: σ(−10) = 4.5397868702…e-5, e^30 = 1.0686474581…e13.
        #expect(table.rows[1][1].visible == "4.53979 × 10⁻⁵")
        #expect(table.rows[6][7].visible == "1.06865 × 10¹³")
        #expect(table.rows[6][2].visible == "9.35762 × 10⁻¹⁴")
    }
}
