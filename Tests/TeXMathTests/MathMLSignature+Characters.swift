import Foundation

/// Characters as a reader sees them: styles resolved to Unicode letters, look-alikes merged.
extension MathMLSignature {
    /// The visible text of a token element (`mi`, `mo`, `mn`, `mtext`).
    ///
    /// 1. NFC, so `∈` + U+0338 is `∉` and `=` + U+0338 is `≠`.
    /// 2. Style: `mathvariant="bold"` on `x` becomes `𝐱`, as the converter writes it. A lone
    ///    letter in an `mi` without `mathvariant` is italic (MathML Core's `text-transform:
    ///    math-auto`), so `<mi>x</mi>` is `𝑥` and `<mi mathvariant="normal">x</mi>` is `x`.
    ///    KaTeX relies on `mathvariant`, which Chromium honours only as `normal`; we compare
    ///    what KaTeX means, not how Chromium draws it.
    /// 3. Look-alikes become one character (see `lookAlikes`); invisible operators vanish.
    static func visibleText(_ text: String, element: String, mathVariant: String?) -> String {
        let composed = text.precomposedStringWithCanonicalMapping
        let variant: String?
        if let mathVariant {
            variant = mathVariant
        } else if element == "mi", composed.trimmingCharacters(in: .whitespaces).count == 1 {
            variant = "italic"
        } else {
            variant = nil
        }
        var result = ""
        for scalar in composed.unicodeScalars {
            let styled = variant.flatMap { styledLetter(scalar, variant: $0) } ?? scalar
            if invisible.contains(styled) { continue }
            result += lookAlikes[styled] ?? String(styled)
        }
        return result
    }

    /// Function application, invisible times, separator and plus, zero-width space, BOM.
    static let invisible: Set<Unicode.Scalar> = ["\u{2061}", "\u{2062}", "\u{2063}", "\u{2064}", "\u{200B}", "\u{FEFF}"]

    /// Characters that print alike in math, mapped to one spelling. Spacing and combining
    /// accents print alike because both sit over the base in `mover`.
    static let lookAlikes: [Unicode.Scalar: String] = [
        "-": "−", "*": "∗", "·": "⋅",
        "'": "′", "″": "′′", "‴": "′′′", "⁗": "′′′′",
        "∣": "|", "∥": "‖", "〈": "⟨", "〉": "⟩",
        "^": "ˆ", "\u{0302}": "ˆ",
        "~": "˜", "\u{0303}": "˜",
        "¯": "‾", "ˉ": "‾", "\u{0304}": "‾", "\u{0305}": "‾", "_": "‾", "\u{0332}": "‾",
        "\u{20D7}": "→", "\u{20D6}": "←",
        "\u{0307}": "˙", "\u{0308}": "¨", "\u{030C}": "ˇ", "\u{0301}": "´", "\u{0300}": "`", "\u{0306}": "˘",
    ]

    /// The Mathematical Alphanumeric Symbols letter for `scalar` in `variant`, or nil when the
    /// variant leaves it alone (`normal`, or a character the variant has no letter for).
    static func styledLetter(_ scalar: Unicode.Scalar, variant: String) -> Unicode.Scalar? {
        let value = scalar.value
        if let holes = letterlikeHoles[variant], let hole = holes[scalar] { return hole }
        if let base = latinBase[variant] {
            if (0x41...0x5A).contains(value) { return Unicode.Scalar(base + value - 0x41) }
            if (0x61...0x7A).contains(value) { return Unicode.Scalar(base + 26 + value - 0x61) }
        }
        if let base = digitBase[variant], (0x30...0x39).contains(value) {
            return Unicode.Scalar(base + value - 0x30)
        }
        if let base = greekBase[variant], let index = greekIndex(scalar) {
            return Unicode.Scalar(base + index)
        }
        return nil
    }

    /// First letter (capital A) of each alphabet; small a follows 26 code points later.
    static let latinBase: [String: UInt32] = [
        "bold": 0x1D400, "italic": 0x1D434, "bold-italic": 0x1D468, "script": 0x1D49C,
        "bold-script": 0x1D4D0, "fraktur": 0x1D504, "double-struck": 0x1D538, "bold-fraktur": 0x1D56C,
        "sans-serif": 0x1D5A0, "bold-sans-serif": 0x1D5D4, "sans-serif-italic": 0x1D608,
        "sans-serif-bold-italic": 0x1D63C, "monospace": 0x1D670,
    ]

    static let digitBase: [String: UInt32] = [
        "bold": 0x1D7CE, "double-struck": 0x1D7D8, "sans-serif": 0x1D7E2,
        "bold-sans-serif": 0x1D7EC, "monospace": 0x1D7F6,
    ]

    /// First letter (capital Alpha) of each Greek alphabet; see `greekIndex`.
    static let greekBase: [String: UInt32] = [
        "bold": 0x1D6A8, "italic": 0x1D6E2, "bold-italic": 0x1D71C,
        "bold-sans-serif": 0x1D756, "sans-serif-bold-italic": 0x1D790,
    ]

    /// Position in a math Greek alphabet: Α–Ω (ϴ in the slot of U+03A2), ∇, α–ω, then
    /// ∂ ϵ ϑ ϰ ϕ ϱ ϖ.
    static func greekIndex(_ scalar: Unicode.Scalar) -> UInt32? {
        let value = scalar.value
        switch value {
        case 0x391...0x3A9 where value != 0x3A2: return value - 0x391
        case 0x3F4: return 17
        case 0x2207: return 25
        case 0x3B1...0x3C9: return 26 + value - 0x3B1
        default:
            let tail: [Unicode.Scalar] = ["∂", "ϵ", "ϑ", "ϰ", "ϕ", "ϱ", "ϖ"]
            return tail.firstIndex(of: scalar).map { 51 + UInt32($0) }
        }
    }

    /// Letters encoded before the Mathematical Alphanumeric block (its reserved holes).
    static let letterlikeHoles: [String: [Unicode.Scalar: Unicode.Scalar]] = [
        "italic": ["h": "ℎ"],
        "script": [
            "B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
            "e": "ℯ", "g": "ℊ", "o": "ℴ",
        ],
        "fraktur": ["C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"],
        "double-struck": ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"],
    ]
}
