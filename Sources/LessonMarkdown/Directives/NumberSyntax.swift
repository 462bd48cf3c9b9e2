/// Numbers as authors write them: `-2`, `0.5`, `1e-3`, and the true minus `−2` (U+2212).
enum NumberSyntax {
    /// `inf`, `-inf`, `infinity`, `nan` and the like: numbers, but none a range can use.
    static func isNonFinite(_ text: String) -> Bool {
        guard let number = Double(text.replacingMinusSign()) else { return false }
        return !number.isFinite
    }

    static func finiteDouble(_ text: String) -> Double? {
        let ascii = text.replacingMinusSign()
        guard let first = ascii.first, first.isNumber || first == "-" || first == "+" || first == ".",
            let number = Double(ascii), number.isFinite
        else { return nil }
        return number
    }
}

extension String {
    fileprivate func replacingMinusSign() -> String {
        String(map { $0 == "\u{2212}" ? "-" : $0 })
    }
}
