/// A MyST role as cmark parsed it: a text ending in `{name}` right before a code span.
struct InlineRole {
    var name: String
    /// The code span's content.
    var content: String
    /// The first line of the paragraph or heading holding it.
    var blockStartLine: Int
    /// Its place among the roles of the same name in that block, from 0.
    var indexInBlock: Int
    /// Whether it sits in a link's text, where its output must not hold another link.
    var isInsideLink = false
}
