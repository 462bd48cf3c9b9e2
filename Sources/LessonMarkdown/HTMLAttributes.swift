import AtlasText

/// Attributes of the tags in a piece of HTML, read as a browser reads them: the `href` and
/// `src` of the author's raw HTML (kept with `unsafe_html`), checked and rewritten like
/// Markdown links, and the `id`s of a page, which a `#fragment` may reach.
///
/// A tolerant reader, not a validator: a tag is `<` and a letter; attributes are quoted
/// or not, names in any case, and only the first of a name in a tag counts, as in a
/// browser. Comments (`<!-- … -->`, also `<!-->`) are skipped, and so is the text of
/// `<script>`, `<style>`, `<textarea>` and `<title>`, where a `<` starts no tag.
enum HTMLAttributes {
    struct Attribute: Equatable {
        /// Lower-cased: `href`.
        var name: String
        /// The value as the browser reads it: character references decoded, and for URLs
        /// leading and trailing ASCII whitespace stripped (`range` leaves it out too).
        var value: String
        /// The bytes of `value` as written.
        var written: String
        /// Where `written` is in the HTML, in bytes.
        var range: Range<Int>
        /// `"` or `'`, or nil when the value is unquoted.
        var quote: UInt8?
    }

    /// Elements whose text holds no tags, in lower case.
    private static let rawTextElements: [[UInt8]] = ["script", "style", "textarea", "title"].map { Array($0.utf8) }
    /// Attributes whose value is a URL, which a browser strips of surrounding whitespace.
    private static let urlAttributes: Set<String> = ["href", "src"]

    /// The attributes of `html` named one of `names` (lower case), in order.
    ///
    /// ```swift
    /// HTMLAttributes.find(["src", "href"], in: #"<IMG SRC=a.png alt="x"><a href='b.md'>"#).map(\.value)  // ["a.png", "b.md"]
    /// ```
    static func find(_ names: Set<String>, in html: String) -> [Attribute] {
        let names = names.map { Array($0.utf8) }
        func read(_ bytes: UnsafeBufferPointer<UInt8>) -> [Attribute] { find(names, in: bytes) }
        return html.utf8.withContiguousStorageIfAvailable(read) ?? Array(html.utf8).withUnsafeBufferPointer(read)
    }

    /// The attributes of the UTF-8 `bytes` named one of `names` (lower-case ASCII), in order.
    static func find(_ names: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>) -> [Attribute] {
        var found: [Attribute] = []
        var index = 0
        while index < bytes.count {
            index = bytes[index] == UInt8(ascii: "<") ? readMarkup(bytes, at: index, names: names, into: &found) : index + 1
        }
        return found
    }

    /// One step of `find`, for a scan that does other work on the same bytes: reads the
    /// comment or tag that starts at `index`, if any, appending its attributes named one of
    /// `names`, and returns where the search for the next tag goes on: after the comment,
    /// after the tag (or after the text of a `<script>` and the like), else `index + 1`.
    static func readMarkup(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, names: [[UInt8]], into found: inout [Attribute])
        -> Int
    {
        guard bytes[index] == UInt8(ascii: "<") else { return index + 1 }
        // The second byte first: nearly every call is at a tag, and the general compare
        // was a tenth of reading a plot's tags.
        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "!"), starts(bytes, with: "<!--", at: index) {
            return commentEnd(bytes, from: index + 4)
        }
        if index + 1 < bytes.count, CharacterClass.isASCIILetter(bytes[index + 1]) {
            return readTag(bytes, from: index, names: names, into: &found)
        }
        return index + 1
    }

    /// The text to write for `url` in place of `attribute`'s value: escaped for its
    /// quotes. When `url` ends with the value's query and fragment (a link to a lesson
    /// keeps them), those stay as the author wrote them, character references and all, so
    /// that a reference this reader does not decode (`&eacute;`) is not escaped twice.
    static func text(for url: String, replacing attribute: Attribute) -> String {
        let singleQuoted = attribute.quote == UInt8(ascii: "'")
        func escaped(_ text: String) -> String {
            MarkupText.escaped(text) { singleQuoted && $0 == "'" ? "&#39;" : nil }
        }
        let written = Array(attribute.written.utf8)
        guard let cut = written.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) else {
            return escaped(url)
        }
        let writtenSuffix = String(decoding: written[cut...], as: UTF8.self)
        let suffix = Array(CharacterReferences.decoded(writtenSuffix).utf8)
        let bytes = Array(url.utf8)
        guard bytes.count >= suffix.count, bytes.suffix(suffix.count).elementsEqual(suffix) else { return escaped(url) }
        return escaped(String(decoding: bytes.dropLast(suffix.count), as: UTF8.self)) + writtenSuffix
    }

    /// `html` with each attribute's value replaced by its new text (from
    /// ``text(for:replacing:)``, already escaped); an unquoted value gets double quotes.
    /// One pass, however many attributes change.
    ///
    /// Why pieces of `html` itself and not its bytes: a value starts and ends next to an
    /// ASCII delimiter (a quote, `=`, a space or `>`), so the pieces between values are
    /// whole scalars, and a String made of Strings needs no second check of its UTF-8,
    /// which for print.html (every lesson's body) cost as much as the rest of the rewrite.
    static func replacing(_ replacements: [(attribute: Attribute, text: String)], in html: String) -> String {
        let utf8 = html.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        var out = ""
        out.reserveCapacity(utf8.count + replacements.reduce(0) { $0 + $1.text.utf8.count + 2 })
        var copied = 0
        for (attribute, text) in replacements.sorted(by: { $0.attribute.range.lowerBound < $1.attribute.range.lowerBound })
        where attribute.range.lowerBound >= copied {
            out += html[index(copied)..<index(attribute.range.lowerBound)]
            if attribute.quote == nil { out += "\"" + text + "\"" } else { out += text }
            copied = attribute.range.upperBound
        }
        out += html[index(copied)...]
        return out
    }

    /// Reads the tag at `start` (`<` and a letter), appending its attributes named one of
    /// `names`; returns the index after it, or after the text of a raw-text element.
    ///
    /// Names are compared as bytes, ASCII letters in either case, with no string made per
    /// tag. That is what lower-casing them as text finds: the only letter beyond ASCII
    /// whose lower case is ASCII is the Kelvin sign (`k`), in no name looked for here.
    private static func readTag(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, names: [[UInt8]], into found: inout [Attribute])
        -> Int
    {
        var index = start + 1
        while index < bytes.count, !InlineText.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"),
            bytes[index] != UInt8(ascii: "/")
        {
            index += 1
        }
        let tagName = (start + 1)..<index
        // Bit i: `names[i]` already met in this tag, with a value or not: only the first counts.
        var seen: UInt64 = 0
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
            if InlineText.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let nameStart = index
            // The first byte is never `=`, `>` or `/`, so each round moves on.
            index += 1
            while index < bytes.count, !InlineText.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
                bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/")
            {
                index += 1
            }
            let target = names.firstIndex { equalsIgnoringASCIICase(bytes, nameStart..<index, $0) }
            var isFirst = true
            if let target {
                isFirst = seen & (1 << UInt64(target)) == 0
                seen |= 1 << UInt64(target)
            }
            guard let value = readValue(bytes, from: &index) else { continue }
            guard isFirst, let target else { continue }
            found.append(attribute(String(decoding: names[target], as: UTF8.self), bytes, value.range, quote: value.quote))
        }
        let afterTag = min(index + 1, bytes.count)
        // `<title/>` inside SVG closes itself and holds no text to skip.
        let closesItself = index > start && index < bytes.count && bytes[index - 1] == UInt8(ascii: "/")
        guard !closesItself, let element = rawTextElements.first(where: { equalsIgnoringASCIICase(bytes, tagName, $0) })
        else { return afterTag }
        return end(of: Array("</".utf8) + element, in: bytes, from: afterTag)
    }

    /// Whether `bytes[range]` is `name` (lower-case ASCII) in any case.
    private static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ name: [UInt8]) -> Bool {
        guard range.count == name.count else { return false }
        var offset = 0
        for index in range {
            guard lowercased(bytes[index]) == name[offset] else { return false }
            offset += 1
        }
        return true
    }

    /// After an attribute's name at `index`: `= value`, quoted or not, moving `index` past
    /// it; nil (and `index` unmoved) when the attribute has no value.
    private static func readValue(_ bytes: UnsafeBufferPointer<UInt8>, from index: inout Int) -> (range: Range<Int>, quote: UInt8?)? {
        var equals = index
        while equals < bytes.count, InlineText.isSpace(bytes[equals]) { equals += 1 }
        guard equals < bytes.count, bytes[equals] == UInt8(ascii: "=") else { return nil }
        var start = equals + 1
        while start < bytes.count, InlineText.isSpace(bytes[start]) { start += 1 }
        guard start < bytes.count else {
            index = start
            return nil
        }
        let quote: UInt8? = bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") ? bytes[start] : nil
        let valueStart = quote == nil ? start : start + 1
        var valueEnd = valueStart
        // A quoted value is skipped by `memchr`: a path's `d` is long.
        if let quote {
            valueEnd = ByteSearch.first(quote, in: bytes, from: valueStart)
        } else {
            while valueEnd < bytes.count, !InlineText.isSpace(bytes[valueEnd]), bytes[valueEnd] != UInt8(ascii: ">") { valueEnd += 1 }
        }
        index = quote == nil ? valueEnd : min(valueEnd + 1, bytes.count)
        return (valueStart..<valueEnd, quote)
    }

    private static func attribute(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, quote: UInt8?) -> Attribute {
        var range = range
        if urlAttributes.contains(name) {
            // A browser strips ASCII whitespace around a URL: `href=" a.md "` is `a.md`.
            while range.lowerBound < range.upperBound, InlineText.isSpace(bytes[range.lowerBound]) || bytes[range.lowerBound] == 0x0C {
                range = (range.lowerBound + 1)..<range.upperBound
            }
            while range.lowerBound < range.upperBound,
                InlineText.isSpace(bytes[range.upperBound - 1]) || bytes[range.upperBound - 1] == 0x0C
            {
                range = range.lowerBound..<(range.upperBound - 1)
            }
        }
        let written = String(decoding: bytes[range], as: UTF8.self)
        return Attribute(name: name, value: CharacterReferences.decoded(written), written: written, range: range, quote: quote)
    }

    /// The index after the comment whose `<!--` ends just before `body`: HTML ends it at
    /// the first `-->`, or at once for `<!-->` and `<!--->`.
    private static func commentEnd(_ bytes: UnsafeBufferPointer<UInt8>, from body: Int) -> Int {
        if starts(bytes, with: ">", at: body) { return body + 1 }
        if starts(bytes, with: "->", at: body) { return body + 2 }
        return end(of: "-->", in: bytes, from: body)
    }

    /// Whether `prefix` (ASCII, lower case) is at `index`, ignoring the case of `bytes`.
    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: StaticString, at index: Int) -> Bool {
        prefix.withUTF8Buffer { starts(bytes, with: $0, at: index) }
    }

    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: some Collection<UInt8>, at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        return zip(bytes[index...], prefix).allSatisfy { byte, expected in lowercased(byte) == expected }
    }

    /// The index after the first `marker` (ASCII, lower case) from `start`, or the end.
    private static func end(of marker: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        marker.withUTF8Buffer { end(of: Array($0), in: bytes, from: start) }
    }

    private static func end(of marker: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        // Every marker starts with `<` or `-`, which no other byte lowers to: the
        // candidates are found by `memchr`, the text of a plot's `<script>` skipped whole.
        var index = ByteSearch.first(marker[0], in: bytes, from: start)
        while index < bytes.count {
            if starts(bytes, with: marker, at: index) { return index + marker.count }
            index = ByteSearch.first(marker[0], in: bytes, from: index + 1)
        }
        return bytes.count
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}
