/// The one way ActivationAtlas writes text into markup (HTML pages, inline SVG, MathML):
/// `& < > "` escaped, and every character that markup may not hold replaced by U+FFFD.
///
/// ## The policy for characters markup may not hold
///
/// A page is read twice: by a browser as HTML, and (its SVG and MathML, and the tests'
/// checks) as XML. A character stays only if both accept it. XML 1.0 (§2.2, `Char`)
/// forbids the C0 controls other than tab, line feed and carriage return, and U+FFFE and
/// U+FFFF, even written as character references; HTML's tokenizer reports the C0 controls
/// other than its white space, DEL, the C1 controls and every noncharacter as parse errors
/// ("control-character-in-input-stream", "noncharacter-in-input-stream"), which the Nu
/// validator flags. So the forbidden characters are:
///
/// - U+0000–U+0008, U+000B, U+000C (form feed: white space to HTML, forbidden in XML),
///   U+000E–U+001F;
/// - U+007F–U+009F (DEL and the C1 controls);
/// - the noncharacters U+FDD0–U+FDEF and the last two code points of every plane
///   (U+FFFE, U+FFFF, U+1FFFE, …).
///
/// Each becomes U+FFFD REPLACEMENT CHARACTER, as an HTML parser does with NUL: the page
/// stays well-formed, and the author sees that something was there, where dropping the
/// character would silently join the words around it. Tab, line feed and carriage
/// return stay as they are.
///
/// `'` is not escaped: every attribute ActivationAtlas writes is double-quoted, and a
/// derivative's id reads `data-series="relu'"`. A single-quoted attribute of the author's
/// raw HTML writes `'` as `&#39;` through `reference`.
///
/// ```swift
/// MarkupText.escaped("a < b & \"c\"")   // "a &lt; b &amp; &quot;c&quot;"
/// MarkupText.escaped("bell\u{7}")       // "bell\u{FFFD}"
/// ```
///
/// See also ``replacingForbiddenCharacters(in:)`` for markup another tool has escaped
/// (cmark's HTML, a filled template), which needs only the policy.
public enum MarkupText {
    /// What a forbidden character becomes: U+FFFD REPLACEMENT CHARACTER.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// `text` escaped for element content or a double-quoted attribute value.
    ///
    /// Read as UTF-8 bytes, the runs between the characters to change copied whole, and
    /// `text` itself returned when there is none, which is nearly always: every label,
    /// caption and number of a page comes through here.
    public static func escaped(_ text: String) -> String {
        func escape(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            var out: [UInt8] = []
            var copied = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let written: StaticString
                var length = 1
                switch byte {
                case UInt8(ascii: "&"): written = "&amp;"
                case UInt8(ascii: "<"): written = "&lt;"
                case UInt8(ascii: ">"): written = "&gt;"
                case UInt8(ascii: "\""): written = "&quot;"
                case _ where mayStartForbidden(byte):
                    length = forbiddenLength(in: bytes, at: index)
                    guard length > 0 else {
                        index += 1
                        continue
                    }
                    written = "\u{FFFD}"
                default:
                    index += 1
                    continue
                }
                if out.isEmpty { out.reserveCapacity(bytes.count + 16) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                written.withUTF8Buffer { out.append(contentsOf: $0) }
                index += length
                copied = index
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
            return String(decoding: out, as: UTF8.self)
        }
        let result = text.utf8.withContiguousStorageIfAvailable(escape) ?? Array(text.utf8).withUnsafeBufferPointer(escape)
        return result ?? text
    }

    /// `text` escaped for element content or a double-quoted attribute value, with some
    /// characters written another way.
    ///
    /// - Parameter reference: the text to write for a character instead of itself,
    ///   typically a character reference (the MathML writer keeps a no-break space
    ///   visible as `&#xA0;`), or nil. It is never asked about `& < > "` or a forbidden
    ///   character.
    public static func escaped(_ text: String, reference: (Unicode.Scalar) -> String?) -> String {
        // The runs between the characters written another way are copied whole, and
        // `text` itself is returned when there is none: appending scalar by scalar cost
        // about a thousand instructions a character (every MathML token and print id).
        let scalars = text.unicodeScalars
        var result = ""
        var copied = scalars.startIndex
        var index = copied
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let written: String? =
                switch scalar {
                case "&": "&amp;"
                case "<": "&lt;"
                case ">": "&gt;"
                case "\"": "&quot;"
                case _ where isForbidden(scalar): String(replacement)
                default: reference(scalar)
                }
            let next = scalars.index(after: index)
            if let written {
                result += Substring(scalars[copied..<index])
                result += written
                copied = next
            }
            index = next
        }
        guard copied != scalars.startIndex else { return text }
        result += Substring(scalars[copied...])
        return result
    }

    /// Markup already escaped by another tool, with every forbidden character replaced;
    /// `markup` itself when it holds none, which is nearly always.
    ///
    /// Read as UTF-8 bytes (``forbiddenLength(in:at:)``), not as Unicode scalars: a page
    /// is checked whole, and decoding it scalar by scalar cost more than filling it.
    public static func replacingForbiddenCharacters(in markup: String) -> String {
        func replaced(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            guard firstForbidden(in: bytes) != nil else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            appendReplacingForbiddenCharacters(bytes, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        // A native string is contiguous: no copy. A bridged one is copied once.
        let result = markup.utf8.withContiguousStorageIfAvailable(replaced) ?? Array(markup.utf8).withUnsafeBufferPointer(replaced)
        return result ?? markup
    }

    /// Whether `scalar` is one of the characters markup may not hold (see the policy above).
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x20..<0xFDD0: false
        default: scalar.properties.isNoncharacterCodePoint
        }
    }

    /// `&#xA0;`: a hexadecimal character reference, upper-case digits.
    public static func hexadecimalReference(_ scalar: Unicode.Scalar) -> String {
        "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
    }
}
