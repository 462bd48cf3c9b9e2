import CCmark

extension CMarkDocument {
    /// A node whose links are checked: a Markdown link or image (one link, its URL), or a
    /// piece of raw HTML (each checked `href` and `src` in its text).
    struct LinkNode {
        var node: OpaquePointer
        var links: [FoundLink]
        /// For raw HTML: the attribute each link was read from, in the same order.
        var attributes: [HTMLAttributes.Attribute] = []
    }

    /// Every link and image whose destination is relative (`LessonLink.isRelative`) or a
    /// place on the same page (`#drawbacks`), and, when the author's HTML is kept, every
    /// such `href` and `src` in it, in the order they are written.
    ///
    /// The order is that of the nodes' *exit*: in `[![a](x.png)](y.md)` the image's
    /// destination is written first, although the link encloses it.
    static func linkNodes(in document: OpaquePointer, keepsRawHTML: Bool) -> [LinkNode] {
        var found: [LinkNode] = []
        var inlineHTMLCount: [Int: Int] = [:]
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_EXIT, type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE,
                let url = cmark_node_get_url(node).map({ String(cString: $0) }), FoundLink.isChecked(url),
                let block = enclosingTextBlock(of: node)
            {
                let kind: LessonLink.Kind = type == CMARK_NODE_IMAGE ? .image : .link
                found.append(LinkNode(node: node, links: [FoundLink(kind: kind, url: url, place: .markdown(block))]))
            } else if keepsRawHTML, event == CMARK_EVENT_ENTER,
                type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE,
                let html = rawHTMLLinks(of: node, isBlock: type == CMARK_NODE_HTML_BLOCK, count: &inlineHTMLCount)
            {
                found.append(html)
            }
        }
        return found
    }

    /// Sets the n-th link's URL to `urls[n]` (counting every link of `nodes` in order, the
    /// `href` and `src` in raw HTML each on its own); a link without one, or with the same
    /// URL, is left untouched.
    static func rewriteLinks(_ nodes: [LinkNode], with urls: [Int: String]) {
        var ordinal = 0
        for item in nodes {
            let first = ordinal
            ordinal += item.links.count
            let new = item.links.enumerated().map { offset, link in
                urls[first + offset].flatMap { $0 == link.url ? nil : $0 }
            }
            if item.attributes.isEmpty {
                if let url = new.first ?? nil { cmark_node_set_url(item.node, url) }
                continue
            }
            let changes = zip(item.attributes, new).compactMap { attribute, url in
                url.map { (attribute: attribute, text: HTMLAttributes.text(for: $0, replacing: attribute)) }
            }
            guard !changes.isEmpty, let literal = cmark_node_get_literal(item.node).map({ String(cString: $0) }) else {
                continue
            }
            cmark_node_set_literal(item.node, HTMLAttributes.replacing(changes, in: literal))
        }
    }

    /// The checked `href` and `src` of a piece of raw HTML, or nil when it has none.
    /// `count` numbers the pieces of inline HTML per paragraph, for `LinkLocator`; every
    /// piece counts, with links or not.
    private static func rawHTMLLinks(of node: OpaquePointer, isBlock: Bool, count: inout [Int: Int]) -> LinkNode? {
        guard let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) else { return nil }
        let place: (Int) -> FoundLink.Place
        if isBlock {
            let line = Int(cmark_node_get_start_line(node))
            place = { .htmlBlock(startLine: line, literal: literal, offset: $0) }
        } else {
            guard let block = enclosingTextBlock(of: node) else { return nil }
            let ordinal = count[block.startLine, default: 0]
            count[block.startLine] = ordinal + 1
            place = { .inlineHTML(block, ordinal: ordinal, literal: literal, offset: $0) }
        }
        let attributes = HTMLAttributes.find(["href", "src"], in: literal).filter { FoundLink.isChecked($0.value) }
        guard !attributes.isEmpty else { return nil }
        let links = attributes.map {
            FoundLink(kind: $0.name == "src" ? .image : .link, url: $0.value, place: place($0.range.lowerBound))
        }
        return LinkNode(node: node, links: links, attributes: attributes)
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
