/// A paragraph or heading: the only blocks whose text cmark parses for inlines, and so
/// the only places math can be.
struct InlineTextBlock: Equatable {
    /// 1-based lines of the block in the text cmark saw.
    var startLine: Int
    var endLine: Int
    /// cmark's 1-based byte column where the block's content starts on its first line.
    var startByteColumn: Int
}
