import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only code that calls cmark. Every node, iterator and buffer it allocates is freed
/// with `defer` in the scope that allocated it.
///
/// A lesson meets cmark twice, and both meetings walk the tree with the same functions in
/// the same order, so that the n-th code block, role or link of one is the n-th of the other:
/// - ``inventory(markdown:source:keepsRawHTML:)`` (the parse phase) lists the code blocks,
///   roles and links that the lesson holds;
/// - ``renderHTML(markdown:keepsRawHTML:replacements:finish:)`` (the render phase) puts the
///   generated HTML and URLs in their places, by those ordinals, and renders.
enum CMarkDocument {
    /// What a lesson's tree holds, in document order.
    struct Inventory {
        var codeBlocks: [CodeBlock] = []
        var roles: [InlineRole] = []
        var links: [FoundLink] = []
    }

    /// What the render phase puts into the tree, keyed by the ordinals of ``Inventory``.
    struct Replacements {
        /// HTML for the n-th code block, as UTF-8, written verbatim in its place.
        var codeBlocks: [Int: [UInt8]] = [:]
        /// HTML for the n-th role, in place of its `{name}` and code span.
        var roles: [Int: String] = [:]
        /// A new URL for the n-th link.
        var links: [Int: String] = [:]
    }

    static func options(keepsRawHTML: Bool) -> Int32 {
        CMARK_OPT_VALIDATE_UTF8 | (keepsRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
    }

    /// Parses `markdown` and hands the document to `body`; the tree is freed afterwards.
    private static func withDocument<T>(_ markdown: String, options: Int32, _ body: (OpaquePointer) -> T) -> T? {
        let length = markdown.utf8.count
        guard let document = markdown.withCString({ cmark_parse_document($0, length, options) }) else { return nil }
        defer { cmark_node_free(document) }
        return body(document)
    }

    /// The code blocks, roles and links of `markdown` (see ``Inventory``).
    ///
    /// - Parameters:
    ///   - markdown: the lesson body (front matter blanked, math replaced by placeholders,
    ///     so lines match the file).
    ///   - source: the same text split into lines, to read fences at cmark's positions.
    static func inventory(markdown: String, source: SourceText, keepsRawHTML: Bool) -> Inventory {
        withDocument(markdown, options: options(keepsRawHTML: keepsRawHTML)) { document in
            Inventory(
                codeBlocks: codeBlockNodes(in: document).map { codeBlock($0, source: source) },
                roles: roleNodes(in: document).map(\.role),
                links: linkNodes(in: document, keepsRawHTML: keepsRawHTML).flatMap(\.links))
        } ?? Inventory()
    }

    /// Parses `markdown` again, applies `replacements`, gives every heading an id
    /// (`identifyHeadings`), renders HTML, and hands its UTF-8 bytes to `finish`, which
    /// reads them before they are freed: the HTML of a lesson with its plots is long, and
    /// is read once (`LessonHTMLPass`) rather than first copied into a String.
    ///
    /// The bytes are valid UTF-8: cmark checks its input (`CMARK_OPT_VALIDATE_UTF8`) and
    /// writes ASCII of its own, and every replacement comes from a Swift string.
    ///
    /// Generated HTML survives safe mode because it goes in as a `CMARK_NODE_CUSTOM_BLOCK`
    /// (or `_INLINE`), whose `on_enter` text cmark's HTML renderer writes verbatim: the
    /// safe option only filters `HTML_BLOCK` and `HTML_INLINE` nodes, which only the
    /// author's text creates. The author's raw HTML is dropped (written as
    /// `<!-- raw HTML omitted -->`) unless `keepsRawHTML`.
    static func renderHTML<Result>(
        markdown: String, keepsRawHTML: Bool, replacements: Replacements, finish: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        let options = options(keepsRawHTML: keepsRawHTML)
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        return withDocument(markdown, options: options) { document in
            // Every node list is taken before any change: the tree must not change under an
            // iterator, and the ordinals are those of the unchanged tree, as in `inventory`.
            let blocks = codeBlockNodes(in: document)
            let roles = roleNodes(in: document)
            let links = linkNodes(in: document, keepsRawHTML: keepsRawHTML)
            for (ordinal, node) in blocks.enumerated() {
                guard let html = replacements.codeBlocks[ordinal] else { continue }
                replace(node, withVerbatim: html, type: CMARK_NODE_CUSTOM_BLOCK)
            }
            replaceRoles(roles, with: replacements.roles)
            rewriteLinks(links, with: replacements.links)
            identifyHeadings(in: document, options: options, keepsRawHTML: keepsRawHTML)
            guard let rendered = cmark_render_html(document, options) else { return finish(empty) }
            defer { free(rendered) }
            let bytes = UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self)
            return finish(UnsafeBufferPointer(start: bytes, count: strlen(rendered)))
        } ?? finish(empty)
    }

    /// Puts a custom node whose text cmark writes verbatim in the place of `node`.
    /// - Returns: whether cmark accepted the replacement.
    @discardableResult
    static func replace(_ node: OpaquePointer, withVerbatim html: String, type: cmark_node_type) -> Bool {
        html.withCString { replace(node, withVerbatimCString: $0, type: type) }
    }

    /// The same for HTML given as UTF-8 bytes, which cmark is handed with a NUL after them
    /// (it copies the text up to the NUL).
    @discardableResult
    static func replace(_ node: OpaquePointer, withVerbatim html: [UInt8], type: cmark_node_type) -> Bool {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: html.count + 1) { text in
            guard let start = text.baseAddress else { return false }
            html.withUnsafeBytes { bytes in
                UnsafeMutableRawBufferPointer(text).copyMemory(from: bytes)
            }
            text[html.count] = 0
            return replace(node, withVerbatimCString: start, type: type)
        }
    }

    private static func replace(_ node: OpaquePointer, withVerbatimCString html: UnsafePointer<CChar>, type: cmark_node_type) -> Bool {
        guard let custom = cmark_node_new(type) else { return false }
        // Whichever node ends up outside the tree is ours to free: the old node once it is
        // replaced, or the new one if cmark refuses the replacement.
        var detached = custom
        defer { cmark_node_free(detached) }
        cmark_node_set_on_enter(custom, html)
        guard cmark_node_replace(node, custom) == 1 else { return false }
        detached = node
        return true
    }

    /// The code blocks, in document order.
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
        let isFenced = CodeBlock.isFenced(startLine: source.line(line), byteColumn: column, info: info, literal: literal)
        let endLine = Int(cmark_node_get_end_line(node))
        return CodeBlock(
            info: info, literal: literal, startLine: line, startByteColumn: column, isFenced: isFenced,
            // A fence on the file's last line takes nothing: only one that takes lines is open.
            isClosed: !isFenced || literal.allSatisfy(\.isWhitespace)
                || CodeBlock.isClosingFence(source.line(endLine), opening: source.line(line), byteColumn: column)
                    && endLine > line
        )
    }
}

extension CMarkDocument {
    /// The paragraphs and headings of `markdown`, in document order. Used to find math
    /// before the real parse: block structure first, as CommonMark (and pandoc) decide it.
    static func inlineTextBlocks(markdown: String) -> [InlineTextBlock] {
        withDocument(markdown, options: CMARK_OPT_DEFAULT) { document in
            guard let iterator = cmark_iter_new(document) else { return [] }
            defer { cmark_iter_free(iterator) }
            var blocks: [InlineTextBlock] = []
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                guard type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING else { continue }
                blocks.append(
                    InlineTextBlock(
                        startLine: Int(cmark_node_get_start_line(node)),
                        endLine: Int(cmark_node_get_end_line(node)),
                        startByteColumn: Int(cmark_node_get_start_column(node))))
            }
            return blocks
        } ?? []
    }
}
