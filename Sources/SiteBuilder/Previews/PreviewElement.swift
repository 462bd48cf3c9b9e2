import AtlasText

/// One element of a page body that atlas wrote, found by its id: enough HTML reading for
/// markup whose every attribute atlas quoted with `"` and escaped, not for HTML at large.
struct PreviewElement: Equatable {
    /// Lower case: `h2`, `figure`.
    var tag: String
    /// From its `<` to the end of its closing tag.
    var outerHTML: String
    /// Between its start tag's `>` and its closing tag.
    var innerHTML: String

    var isHeading: Bool { ["h1", "h2", "h3", "h4", "h5", "h6"].contains(tag) }

    /// A heading's content without the `#` anchor the renderer adds to each heading.
    var headingHTML: String {
        guard let start = innerHTML.range(of: "<a class=\"anchor\""),
            let end = innerHTML.range(of: "</a>", range: start.upperBound..<innerHTML.endIndex)
        else { return innerHTML.trimmingWhitespace() }
        return String(innerHTML[..<start.lowerBound] + innerHTML[end.upperBound...]).trimmingWhitespace()
    }

    /// The element whose start tag carries `id="<id>"`, with everything up to its matching
    /// closing tag (elements of the same name inside it counted); nil when there is none
    /// or it is never closed. Read over the body's UTF-8 bytes: the tags and ids atlas
    /// writes are ASCII, and Foundation's string search converted UTF-16 offsets on every
    /// call (5 % of the benchmark's cold build).
    static func find(id: String, in body: String) -> PreviewElement? {
        let bytes = Array(body.utf8)
        let needle = Array((" id=\"" + MarkupText.escaped(id) + "\"").utf8)
        guard let attribute = firstIndex(of: needle, in: bytes, from: 0),
            let open = bytes[..<attribute].lastIndex(of: UInt8(ascii: "<"))
        else { return nil }
        let name = bytes[(open + 1)...].prefix { CharacterClass.isASCIILetter($0) || CharacterClass.isASCIIDigit($0) }
        let tag = Array(String(decoding: name, as: UTF8.self).lowercased().utf8)
        guard !tag.isEmpty, let startEnd = bytes[(attribute + needle.count)...].firstIndex(of: UInt8(ascii: ">")) else {
            return nil
        }
        var depth = 1
        var cursor = startEnd + 1
        while let next = bytes[cursor...].firstIndex(of: UInt8(ascii: "<")) {
            let rest = bytes[(next + 1)...]
            if rest.first == UInt8(ascii: "/"), startsWithName(tag, rest.dropFirst()) {
                depth -= 1
                if depth == 0 {
                    guard let close = bytes[(next + 1)...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                    return PreviewElement(
                        tag: String(decoding: tag, as: UTF8.self),
                        outerHTML: String(decoding: bytes[open...close], as: UTF8.self),
                        innerHTML: String(decoding: bytes[(startEnd + 1)..<next], as: UTF8.self))
                }
            } else if startsWithName(tag, rest) {
                depth += 1
            }
            cursor = next + 1
        }
        return nil
    }

    /// Where `needle` first occurs in `bytes` at or after `start`.
    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        while let candidate = bytes[index...].firstIndex(of: first) {
            guard candidate + needle.count <= bytes.count else { return nil }
            if bytes[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// Whether `rest` starts with the tag name `tag` (any case), ending there: `<h2>` and
    /// `<h2 …`, not `<h2x`.
    private static func startsWithName(_ tag: [UInt8], _ rest: ArraySlice<UInt8>) -> Bool {
        guard rest.count > tag.count else { return false }
        for (offset, byte) in tag.enumerated() {
            let found = rest[rest.startIndex + offset]
            guard found == byte || (found >= 0x41 && found <= 0x5A && found + 0x20 == byte) else { return false }
        }
        let after = rest[rest.startIndex + tag.count]
        return after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || after == 0x20 || (0x09...0x0D).contains(after)
    }
}
