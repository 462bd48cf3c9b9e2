import AtlasDiagnostics

/// One `$…$` or `$$…$$` in a lesson, found before cmark parses it.
///
/// Where the span and each byte of its TeX lie is kept as lines and bytes; the columns
/// an editor shows are worked out only when asked for (by a message about the formula):
/// counting a line's Characters cost the scanner as much as finding the math, for
/// positions that nearly every build never reports.
struct MathSpan {
    /// The TeX between the dollars, exactly as written (container prefixes such as `> `
    /// at the start of continuation lines removed).
    var tex: String
    var display: Bool
    /// Each UTF-8 byte of `tex`: its 1-based line and 0-based byte in that line.
    var texPositions: ArraySlice<MathSpanScanner.Cell>
    /// The text the positions are in.
    var source: SourceText
    /// The opening `$`: 1-based line, 0-based byte in that line.
    var startLine: Int
    var startByte: Int
    /// Just past the closing `$`: 1-based line, 0-based byte.
    var endLine: Int
    var endByte: Int
    /// For each line after the first, the byte where the span's text starts on it (after
    /// `> ` and indentation), so those prefixes stay for cmark.
    var continuationStarts: [Int: Int]

    /// Where the opening `$` is. Counts its line's Characters at each use: for many spans
    /// of one text, ``location(ofCharacter:columns:)`` shares the count.
    var location: SourceLocation {
        var columns = LineColumns(source)
        return columns.location(line: startLine, byte: startByte)
    }

    /// The location of the Character at `offset` in `tex`.
    func location(ofCharacter offset: Int) -> SourceLocation {
        var columns = LineColumns(source)
        return location(ofCharacter: offset, columns: &columns)
    }

    /// The same, with the columns of lines already worked out for other spans of the text.
    func location(ofCharacter offset: Int, columns: inout LineColumns) -> SourceLocation {
        let clamped = max(0, min(offset, tex.count))
        let index = tex.index(tex.startIndex, offsetBy: clamped)
        let byte = tex.utf8.distance(from: tex.startIndex, to: index)
        guard let cell = texPositions.dropFirst(byte).first ?? texPositions.last else {
            return columns.location(line: startLine, byte: startByte)
        }
        return columns.location(line: cell.line, byte: cell.byte)
    }
}
