import AtlasTestSupport
import AtlasText
import Testing

/// Protects the one escaper and its policy: markup characters escaped, every character
/// that HTML or XML 1.0 rejects replaced by U+FFFD, everything else untouched.
@Suite struct MarkupTextTests {
    /// Every scalar the policy replaces: C0 but tab, LF and CR; DEL and C1; a noncharacter
    /// from each of its kinds.
    static let forbidden: [Unicode.Scalar] =
        (0x00...0x1F).filter { ![0x09, 0x0A, 0x0D].contains($0) }.compactMap(Unicode.Scalar.init)
        + (0x7F...0x9F).compactMap(Unicode.Scalar.init)
        + [0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF].compactMap(Unicode.Scalar.init)

    @Test("& < > \" are escaped; ' is not (attributes are double-quoted)")
    func markupCharacters() {
        #expect(MarkupText.escaped("a < b & \"c\" > d 'e'") == "a &lt; b &amp; &quot;c&quot; &gt; d 'e'")
    }

    @Test("A markup character followed by a combining mark is still escaped")
    func combiningMark() {
        // As one Character, "<\u{338}" equals "≮", so an escaper by Characters missed it.
        #expect(MarkupText.escaped("a<\u{338}b") == "a&lt;\u{338}b")
    }

    @Test("Each forbidden character becomes U+FFFD, in text and in markup made elsewhere", arguments: forbidden)
    func forbiddenCharacter(_ scalar: Unicode.Scalar) {
        #expect(MarkupText.isForbidden(scalar))
        #expect(MarkupText.escaped("a\(scalar)b") == "a\u{FFFD}b")
        #expect(MarkupText.replacingForbiddenCharacters(in: "<p>a\(scalar)b</p>") == "<p>a\u{FFFD}b</p>")
    }

    @Test("Tab, line feed, carriage return and ordinary text stay as written")
    func allowed() {
        let text = "\t\n\r x é 中 \u{A0} \u{FFFD} \u{FDCF} \u{FDF0} \u{FFFC} \u{E000} \u{1F600} \u{10FFFD}"
        #expect(text.unicodeScalars.allSatisfy { !MarkupText.isForbidden($0) })
        #expect(MarkupText.escaped(text) == text)
        #expect(MarkupText.replacingForbiddenCharacters(in: text) == text)
    }

    @Test("A reference is written for the characters the caller asks for, never for & or a control character")
    func references() {
        let written = MarkupText.escaped("a\u{A0}&\u{1}'") { scalar in
            scalar == "&" || scalar == "\u{1}" || scalar == "\u{A0}" ? MarkupText.hexadecimalReference(scalar) : nil
        }
        #expect(written == "a&#xA0;&amp;\u{FFFD}'")
        #expect(MarkupText.escaped("it's") { $0 == "'" ? "&#39;" : nil } == "it&#39;s")
    }

    @Test("Escaped text with every forbidden character is well-formed XML")
    func wellFormed() {
        let text = String(String.UnicodeScalarView(Self.forbidden)) + "<&>\"'\t\n\r"
        let document = SVGDocument("<t a=\"\(MarkupText.escaped(text))\">\(MarkupText.escaped(text))</t>")
        #expect(document.isWellFormed, "\(document.error ?? "")")
        #expect(document.elements.first?.text == String(repeating: "\u{FFFD}", count: Self.forbidden.count) + "<&>\"'\t\n\n")
    }
}
