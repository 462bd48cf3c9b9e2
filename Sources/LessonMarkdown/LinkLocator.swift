import AtlasDiagnostics

/// Finds where a link's destination is written in the lesson, since cmark gives inlines no
/// positions: as `Role.location` does for roles, the destination is found again in the
/// source, in the same block and in the same order.
///
/// Within a paragraph or heading, the inline destinations `](…)` are read with the same
/// pass that protects them from math (`ProtectedRanges`, which skips code spans, raw HTML
/// and backslash escapes), and the first one not yet used that decodes to the node's URL
/// is taken. A URL found in none is a reference link's (`[ReLU][r]`), located at the
/// destination of a definition `[r]: …` that gives the same URL. Failing both, the
/// block's first character is the location: never a wrong line.
struct LinkLocator {
    /// A destination as written, decoded as cmark decodes it.
    struct Candidate: Equatable {
        var url: String
        var location: SourceLocation
    }

    let source: SourceText
    private var candidatesByBlock: [Int: [Candidate]] = [:]
    /// Per block, how many of its candidates were taken, in order.
    private var usedByBlock: [Int: Int] = [:]
    private var definitions: [Candidate]?
    /// Per HTML block (by its first line), the byte offsets where its lines start.
    private var htmlBlockLineStarts: [Int: [Int]] = [:]
    /// Each line's character columns, worked out once, so that many links on one long
    /// line cost one pass over it.
    private var columns: LineColumns
    /// Per block, the cells of each `<…>` in it.
    private var inlineHTMLByBlock: [Int: [[MathSpanScanner.Cell]]] = [:]
    /// Which `<…>` of its block each piece of inline HTML found so far is.
    private var tagByOrdinal: [BlockOrdinal: Int?] = [:]
    /// Per block, the `<…>` of the latest piece of inline HTML found.
    private var lastTagByBlock: [Int: Int] = [:]

    private struct BlockOrdinal: Hashable {
        var line: Int
        var ordinal: Int
    }

    init(source: SourceText) {
        self.source = source
        columns = LineColumns(source)
    }

    /// Where the destination `url` of the next link in `block` is written.
    mutating func location(of url: String, in block: InlineTextBlock) -> SourceLocation {
        let candidates = candidatesByBlock[block.startLine] ?? inlineDestinations(in: block)
        candidatesByBlock[block.startLine] = candidates
        let used = usedByBlock[block.startLine, default: 0]
        if let index = candidates[used...].firstIndex(where: { $0.url == url }) {
            usedByBlock[block.startLine] = index + 1
            return candidates[index].location
        }
        let definitions = self.definitions ?? Self.definitions(in: source)
        self.definitions = definitions
        if let definition = definitions.first(where: { $0.url == url }) { return definition.location }
        return source.location(line: max(1, block.startLine), byteColumn: max(1, block.startByteColumn))
    }

    /// Where byte `offset` of an HTML block's text lies in the file. The block's line k
    /// is the file's line `startLine + k`, which ends with it: cmark only strips what
    /// encloses the block (`> `, a list item's indentation) from the front.
    mutating func location(ofByte offset: Int, inHTMLBlock literal: String, startLine: Int) -> SourceLocation {
        // The block's line starts, found once however many links it holds.
        let lineStarts =
            htmlBlockLineStarts[startLine]
            ?? [0] + literal.utf8.enumerated().filter { $0.element == UInt8(ascii: "\n") }.map { $0.offset + 1 }
        htmlBlockLineStarts[startLine] = lineStarts
        // The last line start at or before `offset`.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let lineEnd = low + 1 < lineStarts.count ? lineStarts[low + 1] - 1 : literal.utf8.count
        let literalLength = max(0, lineEnd - lineStarts[low])
        let line = startLine + low
        let sourceLength = source.line(line).count
        // Trailing text of the line as cmark kept it: the source line ends with it.
        let prefix = sourceLength >= literalLength ? sourceLength - literalLength : 0
        return location(line: line, byteColumn: prefix + offset - lineStarts[low] + 1)
    }

    /// Where byte `offset` of the `ordinal`-th piece of inline HTML in `block` lies in the
    /// file. The block's `<…>` are read as `ProtectedRanges` reads them; the pieces of
    /// inline HTML are those whose text is cmark's `literal` of such a node, taken in order
    /// (autolinks, which cmark makes links, never match one).
    mutating func location(ofByte offset: Int, inInlineHTML literal: String, ordinal: Int, in block: InlineTextBlock)
        -> SourceLocation
    {
        let tags = inlineHTMLByBlock[block.startLine] ?? inlineHTML(in: block)
        inlineHTMLByBlock[block.startLine] = tags
        let key = BlockOrdinal(line: block.startLine, ordinal: ordinal)
        let found: Int?
        if let cached = tagByOrdinal[key] {
            found = cached
        } else {
            // Pieces are asked about in order, so the search goes on after the last one's tag.
            let literalBytes = Array(literal.utf8)
            let after = lastTagByBlock[block.startLine] ?? -1
            found = tags.indices.dropFirst(after + 1).first { tags[$0].map(\.value) == literalBytes }
            tagByOrdinal[key] = .some(found)
            if let found { lastTagByBlock[block.startLine] = found }
        }
        guard let index = found, tags[index].indices.contains(offset) else {
            return source.location(line: max(1, block.startLine), byteColumn: max(1, block.startByteColumn))
        }
        let cell = tags[index][offset]
        return location(line: cell.line, byteColumn: cell.byte + 1)
    }

    /// `source.location(line:byteColumn:)` through ``columns``.
    private mutating func location(line: Int, byteColumn: Int) -> SourceLocation {
        columns.location(line: line, byte: byteColumn - 1)
    }

    private func inlineHTML(in block: InlineTextBlock) -> [[MathSpanScanner.Cell]] {
        let (cells, _) = MathSpanScanner(source: source).cells(of: block)
        let text = InlineText(cells.map(\.value))
        return ProtectedRanges(text).tags.map { Array(cells[$0]) }
    }

    /// The `(destination "title")` parts of a block's inline links, in order.
    private func inlineDestinations(in block: InlineTextBlock) -> [Candidate] {
        let (cells, _) = MathSpanScanner(source: source).cells(of: block)
        let text = InlineText(cells.map(\.value))
        return ProtectedRanges(text).destinations.compactMap { range in
            guard let written = Self.destination(in: text.bytes, from: range.lowerBound + 1) else { return nil }
            let cell = cells[written.lowerBound]
            return Candidate(
                url: Self.decoded(text.bytes[written]),
                location: source.location(line: cell.line, byteColumn: cell.byte + 1))
        }
    }

    /// The destination's bytes after the `(` at `start - 1` (or after `]:`): `<…>`
    /// without its brackets, or a run without spaces whose parentheses balance.
    static func destination(in bytes: [UInt8], from start: Int) -> Range<Int>? {
        var index = start
        while index < bytes.count, InlineText.isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "<") {
            var end = index + 1
            while end < bytes.count, bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "\n") {
                end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
            }
            return (index + 1)..<min(end, bytes.count)
        }
        var end = index, depth = 0
        while end < bytes.count, !InlineText.isSpace(bytes[end]) {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\\") { end += 2; continue }
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            }
            end += 1
        }
        return index..<min(end, bytes.count)
    }

    /// Link reference definitions anywhere in the source: a line whose text, after
    /// container markers (`>`, list bullets and numbers, indentation), is `[label]:`
    /// followed by a destination on the same or the next line.
    static func definitions(in source: SourceText) -> [Candidate] {
        var found: [Candidate] = []
        for number in 1...max(1, source.lines.count) {
            let line = source.line(number)
            var index = 0
            while index < line.count, " \t>-*+.)0123456789".utf8.contains(line[index]) { index += 1 }
            guard index < line.count, line[index] == UInt8(ascii: "[") else { continue }
            var close = index + 1
            while close < line.count, line[close] != UInt8(ascii: "]"), line[close] != UInt8(ascii: "[") {
                close += line[close] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard close + 1 < line.count, line[close] == UInt8(ascii: "]"), line[close + 1] == UInt8(ascii: ":")
            else { continue }
            if let written = destination(in: line, from: close + 2), !written.isEmpty {
                found.append(
                    Candidate(
                        url: decoded(line[written]), location: source.location(line: number, byteColumn: written.lowerBound + 1)))
                continue
            }
            // `[r]:` alone on its line: the destination opens the next one.
            let next = source.line(number + 1)
            var start = 0
            while start < next.count, " \t>".utf8.contains(next[start]) { start += 1 }
            if let written = destination(in: next, from: start), !written.isEmpty {
                found.append(
                    Candidate(
                        url: decoded(next[written]), location: source.location(line: number + 1, byteColumn: written.lowerBound + 1)))
            }
        }
        return found
    }

    /// A destination as cmark's `cmark_clean_url` makes it: entities decoded, then
    /// backslash escapes of ASCII punctuation removed (in that order, as cmark does).
    /// Named entities beyond the five of XML stay as written; such a URL then matches no
    /// candidate and falls back to a coarser location.
    static func decoded<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return unescaped(CharacterReferences.decoded(text))
    }

    private static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var characters = text.makeIterator()
        while let character = characters.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            guard let next = characters.next() else {
                result.append(character)
                break
            }
            if !Self.asciiPunctuation.contains(next) { result.append(character) }
            result.append(next)
        }
        return result
    }

    private static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
}
