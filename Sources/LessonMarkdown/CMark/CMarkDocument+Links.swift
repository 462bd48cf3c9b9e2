import CCmark

/// A link or image with a relative destination or a `#fragment`, as cmark parsed it, or
/// an `href` or `src` of the author's raw HTML.
struct InlineLink {
    enum Place {
        /// A Markdown link or image in this paragraph or heading: cmark gives inlines no
        /// positions, so the destination is found again in the source from the block on
        /// (`LinkLocator`).
        case markdown(InlineTextBlock)
        /// An attribute value at byte `offset` of an HTML block that starts on `startLine`,
        /// whose text cmark gives as `literal`.
        case htmlBlock(startLine: Int, literal: String, offset: Int)
        /// An attribute value at byte `offset` of the `ordinal`-th piece of inline HTML in
        /// this paragraph or heading (from 0), whose text cmark gives as `literal`.
        case inlineHTML(InlineTextBlock, ordinal: Int, literal: String, offset: Int)
    }

    var kind: LessonLink.Kind
    /// cmark's destination (`<…>` removed, escapes and entities decoded), or the
    /// attribute's value with character references decoded.
    var url: String
    var place: Place

    /// Whether LessonRenderer is asked about `url`: relative, or a place on this page.
    static func isChecked(_ url: String) -> Bool {
        LessonLink.isRelative(url) || url.hasPrefix("#")
    }
}

extension CMarkDocument {
    /// Asks `rewrite` about every link and image whose destination is relative
    /// (`LessonLink.isRelative`) or a place on the same page (`#drawbacks`), and, when
    /// the author's HTML is kept, every such `href` and `src` in it, in the order they
    /// are written; sets the URL it returns. nil, or the same URL, leaves it untouched.
    ///
    /// The order is that of the nodes' *exit*: in `[![a](x.png)](y.md)` the image's
    /// destination is written first, although the link encloses it.
    static func rewriteLinks(in document: OpaquePointer, keepsRawHTML: Bool, _ rewrite: (InlineLink) -> String?) {
        var inlineHTMLCount: [Int: Int] = [:]
        // One list in walk order, so that `rewrite` is asked in written order.
        var found: [(node: OpaquePointer, links: [(attribute: RawHTMLLinks.Attribute?, link: InlineLink)])] = []
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_EXIT, type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE,
                let url = cmark_node_get_url(node).map({ String(cString: $0) }), InlineLink.isChecked(url),
                let block = enclosingTextBlock(of: node)
            {
                let kind: LessonLink.Kind = type == CMARK_NODE_IMAGE ? .image : .link
                found.append((node, [(nil, InlineLink(kind: kind, url: url, place: .markdown(block)))]))
            } else if keepsRawHTML, event == CMARK_EVENT_ENTER, type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                guard let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) else { continue }
                let place: (Int) -> InlineLink.Place
                if type == CMARK_NODE_HTML_BLOCK {
                    let line = Int(cmark_node_get_start_line(node))
                    place = { .htmlBlock(startLine: line, literal: literal, offset: $0) }
                } else {
                    guard let block = enclosingTextBlock(of: node) else { continue }
                    let ordinal = inlineHTMLCount[block.startLine, default: 0]
                    inlineHTMLCount[block.startLine] = ordinal + 1
                    place = { .inlineHTML(block, ordinal: ordinal, literal: literal, offset: $0) }
                }
                let links = RawHTMLLinks.attributes(in: literal).filter { InlineLink.isChecked($0.value) }.map {
                    (attribute: Optional($0), link: InlineLink(
                        kind: $0.name == "src" ? .image : .link, url: $0.value, place: place($0.range.lowerBound)))
                }
                if !links.isEmpty { found.append((node, links)) }
            }
        }
        // Changed after the walk, as the other passes do: the tree stays still under an iterator.
        for (node, links) in found {
            let replacements = links.compactMap { attribute, link -> (attribute: RawHTMLLinks.Attribute?, url: String)? in
                rewrite(link).flatMap { $0 == link.url ? nil : (attribute, $0) }
            }
            if let first = replacements.first, first.attribute == nil {
                cmark_node_set_url(node, first.url)
            } else if !replacements.isEmpty, let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) {
                let changes = replacements.compactMap { replacement in replacement.attribute.map { (attribute: $0, url: replacement.url) } }
                cmark_node_set_literal(node, RawHTMLLinks.replacing(changes, in: literal))
            }
        }
    }

    /// The paragraph or heading that holds an inline node.
    private static func enclosingTextBlock(of node: OpaquePointer) -> InlineTextBlock? {
        var block = cmark_node_parent(node)
        while let current = block, cmark_node_get_type(current) != CMARK_NODE_PARAGRAPH,
            cmark_node_get_type(current) != CMARK_NODE_HEADING
        {
            block = cmark_node_parent(current)
        }
        guard let block else { return nil }
        return InlineTextBlock(
            startLine: Int(cmark_node_get_start_line(block)), endLine: Int(cmark_node_get_end_line(block)),
            startByteColumn: Int(cmark_node_get_start_column(block)))
    }
}
