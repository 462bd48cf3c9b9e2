import CCmark

extension CMarkDocument {
    /// Replaces each role (text ending in `{name}`, then a code span) by what `role`
    /// returns, as a custom inline that cmark writes verbatim; nil keeps it as text.
    static func replaceRoles(in document: OpaquePointer, _ role: (InlineRole) -> String?) {
        var found: [(code: OpaquePointer, text: OpaquePointer, role: InlineRole)] = []
        var countByBlock: [String: Int] = [:]
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_CODE,
                let previous = cmark_node_previous(node), cmark_node_get_type(previous) == CMARK_NODE_TEXT,
                let text = cmark_node_get_literal(previous).map({ String(cString: $0) }),
                let name = roleName(endingWith: text)
            else { continue }
            var block = cmark_node_parent(node)
            var isInsideLink = false
            while let current = block, cmark_node_get_type(current) != CMARK_NODE_PARAGRAPH,
                cmark_node_get_type(current) != CMARK_NODE_HEADING
            {
                if cmark_node_get_type(current) == CMARK_NODE_LINK { isInsideLink = true }
                block = cmark_node_parent(current)
            }
            let line = block.map { Int(cmark_node_get_start_line($0)) } ?? 0
            let key = "\(line) \(name)"
            let index = countByBlock[key, default: 0]
            countByBlock[key] = index + 1
            let content = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            found.append((node, previous, InlineRole(
                name: name, content: content, blockStartLine: line, indexInBlock: index, isInsideLink: isInsideLink)))
        }
        for (code, text, inline) in found {
            guard let html = role(inline), let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            var detached = custom
            defer { cmark_node_free(detached) }
            cmark_node_set_on_enter(custom, html)
            guard cmark_node_replace(code, custom) == 1 else { continue }
            detached = code
            let literal = cmark_node_get_literal(text).map { String(cString: $0) } ?? ""
            cmark_node_set_literal(text, String(literal.dropLast(inline.name.count + 2)))
        }
    }

    /// `name` when `text` ends with `{name}` (a letter, then letters, digits or `-`).
    static func roleName(endingWith text: String) -> String? {
        guard text.hasSuffix("}"), let open = text.lastIndex(of: "{") else { return nil }
        let name = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard let first = name.first, first.isASCII, first.isLetter,
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { return nil }
        return String(name)
    }
}
