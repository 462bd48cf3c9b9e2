import AtlasText

/// A lesson's body made ready to share one page with the other lessons (`print.html`,
/// the whole course): every id it gives and every id it points to gets the lesson's slug
/// as a prefix, so that the ids of two lessons never meet, and a link to another lesson
/// on the page becomes a link within the page. Nothing else changes, byte for byte.
///
/// The attributes are found as a browser finds them (``HTMLAttributes``): comments and the
/// text of `<script>` (a plot's read-out data) are left alone.
///
/// ```swift
/// PrefixedIDs.rewrite(##"<h2 id="x">X</h2><a href="#x">…</a><a href="sigmoid.html#fig-s">"##,
///                      slug: "relu", pages: ["relu.html": "relu", "sigmoid.html": "sigmoid"])
/// // <h2 id="relu--x">X</h2><a href="#relu--x">…</a><a href="#sigmoid--fig-s">
/// ```
public enum PrefixedIDs {
    /// Attributes that hold one id.
    private static let singleIDs: Set<String> = ["id", "for"]
    /// Attributes that hold a list of ids separated by spaces.
    private static let idLists: Set<String> = ["aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "headers"]
    /// SVG presentation attributes that may point to an id as `url(#id)` (a plot's clip path).
    private static let urlReferences: Set<String> = [
        "clip-path", "mask", "fill", "stroke", "filter", "marker-start", "marker-mid", "marker-end",
    ]
    /// Attributes that hold a URL: `#id` within the lesson, or another lesson's page.
    private static let links: Set<String> = ["href", "xlink:href"]
    private static let names = singleIDs.union(idLists).union(urlReferences).union(links)

    /// The id that `id` of the lesson `slug` has on the combined page: `relu--fig-relu`.
    public static func id(_ id: String, slug: String) -> String { slug + "--" + id }

    /// `html` with its ids prefixed and its links to the pages in `pages` made in-page.
    /// - Parameters:
    ///   - html: a lesson's body as rendered.
    ///   - slug: the lesson's slug, the prefix.
    ///   - pages: the file name of each lesson page on the combined page (`sigmoid.html`)
    ///     → its slug, whose element carries it as id: `sigmoid.html` becomes
    ///     `#sigmoid`, `sigmoid.html#x` becomes `#sigmoid--x`. Links to other pages stay.
    public static func rewrite(_ html: String, slug: String, pages: [String: String]) -> String {
        var replacements: [(attribute: HTMLAttributes.Attribute, text: String)] = []
        for attribute in HTMLAttributes.find(names, in: html) {
            guard let value = rewritten(attribute, slug: slug, pages: pages), value != attribute.value else { continue }
            let singleQuoted = attribute.quote == UInt8(ascii: "'")
            let text = MarkupText.escaped(value) { singleQuoted && $0 == "'" ? "&#39;" : nil }
            replacements.append((attribute, text))
        }
        return replacements.isEmpty ? html : HTMLAttributes.replacing(replacements, in: html)
    }

    /// The new value of `attribute`, or nil when it stays.
    private static func rewritten(_ attribute: HTMLAttributes.Attribute, slug: String, pages: [String: String]) -> String? {
        let value = attribute.value
        if singleIDs.contains(attribute.name) { return value.isEmpty ? nil : id(value, slug: slug) }
        if idLists.contains(attribute.name) {
            let ids = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
            return ids.isEmpty ? nil : ids.map { id(String($0), slug: slug) }.joined(separator: " ")
        }
        if urlReferences.contains(attribute.name) { return prefixingURLReferences(value, slug: slug) }
        // A link.
        if value.hasPrefix("#") {
            return value.count > 1 ? "#" + id(String(value.dropFirst()), slug: slug) : nil
        }
        let hash = value.firstIndex(of: "#")
        let path = String(value[..<(hash ?? value.endIndex)])
        guard let target = pages[path] else { return nil }
        guard let hash, value.index(after: hash) < value.endIndex else { return "#" + target }
        return "#" + id(String(value[value.index(after: hash)...]), slug: target)
    }

    /// `url(#`, made once: every fill and stroke of every plot on the print page is searched.
    private static let urlMarker = Array("url(#".utf8)

    /// `url(#a)` → `url(#slug--a)`, each time it occurs.
    ///
    /// Found byte by byte, as ids are prefixed (a Character search would miss `url(#` with
    /// a combining mark after the `#`, whose id is prefixed all the same); the delimiters
    /// are ASCII, so the text between them is cut at scalar boundaries.
    private static func prefixingURLReferences(_ value: String, slug: String) -> String? {
        var value = value
        return value.withUTF8 { bytes in
            guard var found = ByteSearch.first(urlMarker, in: bytes, from: 0) else { return nil }
            var out: [UInt8] = []
            var copied = 0
            while true {
                let idStart = found + urlMarker.count
                let idEnd = ByteSearch.first(UInt8(ascii: ")"), in: bytes, from: idStart)
                out += bytes[copied..<idStart]
                out += id(String(decoding: bytes[idStart..<idEnd], as: UTF8.self), slug: slug).utf8
                copied = idEnd
                guard let next = ByteSearch.first(urlMarker, in: bytes, from: idEnd) else { break }
                found = next
            }
            out += bytes[copied...]
            return UTF8Text.string(out)
        }
    }
}
