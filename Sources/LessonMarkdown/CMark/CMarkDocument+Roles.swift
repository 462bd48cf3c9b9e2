import AtlasText
import CCmark

extension CMarkDocument {
    /// A role's nodes: the code span, and the text before it that ends with `{name}`.
    struct RoleNodes {
        var code: OpaquePointer
        var text: OpaquePointer
        var role: InlineRole
    }

    /// Every role (text ending in `{name}`, then a code span), in document order.
    static func roleNodes(in document: OpaquePointer) -> [RoleNodes] {
        var found: [RoleNodes] = []
        var countByBlock: [String: Int] = [:]
        guard let iterator = cmark_iter_new(document) else { return [] }
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
            found.append(
                RoleNodes(
                    code: node, text: previous,
                    role: InlineRole(
                        name: name, content: content, blockStartLine: line, indexInBlock: index, isInsideLink: isInsideLink)))
        }
        return found
    }

    /// Replaces the n-th role by `html[n]`, as a custom inline that cmark writes verbatim;
    /// a role without HTML stays as the author wrote it.
    static func replaceRoles(_ roles: [RoleNodes], with html: [Int: String]) {
        for (ordinal, nodes) in roles.enumerated() {
            guard let html = html[ordinal], replace(nodes.code, withVerbatim: html, type: CMARK_NODE_CUSTOM_INLINE) else {
                continue
            }
            let literal = cmark_node_get_literal(nodes.text).map { String(cString: $0) } ?? ""
            cmark_node_set_literal(nodes.text, String(literal.dropLast(nodes.role.name.count + 2)))
        }
    }

    /// `name` when `text` ends with `{name}` (a letter, then letters, digits or `-`).
    static func roleName(endingWith text: String) -> String? {
        guard text.hasSuffix("}"), let open = text.lastIndex(of: "{") else { return nil }
        let name = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard let first = name.first, CharacterClass.isASCIILetter(first),
            name.allSatisfy({ CharacterClass.isASCIILetter($0) || CharacterClass.isASCIIDigit($0) || $0 == "-" })
        else { return nil }
        return String(name)
    }
}
