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
    /// or it is never closed.
    static func find(id: String, in body: String) -> PreviewElement? {
        guard let attribute = body.range(of: " id=\"" + MarkupText.escaped(id) + "\""),
            let open = body[..<attribute.lowerBound].lastIndex(of: "<")
        else { return nil }
        let tag = String(body[body.index(after: open)...].prefix { $0.isLetter || $0.isNumber }).lowercased()
        guard !tag.isEmpty, let startEnd = body.range(of: ">", range: attribute.upperBound..<body.endIndex) else {
            return nil
        }
        var depth = 1
        var cursor = startEnd.upperBound
        while let next = body.range(of: "<", range: cursor..<body.endIndex) {
            let rest = body[next.upperBound...]
            if rest.hasPrefix("/" + tag), Self.endsName(rest.dropFirst(tag.count + 1)) {
                depth -= 1
                if depth == 0 {
                    guard let close = body.range(of: ">", range: next.upperBound..<body.endIndex) else { return nil }
                    return PreviewElement(
                        tag: tag, outerHTML: String(body[open..<close.upperBound]),
                        innerHTML: String(body[startEnd.upperBound..<next.lowerBound]))
                }
            } else if rest.hasPrefix(tag), Self.endsName(rest.dropFirst(tag.count)) {
                depth += 1
            }
            cursor = next.upperBound
        }
        return nil
    }

    /// True when a tag name ends where `rest` starts: `<h2>` and `<h2 …`, not `<h2x`.
    private static func endsName(_ rest: Substring) -> Bool {
        guard let first = rest.first else { return false }
        return first == ">" || first == "/" || first.isWhitespace
    }
}
