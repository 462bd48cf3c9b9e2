import AtlasDiagnostics
import AtlasTestSupport
import Testing
import Yams

@testable import LessonMarkdown

/// `YAMLPlainScalar` against the reference it replaces: Yams' default resolver, whose ICU
/// regular expressions type a plain scalar. Texts are made of the expressions' own pieces
/// (digits either side of each limit, signs, separators, the words), so that every
/// alternative is met near its edges, not only at the easy cases.
struct YAMLPlainScalarTests {
    /// The resolver's answer, the kinds named as `YAMLPlainScalar` names them.
    private static func reference(_ text: String) -> YAMLPlainScalar.Kind {
        switch Resolver.default.resolveTag(of: Node(text)) {
        case .bool: .bool
        case .int: .int
        case .float: .float
        case .merge: .merge
        case .null: .null
        case .timestamp: .timestamp
        case .value: .value
        default: .str
        }
    }

    private static let pieces = [
        "0", "1", "5", "6", "7", "8", "9", "00", "12", "59", "60", "2024", "_", ":", ".", "-", "+", "e", "E", "b", "o",
        "x", "a", "F", "g", "inf", "Inf", "INF", "nan", "NaN", "NAN", "T", "t", "Z", " ", "\t", "~", "null", "Null",
        "NULL", "true", "yes", "No", "ON", "off", "OFF", "<", "<<", "=", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}",
        "\u{85}", "\u{2028}", "\u{2029}", "é", "２",
    ]

    @Test("Texts near every expression's edges are typed as Yams types them")
    func generatedTexts() {
        var generator = SeededGenerator(seed: 0x59A_4D1)
        var disagreements: [String] = []
        for _ in 0..<40_000 {
            let count = Int(generator.next() % 9)
            let text = (0..<count).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
            if YAMLPlainScalar.kind(of: text) != Self.reference(text) { disagreements.append(text) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10).map { $0.debugDescription })")
    }

    @Test(
        "Each alternative of each expression, and texts just outside it",
        arguments: [
            // bool, null, merge, value
            "yes", "Yes", "YES", "yEs", "true", "TRUE", "tRue", "off", "OFF", "oFF", "y", "n", "~", "null", "nULL", "",
            "<<", "<<<", "=", "==",
            // int: binary, octal, decimal, hexadecimal, base 60
            "0b1_0", "-0b", "+0b2", "0o17", "017", "0o", "0o8", "-0", "+12_3", "012", "0x1F", "0xg", "-0x_", "1:30",
            "1:60", "1:5", "1:05:59", "0:30", "190:20:30", "1:", "1:123",
            // float
            "1.5", "1.", "-1.5e3", "1e5", "1E+5", "1e", ".5", ".5e3", ".5e+3", "-.5", "._", "1:30.5", "1:30", "+.inf",
            "-.Inf", ".INF", ".nan", "-.nan", ".NaN", ".Nan", "1_000.000_1", "6.02e23",
            // timestamp
            "2001-12-14", "2001-12-4", "2001-1-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2001-12-14T21:59:43Z",
            "2001-12-14 21:59:43 Z", "2001-12-14\t\t1:59:43", "2001-12-14T21:59:43 ", "2001-12-14T21:59:43+1:", "2001-12-14T21:59",
            "20011-12-14", "2001-123-14T21:59:43",
            // ICU's `$` before a final line terminator
            "true\n", "12\r\n", "1.5\u{2028}", "null\u{85}", "true\u{0B}", "~\u{0C}", "true\n\n", "true\n\r", "\n",
        ])
    func alternatives(_ text: String) {
        #expect(YAMLPlainScalar.kind(of: text) == Self.reference(text))
    }

    @Test(
        "Front matter reads the same with and without Yams' resolver",
        arguments: [
            "title: Sigmoid\norder: 3\ndraft: yes\n",
            "title: 'true'\nsummary: \"12\"\norder: 1_000\nweight: 1.5e3\ndate: 2024-01-02\nnothing: ~\nempty:\n",
            "tags: [relu, 12, true, null, 'x']\nnested: [[1]]\n",
            "title: |\n  12\norder: >\n  3\n",
            "1: one\n'1': quoted one\n",
            "a: 1\na: 2\n",
            // A tag: read by Yams' resolver on both sides; typed here, `yes` would be a bool.
            "draft: !!str yes\n",
            "<<: {a: 1}\n=: x\n",
            "title: [unclosed\n",
        ])
    func frontMatterAgrees(_ yaml: String) {
        let typed = YAMLFields.read(yaml, firstLine: 2, name: "front matter", kind: .frontMatter)
        let resolved = YAMLFields.read(yaml, firstLine: 2, name: "front matter", kind: .frontMatter, typingPlainScalars: false)
        #expect(typed.fields == resolved.fields)
        #expect(typed.diagnostics == resolved.diagnostics)
    }

    @Test("An explicit tag decides the type, as YAML 1.1 says: '!!str yes' is the text 'yes', not true")
    func explicitTagWins() {
        let read = YAMLFields.read("draft: !!str yes\nsummary: yes\n", firstLine: 2, name: "front matter", kind: .frontMatter)
        #expect(read.diagnostics.isEmpty)
        #expect(read.fields.map(\.value) == [.text("yes"), .boolean(true)])
    }
}
