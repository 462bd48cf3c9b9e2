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
        var out = TextBuffer()
        write(into: &out, style: style)
        return out.text
    }

    /// Appends ``text(_:)`` to `out`.
    public func write(into out: inout TextBuffer, style: Style = .compact) {
        switch self {
        case .null:
            out.append("null")
        case .bool(let value):
            out.append(value ? "true" : "false")
        case .integer(let value):
            out.append(integer: value)
        case .number(let value):
            guard value.isFinite, let (number, notation) = DecimalNumber.shortestWithNotation(value) else {
                out.append("null")
                return
            }
            out.append(number, notation)
        case .significant(let value, let digits):
            out.appendGeneral(value, significantDigits: digits)
        case .significantArray(let values, let digits):
            out.append(ascii: "[")
            for (index, value) in values.enumerated() {
                if index > 0 { Self.writeSeparator(",", style: style, into: &out) }
                out.appendGeneral(value, significantDigits: digits)
            }
            out.append(ascii: "]")
        case .string(let value):
            Self.writeString(value, into: &out)
        case .array(let elements):
            out.append(ascii: "[")
            for (index, element) in elements.enumerated() {
                if index > 0 { Self.writeSeparator(",", style: style, into: &out) }
                element.write(into: &out, style: style)
            }
            out.append(ascii: "]")
        case .object(let members):
            out.append(ascii: "{")
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { Self.writeSeparator(",", style: style, into: &out) }
                Self.writeString(key, into: &out)
                Self.writeSeparator(":", style: style, into: &out)
                value.write(into: &out, style: style)
            }
            out.append(ascii: "}")
        }
    }

    /// `,` or `:`, and a space after it unless `style` is compact. Byte by byte: a
    /// separator comes between every two numbers of a plot's read-out, and appending it
    /// as a String cost more than the digits.
    private static func writeSeparator(_ separator: Unicode.Scalar, style: Style, into out: inout TextBuffer) {
        out.append(ascii: separator)
        if style != .compact { out.append(ascii: " ") }
    }

    /// Works on UTF-8 bytes: everything escaped is ASCII, and the bytes of any other
    /// character (none of which is below 0x80) are copied as they are.
    private static func writeString(_ text: String, into out: inout TextBuffer) {
        out.append(ascii: "\"")
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append("\\\"")
            case UInt8(ascii: "\\"): out.append("\\\\")
            case UInt8(ascii: "<"): out.append("\\u003c")
            case 0..<0x20:
                // \u00XX in lower-case hex; RFC 8259 allows it for every control character.
                let low = byte & 0xF
                out.append(byte < 0x10 ? "\\u000" : "\\u001")
                out.append(byte: low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
            default: out.append(byte: byte)
            }
        }
        out.append(ascii: "\"")
    }
}
