import Foundation
import Testing

@testable import TeXMath

/// The characters the bundled math font must have: everything the converter can draw.
///
/// `Scripts/embed-math-font.py` subsets the font to `Sources/MathFontData/characters.txt`.
/// That list is not kept by hand: this test converts every command, delimiter, accent,
/// environment and every letter in every alphabet, collects the characters the MathML
/// asks the browser to draw, and fails when the list differs. Characters typed
/// directly into a formula outside ASCII (é, ∀ without `\forall`) are not covered: the
/// page's other math fonts draw them.
///
/// Re-record after changing TeXMath's tables: `RECORD_MATH_CHARACTERS=1 swift test
/// --filter MathFontCharacterTests`, then `make math-font` and commit both files.
@Suite struct MathFontCharacterTests {
    static let listURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/MathFontData/characters.txt").standardized

    /// Every formula whose MathML, together, uses every character the converter emits.
    static var formulas: [String] {
        var formulas: [String] = []
        let ascii = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }
        formulas += ascii  // single characters: letters, digits, operators (some are errors)
        formulas.append(#"\text{"# + ascii.filter { !"{}$%\\".contains($0) }.joined() + #"\% \{ \} ~}"#)
        formulas += MathSymbols.table.keys.map { "\\" + $0 }
        formulas += MathSymbols.plainDelimiters.keys.map { "\\" + $0 }
        for written in MathSymbols.delimiters.keys {
            formulas.append(#"\left"# + written + #" x \middle"# + written + #" y \right"# + written)
            formulas += MathSymbols.bigSizes.keys.flatMap { ["\\" + $0 + written, "\\" + $0 + "l" + written] }
        }
        formulas += MathSymbols.accents.keys.map { "\\" + $0 + "{x}" }
        let letters = ascii.filter { $0.first!.isLetter || $0.first!.isNumber }
        let greek = MathSymbols.greek.keys.map { "\\" + $0 }
        let ordinary = MathSymbols.ordinary.keys.filter { $0.first!.isLetter }.map { "\\" + $0 }
        for font in MathSymbols.fonts.keys {
            formulas.append("\\" + font + "{" + (letters + greek + ordinary).joined(separator: " ") + "}")
        }
        formulas += MathParser.Environment.allCases.map { #"\begin{\#($0.rawValue)} a & b \\ c & d \end{\#($0.rawValue)}"# }
        formulas += [#"\sqrt{x} \sqrt[3]{x} \frac{1}{2} f'(x) f''^2 \sin x \operatorname*{argmax}_x x"#]
        return formulas
    }

    /// The code points the browser draws for `formulas`, as `U+XXXX` lines, sorted.
    static func drawnCharacters() -> [String] {
        var scalars = Set<Unicode.Scalar>()
        for formula in formulas {
            guard case .success(let mathML) = MathMLConverter.convert(formula, display: true) else { continue }
            scalars.formUnion(drawn(in: mathML))
        }
        return scalars.sorted { $0.value < $1.value }.map { String(format: "U+%04X", $0.value) }
    }

    /// The characters of one `<math>`: text between tags (not the TeX annotation),
    /// references decoded; a one-character `<mi>` without `mathvariant` also in italic,
    /// as Core draws it (`text-transform: math-auto`); U+221A for a root's radical sign.
    static func drawn(in mathML: String) -> Set<Unicode.Scalar> {
        var result = Set<Unicode.Scalar>()
        let body = mathML.components(separatedBy: "<annotation").first ?? mathML
        if body.contains("<msqrt>") || body.contains("<mroot>") { result.insert("\u{221A}") }
        let element = try! NSRegularExpression(pattern: #"<(m[a-z]+)([^>]*)>([^<]+)</\1>"#)
        let range = NSRange(body.startIndex..., in: body)
        for match in element.matches(in: body, range: range) {
            let name = String(body[Range(match.range(at: 1), in: body)!])
            let attributes = String(body[Range(match.range(at: 2), in: body)!])
            let text = decoded(String(body[Range(match.range(at: 3), in: body)!]))
            result.formUnion(text.unicodeScalars)
            if name == "mi", text.count == 1, !attributes.contains("mathvariant"),
                let italic = MathFont.italic.letter(Character(text))
            {
                result.formUnion(italic.unicodeScalars)
            }
        }
        return result
    }

    static func decoded(_ text: String) -> String {
        var text = text
        let reference = try! NSRegularExpression(pattern: "&#x([0-9A-Fa-f]+);")
        for match in reference.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            let range = Range(match.range, in: text)!
            let hex = text[Range(match.range(at: 1), in: text)!]
            text.replaceSubrange(range, with: String(Character(Unicode.Scalar(UInt32(hex, radix: 16)!)!)))
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    @Test("characters.txt lists exactly the characters TeXMath can draw")
    func listIsCurrent() throws {
        let drawn = Self.drawnCharacters()
        let header = """
            # The characters TeXMath can ask the browser to draw, one code point a line: the
            # bundled math font is subset to these (Scripts/embed-math-font.py). Generated by
            # Tests/TeXMathTests/MathFontCharacterTests.swift; do not edit:
            # RECORD_MATH_CHARACTERS=1 swift test --filter MathFontCharacterTests

            """
        let expected = header + drawn.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["RECORD_MATH_CHARACTERS"] != nil {
            try expected.write(to: Self.listURL, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.listURL, encoding: .utf8)
        let listed = Set(committed.split(separator: "\n").filter { $0.hasPrefix("U+") }.map(String.init))
        let missing = drawn.filter { !listed.contains($0) }
        #expect(missing.isEmpty, "TeXMath can draw \(missing) but the math font is not subset to keep them; re-record")
        let extra = listed.subtracting(drawn).sorted()
        #expect(extra.isEmpty, "characters.txt lists \(extra), which TeXMath no longer draws; re-record")
        #expect(committed == expected, "characters.txt is not as the test writes it; re-record")
    }

    @Test("The list is complete enough to catch a table change: samples from every family")
    func samples() {
        let drawn = Set(Self.drawnCharacters())
        // 𝐱 (\mathbf), ℝ (\mathbb hole), 𝑥 (math-auto italic of x), ∑, ⟨, √, U+0332, U+2061.
        // U+00A0 (\text's ~ and edge spaces).
        for sample in ["U+1D431", "U+211D", "U+1D465", "U+2211", "U+27E8", "U+221A", "U+0332", "U+2061", "U+2212", "U+00A0"] {
            #expect(drawn.contains(sample), "\(sample) should be drawn")
        }
        // A formula that fails is skipped silently; only single characters (`$`, `^`) may.
        for formula in Self.formulas where formula.count > 1 {
            guard case .failure(let problem) = MathMLConverter.convert(formula, display: true) else { continue }
            Issue.record("\(formula) fails: \(problem.message)")
        }
    }
}
