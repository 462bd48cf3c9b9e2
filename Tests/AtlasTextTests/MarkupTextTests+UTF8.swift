import AtlasTestSupport
import Testing

@testable import AtlasText

/// Protects the policy spelt as UTF-8 bytes: it must forbid exactly the scalars
/// `isForbidden` forbids, every one of the 1,112,064, and replace them as the scalar
/// reading did.
@Suite struct MarkupTextUTF8Tests {
    @Test("forbiddenLength agrees with isForbidden on every scalar, alone and between others")
    func everyScalar() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array("a\(Character(scalar))b".utf8)
            let width = String(scalar).utf8.count
            bytes.withUnsafeBufferPointer { buffer in
                let length = MarkupText.forbiddenLength(in: buffer, at: 1)
                if MarkupText.isForbidden(scalar) {
                    #expect(length == width, "U+\(String(value, radix: 16, uppercase: true))")
                    #expect(MarkupText.mayStartForbidden(buffer[1]))
                } else {
                    #expect(length == 0, "U+\(String(value, radix: 16, uppercase: true))")
                }
                // Never inside a character: its continuation bytes start nothing.
                for offset in 2..<(1 + width) { #expect(MarkupText.forbiddenLength(in: buffer, at: offset) == 0) }
            }
        }
    }

    @Test("A forbidden character cut off at the end of the bytes is not read past them")
    func truncated() {
        // Not valid UTF-8 on purpose: the scan must stay inside the buffer whatever it gets.
        for bytes: [UInt8] in [[0xC2], [0xEF, 0xBF], [0xEF, 0xB7], [0xF4, 0x8F, 0xBF]] {
            bytes.withUnsafeBufferPointer { #expect(MarkupText.forbiddenLength(in: $0, at: 0) == 0) }
        }
    }

    @Test("replacingForbiddenCharacters matches a scalar-by-scalar replacement on random text")
    func randomText() {
        var generator = SeededGenerator(seed: 12)
        let pieces: [String] = [
            "a", "é", "<p>", "\u{1}", "\t", "\n", "\r", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "\u{FDCF}", scalar(0xFDD0),
            scalar(0xFDEF), "\u{FDF0}", "\u{FFFD}", scalar(0xFFFE), scalar(0xFFFF), scalar(0x1FFFE), "\u{1FFFD}", scalar(0x10FFFF),
            "\u{E000}", "😀",
        ]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...20, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
            var expected = String.UnicodeScalarView()
            for scalar in text.unicodeScalars { expected.append(MarkupText.isForbidden(scalar) ? "\u{FFFD}" : scalar) }
            #expect(MarkupText.replacingForbiddenCharacters(in: text) == String(expected))
            #expect(Array(MarkupText.replacingForbiddenCharacters(in: text).utf8) == Array(String(expected).utf8))
        }
    }
}

/// A scalar as text, for those a string literal may not spell (the noncharacters).
private func scalar(_ value: UInt32) -> String {
    Unicode.Scalar(value).map { String(Character($0)) } ?? ""
}

extension MarkupTextUTF8Tests {
    @Test("escaped(_:) on bytes matches the scalar-by-scalar escaper on random text")
    func escapedRandomText() {
        var generator = SeededGenerator(seed: 0xE5C)
        let pieces: [String] = [
            "a", "é", "&", "<", ">", "\"", "'", "&amp;", "\u{1}", "\t", "\n", "\u{7F}", "\u{85}", "\u{A0}", scalar(0xFDD0),
            scalar(0xFFFE), scalar(0x10FFFF), "😀", "−",
        ]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
            let expected = MarkupText.escaped(text) { _ in nil }
            #expect(Array(MarkupText.escaped(text).utf8) == Array(expected.utf8), "\(text.debugDescription)")
        }
    }
}

extension MarkupTextUTF8Tests {
    @Test("The sixteen-byte test flags a block exactly when the byte test flags one of its bytes, in every lane")
    func blockTest() {
        // Fillers the byte test does not flag: ASCII, a line break, continuation and CJK lead bytes.
        for filler: UInt8 in [0x61, 0x0A, 0x80, 0xA0, 0xE4] {
            for lane in 0..<16 {
                for byte in UInt8.min...UInt8.max {
                    var block = SIMD16<UInt8>(repeating: filler)
                    block[lane] = byte
                    if MarkupText.mayStartForbidden(in: block) != MarkupText.mayStartForbidden(byte) {
                        Issue.record("byte \(byte) in lane \(lane) among \(filler)s")
                    }
                }
            }
        }
    }

    @Test("A forbidden character is found at every offset of a long page, blocks read whole or not")
    func everyOffset() {
        let forbidden = ["\u{1}", "\u{7F}", "\u{85}", scalar(0xFDD0), scalar(0xFFFF), scalar(0x10FFFE)]
        // Sixteen bytes are read at a time: the offsets cover every place in two blocks,
        // after ASCII with tabs and line breaks and after Chinese (three bytes a character).
        for (character, filler) in forbidden.flatMap({ character in ["<p>\n\ta", "中文\r"].map { (character, $0) } }) {
            for offset in 0..<40 {
                let prefix = String(repeating: filler, count: 40).prefix(offset)
                let text = prefix + character + String(repeating: "x", count: 40 - offset)
                #expect(
                    MarkupText.replacingForbiddenCharacters(in: String(text)) == prefix + "\u{FFFD}"
                        + String(repeating: "x", count: 40 - offset))
            }
        }
        for clean in [String(repeating: "<svg>\n\té − σ 😀 \u{7E}\r", count: 20), String(repeating: "中文，\u{A0}\u{FFFD}", count: 20)] {
            #expect(MarkupText.replacingForbiddenCharacters(in: clean) == clean)
        }
    }
}
