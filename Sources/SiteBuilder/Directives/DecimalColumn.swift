import AtlasText
import LessonMarkdown

/// One table column of numbers as HTML, padded so that its decimal points line up.
///
/// Cells are right-aligned in tabular figures (see `table.values` in style.css). Each
/// cell is padded on the right with the characters it lacks, hidden, so that every cell
/// of the column has the same characters after its decimal point:
///
/// ```
/// 0.119203   →  0.119203
/// 0.5        →  0.5<span class="pad" aria-hidden="true" style="visibility:hidden">0000</span>
/// 0          →  0<span class="pad" aria-hidden="true" style="visibility:hidden">.000000</span>
/// ```
///
/// In a column holding scientific numbers the exponent is padded as well, so that the
/// mantissas' points align: `0.5` becomes `0.5` + pad `0000 × 10⁻⁰`. The pad always
/// comes last, one span per cell: `2.5 × 10⁻⁵` + pad `0000`, not `2.5` + pad `0000` +
/// ` × 10⁻⁵`, which would open a gap between a mantissa and its exponent. Only the width
/// right of the point counts, so a missing exponent sign is padded after the digits too
/// (`¹²` + pad `⁻` beside `⁻⁵`).
///
/// The pad takes room but is not seen, copied or read: it is `aria-hidden`, and hidden
/// by an inline `style="visibility:hidden"` as well as by `.pad` in style.css (which
/// adds `user-select: none`), so that a stylesheet replaced in `Templates/` cannot show
/// `0.5` as `0.500000`, nor `10⁻⁵` + pad `⁰` as `10⁻⁵⁰`. A cell still reads and copies
/// as `0.5`. Ten tabular digits are equally wide, and the pad repeats the very characters
/// of the visible cells (`.`, digits, ` × 10`, `⁻`); exponent digits are padded with `⁰`,
/// which lines up as long as the font draws its superscript digits equally wide (DejaVu
/// Sans does). A font that lacks `⁴`…`⁹` and borrows them from another may leave an
/// exponent cell off by a fraction of a digit; fractions are unaffected.
///
/// The numbers come in parts (`FormattedNumber`), so nothing here reads text back.
/// Edge cases: `∞` and `−∞` count as integers (`∞` stands where a units digit would).
/// A word, such as `undefined`, and `NaN` are not padded, so they sit flush right, ending
/// where the padded numbers end. A column of words only is left alone.
struct DecimalColumn {
    /// What a cell shows: a number, or a word in its place.
    enum Entry: Sendable, Hashable {
        case number(FormattedNumber)
        case word(String)
    }

    /// A cell cut where alignment needs it.
    enum Cell: Equatable {
        /// `integer` holds the sign (`−2`, `0`, `∞`); `fraction` is empty or starts with
        /// the point (`.119203`); `exponent` is empty or the superscript after ` × 10`
        /// (`⁻⁵`).
        case number(integer: String, fraction: String, exponent: String)
        case word(String)
    }

    let cells: [Cell]
    /// Characters after the integer part of the longest fraction, point included.
    let fractionWidth: Int
    /// Whether any cell is scientific, so that every number gets an exponent or its pad.
    let hasExponent: Bool
    let exponentHasMinus: Bool
    /// Superscript digits of the longest exponent.
    let exponentDigits: Int

    init(_ entries: [Entry]) {
        cells = entries.map(Self.cell)
        var fractionWidth = 0, exponentDigits = 0
        var hasExponent = false, exponentHasMinus = false
        for case .number(_, let fraction, let exponent) in cells {
            fractionWidth = max(fractionWidth, fraction.count)
            guard !exponent.isEmpty else { continue }
            hasExponent = true
            exponentHasMinus = exponentHasMinus || exponent.first == NumberText.superscriptMinus
            exponentDigits = max(exponentDigits, exponent.filter { $0 != NumberText.superscriptMinus }.count)
        }
        self.fractionWidth = fractionWidth
        self.hasExponent = hasExponent
        self.exponentHasMinus = exponentHasMinus
        self.exponentDigits = exponentDigits
    }

    /// The HTML of every cell, in order, without the `<td>` around it.
    var html: [String] { cells.map(html) }

    /// The parts a cell lines up: the sign goes with the integer, the exponent is written
    /// in superscripts; NaN is a word.
    static func cell(_ entry: Entry) -> Cell {
        switch entry {
        case .word(let word):
            return .word(word)
        case .number(let number):
            guard let integer = number.integer else { return .word(number.text) }
            return .number(integer: number.sign + integer, fraction: number.fraction, exponent: number.superscriptExponent)
        }
    }

    private func html(_ cell: Cell) -> String {
        switch cell {
        case .word(let word): MarkupText.escaped(word)
        case .number(let integer, let fraction, let exponent): html(integer: integer, fraction: fraction, exponent: exponent)
        }
    }

    private func html(integer: String, fraction: String, exponent: String) -> String {
        var fractionPad = String(repeating: "0", count: fractionWidth - fraction.count)
        if fraction.isEmpty && fractionWidth > 0 { fractionPad = "." + fractionPad.dropFirst() }
        guard hasExponent else { return MarkupText.escaped(integer + fraction) + Self.pad(fractionPad) }
        let sign = exponentHasMinus && exponent.first != NumberText.superscriptMinus ? String(NumberText.superscriptMinus) : ""
        let digits = exponent.filter { $0 != NumberText.superscriptMinus }.count
        let exponentPad = sign + String(repeating: NumberText.superscriptDigits[0], count: exponentDigits - digits)
        let visible = exponent.isEmpty ? integer + fraction : integer + fraction + NumberText.timesTen + exponent
        let missing = exponent.isEmpty ? NumberText.timesTen + exponentPad : exponentPad
        return MarkupText.escaped(visible) + Self.pad(fractionPad + missing)
    }

    /// Hidden characters that only take room; nothing for an empty pad.
    private static func pad(_ text: String) -> String {
        text.isEmpty ? "" : "<span class=\"pad\" aria-hidden=\"true\" style=\"visibility:hidden\">\(MarkupText.escaped(text))</span>"
    }
}
