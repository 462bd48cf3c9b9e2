/// HTML character references: `&amp;`, `&quot;`, `&#39;`, `&#x41;`. For the author's raw
/// HTML attributes, and for finding a Markdown link's destination as cmark decoded it.
enum CharacterReferences {
    /// The named references decoded: the ones written in URLs and ids. Any other name
    /// (`&eacute;`) is kept as written.
    private static let named = ["amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": "\u{A0}"]

    /// `text` with numeric references and the names above decoded; NUL, which no HTML
    /// may hold, becomes U+FFFD as browsers and cmark decode it.
    ///
    /// ```swift
    /// CharacterReferences.decoded("a&amp;b&#x2212;c&eacute;")  // "a&b−c&eacute;"
    /// ```
    static func decoded(_ text: String) -> String {
        // A byte test first: `contains("&")` searches for a string, Character by
        // Character, and every id of a page comes through here. Without the byte there is
        // no `&` Character either; with it, the reading below is as it was.
        guard text.utf8Contains(UInt8(ascii: "&")), text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            // The longest reference worth decoding is `&#x10FFFF;`; 32 keeps the scan short.
            guard let semicolon = rest[afterAmpersand...].prefix(32).firstIndex(of: ";"),
                let character = character(for: rest[afterAmpersand..<semicolon])
            else {
                result.append("&")
                rest = rest[afterAmpersand...]
                continue
            }
            result += character
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func character(for name: Substring) -> String? {
        if let character = named[String(name)] { return character }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        if value == 0 { return "\u{FFFD}" }
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
