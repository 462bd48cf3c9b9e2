import AtlasDiagnostics

/// A lesson's text split into lines of UTF-8 bytes, to map cmark's byte positions
/// back to the character columns an editor shows.
struct SourceText {
    /// Each line without its line terminator (`\n`, and a `\r` before it).
    let lines: [[UInt8]]

    init(_ text: String) {
        self.lines = text.utf8.withContiguousStorageIfAvailable(Self.lines) ?? Array(text.utf8).withUnsafeBufferPointer(Self.lines)
    }

    /// The lines of `bytes`, each copied once as a whole from the text, not byte by byte.
    private static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            let end = index > start && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
            lines.append(Array(UnsafeBufferPointer(rebasing: bytes[start..<end])))
            start = index + 1
        }
        lines.append(Array(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])))
        return lines
    }

    /// The bytes of 1-based line `number`, or an empty line outside the text.
    func line(_ number: Int) -> [UInt8] {
        lines.indices.contains(number - 1) ? lines[number - 1] : []
    }

    /// The character column of the byte at 1-based `byteColumn` on 1-based `line`.
    func location(line: Int, byteColumn: Int) -> SourceLocation {
        let bytes = self.line(line)
        let prefix = bytes.prefix(max(0, byteColumn - 1))
        // ASCII, a byte is a column (a line holds no CR LF, the one two-byte cluster).
        if prefix.allSatisfy({ $0 < 0x80 }) { return SourceLocation(line: line, column: prefix.count + 1) }
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        return SourceLocation(line: line, column: column)
    }

    /// The character column of every byte of 1-based `line` (and one past its end), in one
    /// pass: for a long line this is linear where calling `location` per byte is not.
    func columns(ofLine line: Int) -> [Int] {
        let bytes = self.line(line)
        // ASCII, a byte is a column (a line holds no CR LF, the one two-byte cluster).
        if bytes.allSatisfy({ $0 < 0x80 }) { return Array(1...(bytes.count + 1)) }
        var columns: [Int] = []
        columns.reserveCapacity(bytes.count + 1)
        var column = 1
        for character in String(decoding: bytes, as: UTF8.self) {
            for _ in 0..<character.utf8.count { columns.append(column) }
            column += 1
        }
        // Invalid UTF-8 decodes to U+FFFD of another length; keep one entry per byte.
        while columns.count < bytes.count { columns.append(column) }
        columns.removeLast(max(0, columns.count - bytes.count))
        columns.append(column)
        return columns
    }
}

/// The character columns of a text's lines, each line's worked out once
/// (``SourceText/columns(ofLine:)``) and kept for every later position on it: a paragraph
/// can hold thousands of formulas or stray dollars, and walking its line's Characters for
/// each one would make reporting them quadratic.
///
/// A byte's column is that of the Character holding it, so a `$` that a Prepend character
/// before it joins into one Character (U+06DD, `۝$x$`) has that Character's column, as
/// every other position of the line has.
struct LineColumns {
    let source: SourceText
    private var byLine: [Int: [Int]] = [:]

    init(_ source: SourceText) { self.source = source }

    /// Where byte `byte` (0-based; past the line's end, one past it) of 1-based `line` is.
    mutating func location(line: Int, byte: Int) -> SourceLocation {
        let columns = byLine[line] ?? source.columns(ofLine: line)
        byLine[line] = columns
        return SourceLocation(line: line, column: columns[min(max(0, byte), columns.count - 1)])
    }
}
