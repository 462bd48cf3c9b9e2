import AtlasText

/// Numbers as authors write them: `-2`, `0.5`, `1e-3`, and the true minus `−2` (U+2212).
enum NumberSyntax {
    /// `inf`, `-inf`, `infinity`, `nan` and the like: numbers, but none a range can use.
    static func isNonFinite(_ text: String) -> Bool {
        guard let number = Double(text.replacingMinusSign()) else { return false }
        return !number.isFinite
    }

    static func finiteDouble(_ text: String) -> Double? {
        let ascii = text.replacingMinusSign()
        guard let first = ascii.first, CharacterClass.isNumber(first) || first == "-" || first == "+" || first == ".",
            let number = Double(ascii), number.isFinite
        else { return nil }
        return number
    }
}

extension String {
    fileprivate func replacingMinusSign() -> String {
        // U+2212 is E2 88 92 in UTF-8: without an E2 byte there is none to replace.
        guard utf8.contains(0xE2) else { return self }
        return String(map { $0 == "\u{2212}" ? "-" : $0 })
    }
}
