import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only code that calls cmark. Every node, iterator and buffer it allocates is freed
/// with `defer` in the scope that allocated it.
enum CMarkDocument {
    /// Parses CommonMark, lets `replace` swap code blocks for generated HTML, and renders.
    ///
    /// - Parameters:
    ///   - markdown: the lesson body (front matter already blanked, so lines match the file).
    ///   - source: the same text split into lines, to read fences at cmark's positions.
    ///   - allowRawHTML: pass the author's raw HTML through; otherwise cmark's safe mode
    ///     replaces it with `<!-- raw HTML omitted -->`.
    ///   - replace: called once per code block in document order; return HTML to put in
    ///     its place, or nil to keep the block.
    ///   - role: called once per inline role; return HTML, or nil to keep the text.
    ///   - link: called once per link or image with a relative destination or a `#fragment`
    ///     of the same page, and per such `href` or `src` in raw HTML that is kept; return
    ///     its new URL, or nil to keep it.
    /// - Returns: the HTML fragment, every heading with an id (`identifyHeadings`).
    ///
    /// Generated HTML survives safe mode because it goes in as a `CMARK_NODE_CUSTOM_BLOCK`,
    /// whose `on_enter` text cmark's HTML renderer writes verbatim: the safe option only
    /// filters `HTML_BLOCK` and `HTML_INLINE` nodes, which only the author's text creates.
    static func renderHTML(
        markdown: String, source: SourceText, allowRawHTML: Bool, replace: (CodeBlock) -> String?,
        role: (InlineRole) -> String? = { _ in nil }, link: (FoundLink) -> String? = { _ in nil }
    ) -> String {
        let options = CMARK_OPT_VALIDATE_UTF8 | (allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
        let length = markdown.utf8.count
        guard let document = markdown.withCString({ cmark_parse_document($0, length, options) }) else {
            return ""
        }
        defer { cmark_node_free(document) }

        for node in codeBlockNodes(in: document) {
            guard let html = replace(codeBlock(node, source: source)) else { continue }
            guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            // Whichever node ends up outside the tree is ours to free: the code block once
            // it is replaced, or the new node if cmark refuses the replacement.
            var detached = custom
            defer { cmark_node_free(detached) }
            cmark_node_set_on_enter(custom, html)
            if cmark_node_replace(node, custom) == 1 { detached = node }
        }

        replaceRoles(in: document, role)
        rewriteLinks(in: document, keepsRawHTML: allowRawHTML, link)
        identifyHeadings(in: document, options: options, keepsRawHTML: allowRawHTML)

        guard let rendered = cmark_render_html(document, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Collects the code blocks first: the tree must not change while an iterator walks it.
    private static func codeBlockNodes(in document: OpaquePointer) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var nodes: [OpaquePointer] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK
            else { continue }
            nodes.append(node)
        }
        return nodes
    }

    private static func codeBlock(_ node: OpaquePointer, source: SourceText) -> CodeBlock {
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        return CodeBlock(
            info: info, literal: literal, startLine: line, startByteColumn: column,
            isFenced: CodeBlock.isFenced(
                startLine: source.line(line), byteColumn: column, info: info, literal: literal))
    }
}

extension CMarkDocument {
    /// The paragraphs and headings of `markdown`, in document order. Used to find math
    /// before the real parse: block structure first, as CommonMark (and pandoc) decide it.
    static func inlineTextBlocks(markdown: String) -> [InlineTextBlock] {
        let length = markdown.utf8.count
        guard let document = markdown.withCString({ cmark_parse_document($0, length, CMARK_OPT_DEFAULT) }) else {
            return []
        }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var blocks: [InlineTextBlock] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING else { continue }
            blocks.append(InlineTextBlock(
                startLine: Int(cmark_node_get_start_line(node)),
                endLine: Int(cmark_node_get_end_line(node)),
                startByteColumn: Int(cmark_node_get_start_column(node))))
        }
        return blocks
    }
}
