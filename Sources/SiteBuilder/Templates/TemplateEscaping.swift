import Mustache

/// How the built-in templates escape what `{{name}}` fills in: exactly as swift-mustache's
/// own HTML content type does (`<`, `>`, `&`, `"` and `'` become `&lt;`, `&gt;`, `&amp;`,
/// `&quot;` and `&#39;`, each only where it is a whole Character), in a fraction of the time.
///
/// Why: swift-mustache escapes Character by Character, hashing each one to look it up in
/// a dictionary, about 400 instructions a character: 3 % of every build's instructions,
/// for the few hundred characters of titles, URLs and the site's words on each page. Text
/// of ASCII only, where every byte is a Character (a CR LF pair holds no character to
/// escape), is read byte by byte; anything else Character by Character with plain
/// comparisons, which give the dictionary's answers (none of the five has another
/// Character canonically equivalent to it).
///
/// swift-mustache takes a content type from a `{{% CONTENT_TYPE: NAME}}` tag, looked up
/// among the registered ones: ``BuiltInTemplates`` puts the tag before each built-in
/// template's text, where it writes nothing. An author's template keeps swift-mustache's
/// own, slower, escaping, with the same result; the tag is not added there, where it
/// would move the lines of the problems reported in the template. (An author may name
/// `ATLAS_HTML` in such a tag too: it escapes as `HTML` does.)
///
/// Why not ``MarkupText/escaped(_:)``, the escaping of the rest of the page: the templates'
/// text must stay what swift-mustache writes, which is `&#39;` for `'` (MarkupText leaves
/// it) and leaves the characters markup may not hold (the page is cleaned afterwards).
struct TemplateEscaping: MustacheContentType {
    /// The name the tag gives.
    static let name = "ATLAS_HTML"

    /// What to put before a template's text: the tag alone on a line. Standing alone,
    /// the line goes with its line break, and the template's own first line is read as a
    /// first line, as it was without the tag (a tag followed by text would make its
    /// first line's tags no longer stand alone).
    static let tag = "{{%CONTENT_TYPE:\(name)}}\n"

    /// Registered once per process, before the first template is parsed (``TemplateSet``
    /// and ``BuiltInTemplates`` both ask first), so that every build reads an author's
    /// tag naming it alike.
    static let registered: Void = MustacheContentTypes.register(TemplateEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        Self.escaped(text)
    }

    static func escaped(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return escapedCharacters(text) }
        guard utf8.contains(where: { escape(for: $0) != nil }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if let escape = escape(for: byte) { out.append(contentsOf: escape.utf8) } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// swift-mustache's loop, with comparisons for its dictionary.
    static func escapedCharacters(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func escape(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
