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
    /// False for a fenced block that no closing fence ends and that holds some text:
    /// CommonMark then runs it to the end of the file (or of its block quote or list item),
    /// taking every line as its body. A fence on the last line, holding nothing, is closed
    /// by the end of the file and takes nothing.
    var isClosed = true
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
    /// Whether `line`, a fenced block's last line, is a closing fence for the opening fence
    /// starting at 1-based `byteColumn` of `opening`: after container prefixes (spaces,
    /// tabs, `>`), a run of the same fence character at least as long, then only spaces.
    static func isClosingFence(_ line: [UInt8], opening: [UInt8], byteColumn: Int) -> Bool {
        let start = byteColumn - 1
        guard start >= 0, start < opening.count else { return true }
        let fenceByte = opening[start]
        let run = opening[start...].prefix(while: { $0 == fenceByte }).count
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        var end = line.count
        while end > 0, blank(line[end - 1]) { end -= 1 }
        var runStart = end
        while runStart > 0, line[runStart - 1] == fenceByte { runStart -= 1 }
        guard end - runStart >= run else { return false }
        return line[..<runStart].allSatisfy { blank($0) || $0 == UInt8(ascii: ">") }
    }

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
