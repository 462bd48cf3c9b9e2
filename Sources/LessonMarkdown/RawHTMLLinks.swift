/// The `href` and `src` attributes in the author's raw HTML (kept with `unsafe_html`), so
/// that `<img src="img/dot.png" width="200">` is checked, copied and rewritten like
/// `![](img/dot.png)`, and `<a href="04-relu.md">` like `[](04-relu.md)`.
///
/// A tolerant reader, not a validator: it finds tags (`<` and a letter), reads their
/// attributes quoted or not, and skips comments and the text of `<script>` and `<style>`,
/// where a `<` starts no tag.
enum RawHTMLLinks {
    struct Attribute: Equatable {
        /// `href` or `src`, lower-cased.
        var name: String
        /// The value as the browser reads it: character references decoded.
        var value: String
        /// The value's bytes as written, quotes excluded.
        var written: String
        /// Where those bytes are in the HTML.
        var range: Range<Int>
        /// `"` or `'`, or nil when the value is unquoted.
        var quote: UInt8?
    }

    /// The `href` and `src` attributes of `html`, in order.
    ///
    /// ```swift
    /// RawHTMLLinks.attributes(in: #"<img src="a.png" alt=x><a href=b.md>"#).map(\.value)  // ["a.png", "b.md"]
    /// ```
    static func attributes(in html: String) -> [Attribute] {
        let bytes = Array(html.utf8)
        var found: [Attribute] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if starts(bytes, with: "<!--", at: index) {
                index = end(of: "-->", in: bytes, from: index + 4)
                continue
            }
            guard index + 1 < bytes.count, isLetter(bytes[index + 1]) else {
                index += 1
                continue
            }
            index = readTag(bytes, from: index, into: &found)
        }
        return found
    }

    /// `html` with the value of each attribute in `replacements` (an index into
    /// `attributes(in: html)`, and the new URL) replaced, escaped for its quotes; an
    /// unquoted value gets double quotes.
    static func replacing(_ replacements: [(attribute: Attribute, url: String)], in html: String) -> String {
        var bytes = Array(html.utf8)
        for (attribute, url) in replacements.sorted(by: { $0.attribute.range.lowerBound > $1.attribute.range.lowerBound }) {
            var escaped = HTML.escape(url)
            if attribute.quote == UInt8(ascii: "'") { escaped = escaped.replacing("'", with: "&#39;") }
            let text = attribute.quote == nil ? "\"\(escaped)\"" : escaped
            bytes.replaceSubrange(attribute.range, with: Array(text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads the tag at `start` (`<` and a letter), appending its `href` and `src`;
    /// returns the index after it, or after the text of a `<script>` or `<style>`.
    private static func readTag(_ bytes: [UInt8], from start: Int, into found: inout [Attribute]) -> Int {
        var index = start + 1
        let nameStart = index
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"),
            bytes[index] != UInt8(ascii: "/")
        {
            index += 1
        }
        let tagName = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
            if isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let attributeStart = index
            while index < bytes.count, !isSpace(bytes[index]), !"=>/".utf8.contains(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased()
            var afterName = index
            while afterName < bytes.count, isSpace(bytes[afterName]) { afterName += 1 }
            guard afterName < bytes.count, bytes[afterName] == UInt8(ascii: "=") else { continue }
            index = afterName + 1
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let quote: UInt8? = bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") ? bytes[index] : nil
            let valueStart = quote == nil ? index : index + 1
            var valueEnd = valueStart
            while valueEnd < bytes.count, quote.map({ bytes[valueEnd] != $0 })
                ?? (!isSpace(bytes[valueEnd]) && bytes[valueEnd] != UInt8(ascii: ">"))
            {
                valueEnd += 1
            }
            index = quote == nil ? valueEnd : min(valueEnd + 1, bytes.count)
            guard name == "href" || name == "src" else { continue }
            let written = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
            found.append(Attribute(
                name: name, value: CharacterReferences.decoded(written), written: written,
                range: valueStart..<valueEnd, quote: quote))
        }
        let afterTag = min(index + 1, bytes.count)
        guard tagName == "script" || tagName == "style" else { return afterTag }
        return end(of: "</\(tagName)", in: bytes, from: afterTag, caseInsensitive: true)
    }

    private static func starts(_ bytes: [UInt8], with prefix: String, at index: Int, caseInsensitive: Bool = false) -> Bool {
        let prefix = Array(prefix.utf8)
        guard index + prefix.count <= bytes.count else { return false }
        return zip(bytes[index...], prefix).allSatisfy { byte, expected in
            caseInsensitive ? lowercased(byte) == expected : byte == expected
        }
    }

    /// The index after the first `marker` from `start`, or the end.
    private static func end(of marker: String, in bytes: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int {
        var index = start
        while index < bytes.count {
            if starts(bytes, with: marker, at: index, caseInsensitive: caseInsensitive) { return index + marker.utf8.count }
            index += 1
        }
        return bytes.count
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    private static func lowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}

/// HTML character references in an attribute value: `&amp;`, `&quot;`, `&#39;`, `&#x41;`.
enum CharacterReferences {
    private static let named = ["amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": "\u{A0}"]

    /// `text` with the references above decoded; any other `&` is kept as written.
    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(10).firstIndex(of: ";"),
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
        // NUL becomes U+FFFD, as in a browser: a NUL would cut a path short in C calls.
        if value == 0 { return "\u{FFFD}" }
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
