import CCmark

/// A link or image node with a relative destination or a `#fragment`, as cmark parsed it.
struct InlineLink {
    var kind: LessonLink.Kind
    /// cmark's destination: `<…>` removed, escapes and entities decoded.
    var url: String
    /// The paragraph or heading holding it: cmark gives inlines no positions, so the
    /// destination is found again in the source from the block on (`LinkLocator`).
    var block: InlineTextBlock
}

extension CMarkDocument {
    /// Asks `rewrite` about every link and image whose destination is relative
    /// (`LessonLink.isRelative`) or a place on the same page (`#drawbacks`), in the order
    /// their destinations are written, and sets
    /// the URL it returns; nil, or the same URL, leaves the node untouched.
    ///
    /// The order is that of the nodes' *exit*: in `[![a](x.png)](y.md)` the image's
    /// destination is written first, although the link encloses it.
    static func rewriteLinks(in document: OpaquePointer, _ rewrite: (InlineLink) -> String?) {
        var found: [(node: OpaquePointer, link: InlineLink)] = []
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_EXIT, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE,
                let url = cmark_node_get_url(node).map({ String(cString: $0) }),
                LessonLink.isRelative(url) || url.hasPrefix("#")
            else { continue }
            var block = cmark_node_parent(node)
            while let current = block, cmark_node_get_type(current) != CMARK_NODE_PARAGRAPH,
                cmark_node_get_type(current) != CMARK_NODE_HEADING
            {
                block = cmark_node_parent(current)
            }
            guard let block else { continue }
            found.append((node, InlineLink(
                kind: type == CMARK_NODE_IMAGE ? .image : .link, url: url,
                block: InlineTextBlock(
                    startLine: Int(cmark_node_get_start_line(block)), endLine: Int(cmark_node_get_end_line(block)),
                    startByteColumn: Int(cmark_node_get_start_column(block))))))
        }
        // Changed after the walk, as the other passes do: the tree stays still under an iterator.
        for (node, link) in found {
            guard let url = rewrite(link), url != link.url else { continue }
            cmark_node_set_url(node, url)
        }
    }
}
