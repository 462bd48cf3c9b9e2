import AtlasTestSupport
import Testing

@testable import AtlasText

/// Protects ``TextBuffer``: what it writes in place is what the String writers give for
/// the same text, escapes and numbers, so a writer can move to it without a byte changing.
@Suite struct TextBufferTests {
    @Test("appendEscaped writes MarkupText.escaped's text, for plain ASCII and for every awkward character")
    func escaping() {
        var random = SeededGenerator(seed: 0xE5CA)
        let awkward: [Unicode.Scalar] = [
            "&", "<", ">", "\"", "'", "\u{0}", "\u{7}", "\t", "\n", "\r", "\u{7F}", "\u{85}", "\u{FFFE}", "é", "😀",
        ]
        var strings = ["", "plain words", "x < 1 & y > 2", "relu'", "a\u{7}b"]
        for _ in 0..<3_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...10, using: &random) {
                if Bool.random(using: &random) {
                    scalars.append(awkward[Int.random(in: 0..<awkward.count, using: &random)])
                } else {
                    scalars.append(Unicode.Scalar(UInt8.random(in: 0..<0x80, using: &random)))
                }
            }
            strings.append(String(scalars))
        }
        for string in strings {
            var buffer = TextBuffer()
            buffer.append("[")
            buffer.appendEscaped(string)
            buffer.append("]")
            #expect(buffer.text == "[" + MarkupText.escaped(string) + "]", "\(string.unicodeScalars.map(\.value))")
        }
    }

    @Test("Literal text: escapes, numbers in both notations, integers")
    func literals() {
        var buffer = TextBuffer()
        buffer.appendEscaped("a<b & \"c\"\u{7}")
        buffer.append(ascii: " ")
        buffer.append(DecimalNumber(significand: -25, exponent: -3), .positional)
        buffer.append(ascii: " ")
        buffer.append(DecimalNumber(significand: 454, exponent: -7), .scientific, minus: "\u{2212}", exponentStyle: .printf)
        buffer.append(ascii: " ")
        buffer.append(integer: -640)
        buffer.append(" é")
        #expect(buffer.text == "a&lt;b &amp; &quot;c&quot;\u{FFFD} -0.025 4.54e\u{2212}05 -640 é")
    }

    @Test("Numbers and integers are written as their String writers write them")
    func numbers() {
        var random = SeededGenerator(seed: 0x2B)
        for _ in 0..<5_000 {
            let value = Double(bitPattern: random.next())
            guard value.isFinite, let number = DecimalNumber(value, significantDigits: 1 + Int(random.next() % 17)) else { continue }
            for notation in [DecimalNumber.Notation.positional, .scientific] {
                var buffer = TextBuffer()
                buffer.append(number, notation, minus: "\u{2212}", exponentStyle: .printf)
                #expect(buffer.text == number.text(notation, minus: "\u{2212}", exponentStyle: .printf))
            }
            let integer = Int(bitPattern: UInt(random.next()))
            var buffer = TextBuffer()
            buffer.append(integer: integer)
            #expect(buffer.text == String(integer))
        }
        var extremes = TextBuffer()
        extremes.append(integer: .min)
        extremes.append(ascii: " ")
        extremes.append(integer: 0)
        #expect(extremes.text == "\(Int.min) 0")
    }

    @Test("Digits with a point among them: String's digits with the point put in, up to UInt.max's 20")
    func digitsWithAPoint() {
        let values: [UInt] = [0, 9, 10, 99, 100, 12_345, UInt(Int.max) + 1, .max - 1, .max]
        for value in values {
            let digits = String(value)
            for pointAfter in [Int.min, -1, 0, 1, 2, digits.count - 1, digits.count, digits.count + 1, 25] {
                var buffer = TextBuffer()
                let count = buffer.appendDigits(of: value, pointAfter: pointAfter)
                let expected =
                    pointAfter > 0 && pointAfter < digits.count
                    ? digits.prefix(pointAfter) + "." + digits.dropFirst(pointAfter) : Substring(digits)
                #expect(buffer.text == expected, "\(value), point after \(pointAfter)")
                #expect(count == digits.count)
            }
            var plain = TextBuffer()
            plain.appendDigits(of: value)
            #expect(plain.text == digits)
        }
    }
}

/// Protects ``TextBuffer/appendGeneral(_:significantDigits:)``, C's `%.*g` written
/// straight from the rounded integer: digit for digit glibc's `snprintf`.
@Suite struct GeneralWriterTests {
    @Test("%.*g as snprintf writes it: edges at every precision 1…17, seeded doubles, ties, page-sized values")
    func printfAgreement() {
        var random = SeededGenerator(seed: 0x9E11)
        var cases = TestDoubles.edges.flatMap { value in (1...17).map { (value, $0) } }
        var values = TestDoubles.mixed(count: 40_000, seed: 0xA11)
        values += (0..<40_000).map { _ in Double.random(in: -12...12, using: &random) }
        values += (0..<20_000).map { _ in (Double(Int.random(in: -99_999...99_999, using: &random)) + 0.5) / 10_000 }
        // A third at 4 digits, the read-out's precision; the rest at every precision in turn.
        cases += values.enumerated().map { index, value in (value, index % 3 == 0 ? 4 : 1 + index % 17) }
        for (value, digits) in cases {
            var buffer = TextBuffer()
            buffer.appendGeneral(value, significantDigits: digits)
            let expected = value.isFinite ? cPrintf("%.*g", Int32(digits), value) : "null"
            #expect(buffer.text == expected, "\(value) to \(digits) digits")
        }
    }
}
