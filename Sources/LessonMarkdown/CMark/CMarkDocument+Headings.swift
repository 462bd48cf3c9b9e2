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
    /// writes verbatim. Runs after the code blocks, roles and links are replaced, which it then keeps.
    static func identifyHeadings(in document: OpaquePointer, options: Int32, keepsRawHTML: Bool) {
        var headings: [OpaquePointer] = []
        // The HTML whose ids are on the page: read only if there is a heading to name,
        // straight from cmark's C strings (a plot's SVG is long, and copied for nothing).
        var htmlTexts: [UnsafePointer<CChar>] = []
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                headings.append(node)
            case CMARK_NODE_CUSTOM_BLOCK, CMARK_NODE_CUSTOM_INLINE:
                if let text = cmark_node_get_on_enter(node) { htmlTexts.append(text) }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                // Safe mode writes a comment instead, so such ids are not on the page.
                guard keepsRawHTML, let text = cmark_node_get_literal(node) else { continue }
                htmlTexts.append(text)
            default:
                continue
            }
        }
        guard !headings.isEmpty else { return }
        var taken: Set<String> = []
        for text in htmlTexts {
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text))
            taken.formUnion(Anchors.ids(in: bytes))
        }
        var allocator = Anchors.Allocator(taken: taken)
        for heading in headings {
            let id = allocator.claim(Anchors.slug(plainText(of: heading)))
            guard let rendered = cmark_render_html(heading, options) else { continue }
            defer { free(rendered) }
            replace(heading, withVerbatim: withID(id, String(cString: rendered)), type: CMARK_NODE_CUSTOM_BLOCK)
        }
    }

    /// `<hN>…</hN>` → `<hN id="id">… <a class="anchor" …>#</a></hN>`, as cmark writes a
    /// heading without the `sourcepos` option. The id is a slug (letters, digits, `-`,
    /// `_`), so it needs no escaping.
    ///
    /// The tags are cut off as bytes: as `Character`s, a combining mark at the start of
    /// the text would merge with the `>` before it (and a prepended one at the end with
    /// the `<` after it), and be lost.
    ///
    /// The link is hidden from screen readers and skipped by the keyboard, so that a
    /// heading's name stays its text; it is a convenience for copying with a mouse.
    static func withID(_ id: String, _ heading: String) -> String {
        let bytes = Array(heading.utf8)
        guard bytes.count >= 10, bytes[0] == UInt8(ascii: "<"), bytes[1] == UInt8(ascii: "h"),
            (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[2]), bytes[3] == UInt8(ascii: ">"),
            bytes.suffix(6).elementsEqual(Array("</h".utf8) + [bytes[2], UInt8(ascii: ">"), UInt8(ascii: "\n")])
        else { return heading }
        let level = Character(Unicode.Scalar(bytes[2]))
        let content = String(decoding: bytes[4..<(bytes.count - 6)], as: UTF8.self)
        let anchor = "<a class=\"anchor\" href=\"#\(id)\" aria-hidden=\"true\" tabindex=\"-1\">#</a>"
        return "<h\(level) id=\"\(id)\">\(content) \(anchor)</h\(level)>\n"
    }

    /// The words of a heading: its text and code spans, a space for each line break, and
    /// none of the placeholders that stand for math (private-use characters around a
    /// number, see `MathSplicer`).
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
            case MathSplicer.open: inPlaceholder = true
            case MathSplicer.close: inPlaceholder = false
            case MathSplicer.continuation: continue
            default: if !inPlaceholder { words.append(scalar) }
            }
        }
        return String(words)
    }
}
