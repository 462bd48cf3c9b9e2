import AtlasTestSupport
import Testing

@testable import LessonMarkdown

/// Protects the one pass over a lesson's HTML: byte for byte what the three passes it
/// replaced gave (forbidden characters, ids, math), kept in `ReferenceHTML`.
@Suite struct LessonHTMLPassTests {
    static let markup = ["<math><mi>x</mi></math>", "<math display=\"block\">\n<mi>y</mi>\n</math>\n", "<m id=\"not-an-id\"/>"]
    static let fallback = ["$x$", "$$y$$", "$z$"]

    static func math(restoring: Bool) -> LessonMath {
        var math = LessonMath(unconverted: "")
        if restoring {
            math.markup = markup
            math.fallback = fallback
        }
        return math
    }

    /// Pieces of HTML that meet every branch: tags and attributes in any case and quoting,
    /// comments, raw text, references, forbidden characters of each width, placeholders
    /// whole, cut off, inside tags and empty.
    static let pieces: [String] = [
        "<p>", "</p>", "<P ID=", "<h2 id=\"", "\"", "'", "=", " ", "/", ">", "<", "id", "Id", "iD", " id='a'", " id=b", "<a",
        "x", "é", "😀", "&amp;", "&#1;", "&#x41;", "&quot;", "\n", "\t", "\r", "\u{1}", "\u{B}", "\u{C}", "\u{7F}", "\u{85}",
        scalar(0xFDD0), scalar(0xFFFE), scalar(0x1FFFF), scalar(0x10FFFE), "\u{FFFD}", "<!--", "-->", "<!-->", "<script>", "</SCRIPT>",
        "<title/>", "<textarea>", "</textarea>", "<style>", "</style", "\u{E000}0\u{E001}", "\u{E000}1\u{E001}",
        "\u{E000}2\u{E001}", "\u{E000}7\u{E001}", "\u{E000}", "\u{E001}", "\u{E002}", "\n\u{E002}", "1", "+1",
        "<img alt=\"\u{E000}0\u{E001}\">", "<span id=\"\u{E000}1\u{E001}\">",
    ]

    @Test("Random HTML: the same bytes and ids as the three passes one after the other", arguments: [false, true])
    func randomHTML(restoringMath: Bool) {
        var generator = SeededGenerator(seed: restoringMath ? 0x5CA7 : 0x5CA8)
        let math = Self.math(restoring: restoringMath)
        for _ in 0..<5_000 {
            let html = (0..<Int.random(in: 0...24, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }
                .joined()
            let expected = ReferenceHTML.finish(html, markup: math.markup, fallback: math.fallback)
            let finished = LessonHTMLPass.finish(html, math: math)
            #expect(Array(finished.html.utf8) == Array(expected.html.utf8), "\(Array(html.unicodeScalars))")
            #expect(finished.ids.map { Array($0.utf8) } == expected.ids.map { Array($0.utf8) }, "\(Array(html.unicodeScalars))")
        }
    }

    @Test("The cases that matter, spelt out")
    func examples() {
        let math = Self.math(restoring: true)
        let html = "<p id=\"a\u{1}b\">x\u{7}\u{E000}0\u{E001}</p>\n\u{E002}<img alt=\"\u{E000}1\u{E001}\" id=c&amp;d>"
        let finished = LessonHTMLPass.finish(html, math: math)
        #expect(finished.ids == ["a\u{FFFD}b", "c&d"])
        #expect(finished.html == "<p id=\"a\u{FFFD}b\">x\u{FFFD}<math><mi>x</mi></math></p><img alt=\"$$y$$\" id=c&amp;d>")
        // Without math, the placeholder characters are left as they are.
        #expect(
            LessonHTMLPass.finish("a\u{E000}0\u{E001}\n\u{E002}", math: Self.math(restoring: false)).html == "a\u{E000}0\u{E001}\n\u{E002}")
    }

    @Test("HTMLAttributes on bytes reads the ids the string reader read, on random HTML")
    func attributeReader() {
        var generator = SeededGenerator(seed: 0xA77)
        for _ in 0..<5_000 {
            let html = (0..<Int.random(in: 0...24, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }
                .joined()
            #expect(Anchors.ids(in: html) == ReferenceHTML.ids(in: html), "\(Array(html.unicodeScalars))")
        }
    }
}

/// A scalar as text, for those a string literal may not spell (the noncharacters).
private func scalar(_ value: UInt32) -> String {
    Unicode.Scalar(value).map { String(Character($0)) } ?? ""
}
