import ActivationMath
import AtlasText
import LessonMarkdown

/// The footnotes of one value table: one for each f′ cell where the derivative does not
/// exist, at a kink of f (the table shows the value PyTorch's autograd uses, DESIGN §6)
/// or at a jump (the table shows `undefined`, or autograd's value where it has one).
///
/// Notes are numbered 1, 2, … in reading order of their cells (row by row, left to
/// right), and their ids carry the table's: note 2 of the third table of a lesson is
/// `table-3-note-2`. The cell links to its note with a marker,
///
/// ```
/// <sup class="note-ref"><a href="#table-3-note-2" aria-label="Note 2">2</a></sup>
/// ```
///
/// and the notes follow the table as `<p class="table-note" id="table-3-note-2">`.
/// An x listed twice shares its note; a function with both a kink and a jump at one x
/// (none in the catalogue) would get two markers.
struct TableNotes {
    /// The f′ cell of function `function` (index in the directive) at `x`.
    private struct Cell: Hashable {
        var function: Int
        var x: Double
    }

    /// Each note's text, unescaped; note k is `texts[k - 1]`.
    private(set) var texts: [String] = []
    private var numbers: [Cell: [Int]] = [:]
    let tableID: String
    let words: SiteStrings

    /// - Parameters:
    ///   - tableID: the id of the table's figure, `table-N`.
    ///   - xs: the rows, in order.
    ///   - words: the site's words, for the notes and their markers' labels.
    init(tableID: String, xs: [Double], functions: [any Activation], words: SiteStrings = .english) {
        self.tableID = tableID
        self.words = words
        for x in xs {
            for (index, function) in functions.enumerated() {
                let cell = Cell(function: index, x: x)
                guard numbers[cell] == nil else { continue }
                let metadata = function.metadata
                var texts: [String] = []
                if metadata.kinks.contains(x) { texts.append(Self.kinkText(function, at: x, words: words)) }
                if metadata.jumps.contains(x) { texts.append(Self.jumpText(function, at: x, words: words)) }
                guard !texts.isEmpty else { continue }
                numbers[cell] = texts.indices.map { self.texts.count + 1 + $0 }
                self.texts += texts
            }
        }
    }

    /// The id of note `number` (1-based): `table-N-note-K`.
    func id(_ number: Int) -> String { "\(tableID)-note-\(number)" }

    /// Markers for the f′ cell of `function` (index in the directive) at `x`; empty when
    /// the derivative there needs no note.
    func markers(function: Int, x: Double) -> String {
        (numbers[Cell(function: function, x: x)] ?? []).map { number in
            "<sup class=\"note-ref\"><a href=\"#\(id(number))\" aria-label=\""
                + MarkupText.escaped(words.fill(.noteLabel, ["number": String(number)])) + "\">\(number)</a></sup>"
        }.joined()
    }

    /// The notes as paragraphs, one a line, each starting with its number.
    var html: String {
        texts.enumerated().map { offset, text in
            "<p class=\"table-note\" id=\"\(id(offset + 1))\"><sup>\(offset + 1)</sup> \(MarkupText.escaped(text))</p>\n"
        }.joined()
    }

    /// f′ does not exist at a kink; the table shows autograd's one-sided choice.
    private static func kinkText(_ function: any Activation, at kink: Double, words: SiteStrings) -> String {
        let reference = function.functionReference
        let arguments = reference.argumentText.map { "\(NumberText.argument(kink)); \($0)" } ?? NumberText.argument(kink)
        return words.fill(
            .kinkNote,
            [
                "x": NumberText.argument(kink), "function": function.reference,
                "derivative": "\(reference.name)′(\(arguments))",
                "value": NumberText.significant(function.derivative(kink), digits: 6),
            ])
    }

    /// f′ does not exist at a jump; NaN from `derivative` means the table says `undefined`.
    private static func jumpText(_ function: any Activation, at jump: Double, words: SiteStrings) -> String {
        let slope = function.derivative(jump)
        return words.fill(
            slope.isNaN ? .jumpNoteUndefined : .jumpNoteValue,
            [
                "x": NumberText.argument(jump), "function": function.reference,
                "value": NumberText.significant(slope, digits: 6),
            ])
    }
}
