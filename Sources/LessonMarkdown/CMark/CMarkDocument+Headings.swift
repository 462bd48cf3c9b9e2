import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CMarkDocument {
    /// Gives every heading an id made from its text (``Anchors/slug(_:)``) and a link to
    /// itself, so that `relu.html#drawbacks` lands on "## Drawbacks":
    /// `<h2 id="drawbacks">Drawbacks <a class="anchor" href="#drawbacks" …>#</a></h2>`.
    ///
    /// The text is that of the heading's text and code spans; math, roles and raw HTML add
    /// nothing. An id already on the page (a figure's `plot-1` or `:name:`, an id in raw
    /// HTML that is kept) is not reused: the heading gets `-1`, `-2`, … instead.
    ///
    /// cmark's HTML renderer writes headings without attributes, so each heading is
    /// rendered on its own, given its id, and put back as a custom block, which cmark
    /// writes verbatim. Runs after roles and links are rewritten, which it then keeps.
    static func identifyHeadings(in document: OpaquePointer, options: Int32, keepsRawHTML: Bool) {
        var headings: [OpaquePointer] = []
        var taken: Set<String> = []
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                headings.append(node)
            case CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE:
                taken.formUnion(Anchors.ids(in: cmark_node_get_on_enter(node).map { String(cString: $0) } ?? ""))
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                // Safe mode writes a comment instead, so such ids are not on the page.
                guard keepsRawHTML else { continue }
                taken.formUnion(Anchors.ids(in: cmark_node_get_literal(node).map { String(cString: $0) } ?? ""))
            default:
                continue
            }
        }
        for heading in headings {
            let id = Anchors.unique(Anchors.slug(plainText(of: heading)), taken: &taken)
            guard let rendered = cmark_render_html(heading, options) else { continue }
            defer { free(rendered) }
            let html = withID(id, String(cString: rendered))
            guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            var detached = custom
            defer { cmark_node_free(detached) }
            cmark_node_set_on_enter(custom, html)
            if cmark_node_replace(heading, custom) == 1 { detached = heading }
        }
    }

    /// `<hN>…</hN>` → `<hN id="id">… <a class="anchor" …>#</a></hN>`, as cmark writes a
    /// heading without the `sourcepos` option. The id is a slug (letters, digits, `-`,
    /// `_`), so it needs no escaping.
    static func withID(_ id: String, _ heading: String) -> String {
        let scalars = Array(heading.unicodeScalars.prefix(4))
        guard scalars.count == 4, scalars[0] == "<", scalars[1] == "h", scalars[3] == ">",
            heading.hasSuffix("</h\(scalars[2])>\n")
        else { return heading }
        let content = heading.dropFirst(4).dropLast(6)
        let anchor = "<a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a>"
        return "<h\(scalars[2]) id=\"\(id)\">\(content) \(anchor)</h\(scalars[2])>\n"
    }

    /// The words of a heading: its text and code spans, a space for each line break, and
    /// none of the placeholders that stand for math or a `{ref}` (private-use characters
    /// around a number, see `MathSplicer` and SiteBuilder's `CrossReferences`).
    static func plainText(of heading: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(heading) else { return "" }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                continue
            }
        }
        var words = String.UnicodeScalarView()
        var inPlaceholder = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{E000}", "\u{E010}": inPlaceholder = true
            case "\u{E001}", "\u{E011}": inPlaceholder = false
            case "\u{E002}": continue
            default: if !inPlaceholder { words.append(scalar) }
            }
        }
        return String(words)
    }
}
