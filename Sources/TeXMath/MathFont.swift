/// A TeX math font (`\mathbf`, `\mathbb`, …) and its Unicode Mathematical
/// Alphanumeric Symbols.
///
/// Chromium's MathML Core honours `mathvariant` only with the value `normal`, so a
/// bold x must be the character 𝐱 (U+1D431) rather than `<mi mathvariant="bold">`.
/// The alphabets start at fixed code points, except for letters that Unicode had
/// already encoded in Letterlike Symbols; those "holes" (ℎ, ℬ, ℝ, …) are reserved in
/// the math block and must come from the `holes` tables.
///
/// See also: Unicode Technical Report #25, "Unicode support for mathematics", §2.2.
enum MathFont: Equatable, Sendable {
    /// `\mathrm`, `\operatorname`: upright, via `mathvariant="normal"`.
    case roman
    case bold, italic, boldItalic, doubleStruck, script, sansSerif, monospace

    /// `letter` in this font, or nil when the font has no such letter (then the
    /// caller keeps the plain letter). Digits are handled by `digit(_:)`.
    func letter(_ letter: Character) -> Character? {
        guard let scalar = letter.unicodeScalars.first, letter.unicodeScalars.count == 1 else { return nil }
        let value = scalar.value
        if let hole = holes[value] { return hole }
        if (0x41...0x5A).contains(value), let base = latinBase {
            return Self.character(base + value - 0x41)
        }
        if (0x61...0x7A).contains(value), let base = latinBase {
            return Self.character(base + 26 + value - 0x61)
        }
        if let greek = greekBase, let index = Self.greekIndex(value) {
            return Self.character(greek + index)
        }
        return nil
    }

    /// `digit` (0–9) in this font, or nil when the font has no digits (italic, script).
    func digit(_ digit: Character) -> Character? {
        guard let value = digit.asciiValue, (0x30...0x39).contains(value) else { return nil }
        let base: UInt32? =
            switch self {
            case .bold, .boldItalic: 0x1D7CE
            case .doubleStruck: 0x1D7D8
            case .sansSerif: 0x1D7E2
            case .monospace: 0x1D7F6
            case .roman, .italic, .script: nil
            }
        return base.flatMap { Self.character($0 + UInt32(value) - 0x30) }
    }

    /// Capital A of the Latin alphabet; small a follows 26 code points later.
    private var latinBase: UInt32? {
        switch self {
        case .roman: nil
        case .bold: 0x1D400
        case .italic: 0x1D434
        case .boldItalic: 0x1D468
        case .doubleStruck: 0x1D538
        case .script: 0x1D49C
        case .sansSerif: 0x1D5A0
        case .monospace: 0x1D670
        }
    }

    /// Capital Alpha of the Greek alphabet, for the fonts that have one.
    private var greekBase: UInt32? {
        switch self {
        case .bold: 0x1D6A8
        case .italic: 0x1D6E2
        case .boldItalic: 0x1D71C
        default: nil
        }
    }

    /// Letters that live outside the math block (Letterlike Symbols).
    private var holes: [UInt32: Character] {
        switch self {
        case .italic: [0x68: "ℎ"]
        case .script:
            [
                0x42: "ℬ", 0x45: "ℰ", 0x46: "ℱ", 0x48: "ℋ", 0x49: "ℐ", 0x4C: "ℒ", 0x4D: "ℳ", 0x52: "ℛ",
                0x65: "ℯ", 0x67: "ℊ", 0x6F: "ℴ",
            ]
        case .doubleStruck:
            [0x43: "ℂ", 0x48: "ℍ", 0x4E: "ℕ", 0x50: "ℙ", 0x51: "ℚ", 0x52: "ℝ", 0x5A: "ℤ"]
        default: [:]
        }
    }

    /// Position of a Greek letter within a math Greek alphabet: Α…Ω (with ϴ where
    /// U+03A2 is unassigned), ∇, α…ω, ∂, ϵ, ϑ, ϰ, ϕ, ϱ, ϖ.
    private static func greekIndex(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x391...0x3A9 where value != 0x3A2: value - 0x391
        case 0x2207: 25
        case 0x3B1...0x3C9: 26 + value - 0x3B1
        case 0x2202: 51
        case 0x3F5: 52
        case 0x3D1: 53
        case 0x3F0: 54
        case 0x3D5: 55
        case 0x3F1: 56
        case 0x3D6: 57
        default: nil
        }
    }

    private static func character(_ value: UInt32) -> Character? {
        Unicode.Scalar(value).map(Character.init)
    }
}
