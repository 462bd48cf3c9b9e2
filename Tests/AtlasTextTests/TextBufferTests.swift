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
}
