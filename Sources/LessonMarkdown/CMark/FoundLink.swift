/// A link found in a lesson for LessonRenderer to check: a Markdown link or image with a
/// relative destination or a `#fragment`, or such an `href` or `src` in raw HTML.
struct FoundLink {
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
    /// attribute's value as `HTMLAttributes` reads it.
    var url: String
    var place: Place

    /// Whether LessonRenderer is asked about `url`: relative, or a place on this page.
    static func isChecked(_ url: String) -> Bool {
        LessonLink.isRelative(url) || url.hasPrefix("#")
    }
}
