/// The source line under a diagnostic, with a caret under its column, as clang, swiftc
/// and rustc print it:
///
/// ```
/// Content/02-sigmoid.md:14:11: error: unknown activation 'sigmod'; did you mean 'sigmoid'?
///    14 | ```{plot} sigmod
///       |           ^~~~~~
/// ```
///
/// Columns count Characters (``SourceLocation``), so the marker line is built Character by
/// Character from the source line itself: a tab is copied as a tab (the two lines share
/// the gutter, so they share tab stops), a wide character (汉字, see ``CharacterWidth``)
/// is two cells of spaces, any other one cell. The caret sits under the first cell of
/// the Character at the column; tildes run to the last cell of ``Diagnostic/endColumn``
/// when it is known, and fill the rest of a wide Character under the caret.
///
/// ```swift
/// SourceSnippet(line: "a\t函数 sigmod", number: 3, column: 6, endColumn: 11).lines
/// // ["    3 | a\t函数 sigmod", "      | \t     ^~~~~~"]
/// ```
public struct SourceSnippet: Sendable, Hashable {
    /// The source line as read, without its line break.
    public var line: String
    public var number: Int
    public var column: Int
    public var endColumn: Int?

    public init(line: String, number: Int, column: Int, endColumn: Int? = nil) {
        self.line = line
        self.number = number
        self.column = column
        self.endColumn = endColumn
    }

    /// The source line and the marker line, each after a gutter as wide as the line
    /// number needs (at least four digits, as clang prints it).
    public var lines: [String] {
        let digits = String(number)
        let width = max(4, digits.count)
        let gutter = String(repeating: " ", count: width - digits.count + 1) + digits + " | "
        let blank = String(repeating: " ", count: width + 1) + " | "
        return [gutter + Self.printable(line), blank + marker]
    }

    /// The spaces, caret and tildes under ``line``.
    public var marker: String {
        let characters = Array(Self.printable(line))
        let start = max(1, column)
        let end = max(start, min(endColumn ?? start, characters.count))
        var text = ""
        for character in characters.prefix(start - 1) {
            text += character == "\t" ? "\t" : String(repeating: " ", count: CharacterWidth.cells(character))
        }
        // Past the end of the line (a missing closing fence, say), the caret goes one beyond.
        text += String(repeating: " ", count: max(0, start - 1 - characters.count))
        text += "^"
        guard start <= characters.count else { return text }
        var tildes = CharacterWidth.cells(characters[start - 1]) - 1
        if end > start {
            for character in characters[start..<end] { tildes += character == "\t" ? 1 : CharacterWidth.cells(character) }
        }
        return text + String(repeating: "~", count: tildes)
    }

    /// The line with control characters other than the tab shown as `?`, so that a stray
    /// escape sequence or carriage return in a lesson cannot move the terminal's cursor.
    static func printable(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || (0x7F...0x9F).contains($0.value) })
        else { return line }
        return String(
            String.UnicodeScalarView(
                line.unicodeScalars.map { ($0.value < 0x20 && $0 != "\t") || (0x7F...0x9F).contains($0.value) ? "?" : $0 }))
    }

    /// Line `number` (1-based) of `text`, without its `\n` or `\r\n`; nil past the end.
    public static func line(_ number: Int, of text: String) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = text.utf8.startIndex
        let utf8 = text.utf8
        while current < number {
            guard let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = utf8.index(after: newline)
            current += 1
        }
        var end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
