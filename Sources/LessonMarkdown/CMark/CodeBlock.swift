/// A code block as cmark parsed it, with what LessonMarkdown needs to read a directive.
struct CodeBlock {
    /// The info string after the opening fence, as cmark unescaped it ("" for indented code).
    var info: String
    /// The content lines, container prefixes (`> `, list indentation) removed.
    var literal: String
    /// cmark's 1-based line of the opening fence (or first line of indented code).
    var startLine: Int
    /// cmark's 1-based byte column where the block starts: the first fence character,
    /// or, for indented code, the first content character after the indentation.
    var startByteColumn: Int
    var isFenced: Bool
}

extension CodeBlock {
    /// Tells fenced from indented code by source positions, since cmark 0.30.2 has no
    /// `cmark_node_get_fenced`.
    ///
    /// A fenced block starts at a run of three or more backticks or tildes. Indented
    /// code can start with such a run too (four spaces, then "```"), but then its
    /// first content line *is* the source line from the start column on, and it never
    /// has an info string. A fenced block's first content line can never equal its
    /// opening fence line when the info string is empty, because such a line would
    /// close the fence.
    static func isFenced(startLine: [UInt8], byteColumn: Int, info: String, literal: String) -> Bool {
        let start = byteColumn - 1
        guard start >= 0, start < startLine.count else { return false }
        let fenceByte = startLine[start]
        guard fenceByte == UInt8(ascii: "`") || fenceByte == UInt8(ascii: "~") else { return false }
        let run = startLine[start...].prefix(while: { $0 == fenceByte }).count
        guard run >= 3 else { return false }
        if !info.isEmpty { return true }
        let firstContentLine = literal.utf8.prefix(while: { $0 != UInt8(ascii: "\n") })
        return !startLine[start...].elementsEqual(firstContentLine)
    }
}
