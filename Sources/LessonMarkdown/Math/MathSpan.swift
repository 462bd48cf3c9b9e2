import AtlasDiagnostics

/// One `$…$` or `$$…$$` in a lesson, found before cmark parses it.
struct MathSpan {
    /// The TeX between the dollars, exactly as written (container prefixes such as `> `
    /// at the start of continuation lines removed).
    var tex: String
    var display: Bool
    /// Where each UTF-8 byte of `tex` is in the file, to point errors at the TeX.
    var texLocations: [SourceLocation]
    /// Where the opening `$` is.
    var location: SourceLocation
    /// The opening `$`: 1-based line, 0-based byte in that line.
    var startLine: Int
    var startByte: Int
    /// Just past the closing `$`: 1-based line, 0-based byte.
    var endLine: Int
    var endByte: Int
    /// For each line after the first, the byte where the span's text starts on it (after
    /// `> ` and indentation), so those prefixes stay for cmark.
    var continuationStarts: [Int: Int]

    /// The location of the Character at `offset` in `tex`.
    func location(ofCharacter offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, tex.count))
        let index = tex.index(tex.startIndex, offsetBy: clamped)
        let byte = tex.utf8.distance(from: tex.startIndex, to: index)
        return texLocations.indices.contains(byte) ? texLocations[byte] : (texLocations.last ?? location)
    }
}
