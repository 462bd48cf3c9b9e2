extension JSONValue {
    /// How much room the text gets between tokens.
    public enum Style: Sendable, Hashable {
        /// No space at all: `{"a":[1,2]}`, for data embedded in a page.
        case compact
        /// A space after each `,` and `:` and nothing else: `{"a": [1, 2]}`, one line
        /// as Python's `json.dumps` writes it, for people at a terminal.
        case spaced
    }

    /// The JSON text (RFC 8259) of this value, on one line.
    ///
    /// Strings escape `"` and `\`, every control character below U+0020 as `\u00XX`,
    /// and `<` as `\u003c`, so that the text can sit inside an HTML `<script>` element
    /// without closing it. Everything else is written as itself, in UTF-8.
    public func text(_ style: Style = .compact) -> String {
        var out = ""
        write(into: &out, style: style)
        return out
    }

    private func write(into out: inout String, style: Style) {
        let comma = style == .compact ? "," : ", "
        switch self {
        case .null:
            out += "null"
        case .bool(let value):
            out += value ? "true" : "false"
        case .integer(let value):
            out += String(value)
        case .number(let value):
            out += value.isFinite ? shortestDecimal(value) : "null"
        case .significant(let value, let digits):
            guard let (number, notation) = DecimalNumber.general(value, significantDigits: digits) else {
                out += "null"
                return
            }
            out += number.text(notation, exponentStyle: .printf)
        case .string(let value):
            Self.writeString(value, into: &out)
        case .array(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += comma }
                element.write(into: &out, style: style)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += comma }
                Self.writeString(key, into: &out)
                out += style == .compact ? ":" : ": "
                value.write(into: &out, style: style)
            }
            out += "}"
        }
    }

    private static func writeString(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case _ where scalar.value < 0x20:
                // \u00XX in lower-case hex; RFC 8259 allows it for every control character.
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.utf8.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
