import AtlasText

/// A lesson's own contents for the page's "On this page" list: its h2 and h3, in order,
/// read from the body's HTML.
///
/// The body is what `LessonRenderer` wrote, and every heading in it has the one shape
/// `CMarkDocument.withID` gives it: `<h2 id="drawbacks">Drawbacks <a class="anchor" …>#</a></h2>`.
/// Reading the entries from the body (rather than carrying them beside it) keeps the
/// page a function of the body alone, whose digest a page's key already holds, and
/// leaves the build cache's format as it was. A heading without an id (raw HTML an
/// author kept with `unsafe_html`) has nowhere to link and is left out.
///
/// An entry's text is the heading's text with its markup taken off (code spans become
/// their text, math its characters without the TeX annotation), still HTML-escaped as
/// the body is; a link inside a heading would otherwise nest in the contents' own link.
enum TableOfContents {
    /// The h2 and h3 of `body`, in order.
    ///
    /// ```swift
    /// TableOfContents.entries(in: "<h2 id=\"a\">A <a class=\"anchor\" href=\"#a\">#</a></h2>\n")
    /// // [TocEntry(level: 2, id: "a", text: "A")]
    /// ```
    static func entries(in body: String) -> [PageContext.TocEntry] {
        var body = body
        return body.withUTF8(entries(in:))
    }

    /// Why `memchr` to each `<`: the body of a lesson with plots is long and mostly SVG,
    /// and a byte-by-byte loop over it was a fortieth of a large course's build.
    /// The start tags of the headings listed, with their end tags; made once.
    private static let openings: [(level: Int, tag: [UInt8], closing: [UInt8])] = [
        (2, Array("<h2 id=\"".utf8), Array("</h2>".utf8)), (3, Array("<h3 id=\"".utf8), Array("</h3>".utf8)),
    ]
    private static let anchorStart = Array(" <a class=\"anchor\"".utf8)

    private static func entries(in bytes: UnsafeBufferPointer<UInt8>) -> [PageContext.TocEntry] {
        var entries: [PageContext.TocEntry] = []
        var position = ByteSearch.first(UInt8(ascii: "<"), in: bytes, from: 0)
        while position + 8 < bytes.count {
            guard bytes[position + 1] == UInt8(ascii: "h"),
                let opening = openings.first(where: { bytes[position..<(position + 8)].elementsEqual($0.tag) })
            else {
                position = ByteSearch.first(UInt8(ascii: "<"), in: bytes, from: position + 1)
                continue
            }
            let idStart = position + opening.tag.count
            let idEnd = ByteSearch.first(UInt8(ascii: "\""), in: bytes, from: idStart)
            let tagEnd = ByteSearch.first(UInt8(ascii: ">"), in: bytes, from: idEnd)
            guard tagEnd < bytes.count else { break }
            let closing = opening.closing
            guard let contentEnd = ByteSearch.first(closing, in: bytes, from: tagEnd + 1) else { break }
            // The heading's link to itself: ` <a class="anchor" …>#</a>` at its end.
            let content = UnsafeBufferPointer(rebasing: bytes[(tagEnd + 1)..<contentEnd])
            let textEnd = ByteSearch.first(anchorStart, in: content, from: 0) ?? content.count
            let id = String(decoding: bytes[idStart..<idEnd], as: UTF8.self)
            let text = plainText(Array(content[..<textEnd]))
            if !id.isEmpty, !text.isEmpty { entries.append(.init(level: opening.level, id: id, text: text)) }
            position = ByteSearch.first(UInt8(ascii: "<"), in: bytes, from: contentEnd + closing.count)
        }
        return entries
    }

    /// HTML with its tags removed, the contents of `<annotation>` (a formula's TeX) too,
    /// and runs of white space made one space.
    private static func plainText(_ html: [UInt8]) -> String {
        var out: [UInt8] = []
        var index = 0
        var skipping = false
        while index < html.count {
            if html[index] == UInt8(ascii: "<"), let end = html[index...].firstIndex(of: UInt8(ascii: ">")) {
                let tag = html[index...end]
                if tag.starts(with: Array("<annotation".utf8)) { skipping = true }
                if tag.starts(with: Array("</annotation".utf8)) { skipping = false }
                index = end + 1
                continue
            }
            if !skipping {
                let byte = html[index]
                let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                if isSpace {
                    if let last = out.last, last != 0x20 { out.append(0x20) }
                } else {
                    out.append(byte)
                }
            }
            index += 1
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
