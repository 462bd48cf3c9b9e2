/// Finds math in a lesson's paragraphs and headings with pandoc's rules for dollars,
/// leaving alone what CommonMark reads first: code spans, autolinks, raw HTML, link
/// destinations and backslash escapes.
///
/// - `$…$` is inline math when the opening `$` is followed at once by a non-space and
///   the closing `$` is preceded at once by a non-space and not followed by a digit, so
///   "costs $5 and $10" stays text.
/// - `$$…$$` is display math and may span lines within its paragraph.
/// - `\$` is a literal dollar; a dollar inside `` `code` ``, `<https://…>`, `<b>` or a
///   link's `(destination "title")` is text.
///
/// Block structure comes first, from cmark: math never crosses a paragraph, and code
/// blocks and HTML blocks are never scanned.
struct MathSpanScanner {
    /// One byte of a block's text and where it is; a line break is a `\n` cell.
    private struct Cell {
        var line: Int
        var byte: Int
        var value: UInt8
    }

    let source: SourceText

    func spans(in blocks: [InlineTextBlock]) -> [MathSpan] {
        blocks.flatMap { spans(in: $0) }
    }

    private func spans(in block: InlineTextBlock) -> [MathSpan] {
        let (cells, starts) = self.cells(of: block)
        let bytes = cells.map(\.value)
        var spans: [MathSpan] = []
        var index = 0
        while index < cells.count {
            let byte = cells[index].value
            switch byte {
            case UInt8(ascii: "\\"):
                index += isASCIIPunctuation(cells, index + 1) ? 2 : 1
            case UInt8(ascii: "`"):
                index = endOfCodeSpan(cells, from: index)
            case UInt8(ascii: "<"):
                index = InlineHTMLSyntax.end(of: bytes, from: index) ?? index + 1
            case UInt8(ascii: "]") where index + 1 < cells.count && cells[index + 1].value == UInt8(ascii: "("):
                index = endOfDestination(cells, from: index + 1)
            case UInt8(ascii: "$"):
                if let (span, next) = math(cells, from: index, continuationStarts: starts) {
                    spans.append(span)
                    index = next
                } else {
                    index += cells.indices.contains(index + 1) && cells[index + 1].value == UInt8(ascii: "$") ? 2 : 1
                }
            default:
                index += 1
            }
        }
        return spans
    }

    /// The block's bytes as cells. On lines after the first, the container prefix (as
    /// many `>` as the first line had, and indentation) is left out, as cmark leaves it
    /// out of the paragraph's text.
    private func cells(of block: InlineTextBlock) -> ([Cell], [Int: Int]) {
        var cells: [Cell] = []
        var starts: [Int: Int] = [:]
        let firstLine = source.line(block.startLine)
        let prefixEnd = min(max(0, block.startByteColumn - 1), firstLine.count)
        let quoteDepth = firstLine[..<prefixEnd].filter { $0 == UInt8(ascii: ">") }.count
        for lineNumber in block.startLine...max(block.startLine, block.endLine) {
            let line = source.line(lineNumber)
            var start = prefixEnd
            if lineNumber != block.startLine {
                start = Self.contentStart(of: line, quoteDepth: quoteDepth)
                starts[lineNumber] = start
                cells.append(Cell(line: lineNumber - 1, byte: source.line(lineNumber - 1).count, value: UInt8(ascii: "\n")))
            }
            for offset in start..<max(start, line.count) {
                cells.append(Cell(line: lineNumber, byte: offset, value: line[offset]))
            }
        }
        return (cells, starts)
    }

    static func contentStart(of line: [UInt8], quoteDepth: Int) -> Int {
        var index = 0
        var quotes = 0
        func skipSpaces() {
            while index < line.count, line[index] == UInt8(ascii: " ") || line[index] == UInt8(ascii: "\t") { index += 1 }
        }
        skipSpaces()
        while quotes < quoteDepth, index < line.count, line[index] == UInt8(ascii: ">") {
            index += 1
            quotes += 1
            skipSpaces()
        }
        return index
    }

    // MARK: - What CommonMark reads before dollars

    private func isASCIIPunctuation(_ cells: [Cell], _ index: Int) -> Bool {
        guard cells.indices.contains(index) else { return false }
        let value = cells[index].value
        return (33...47).contains(value) || (58...64).contains(value) || (91...96).contains(value)
            || (123...126).contains(value)
    }

    /// A run of n backticks opens a code span that the next run of exactly n closes;
    /// without one, the run is literal text.
    private func endOfCodeSpan(_ cells: [Cell], from start: Int) -> Int {
        let length = run(of: UInt8(ascii: "`"), in: cells, from: start)
        var index = start + length
        while index < cells.count {
            if cells[index].value == UInt8(ascii: "`") {
                let closing = run(of: UInt8(ascii: "`"), in: cells, from: index)
                if closing == length { return index + closing }
                index += closing
            } else {
                index += 1
            }
        }
        return start + length
    }

    private func run(of value: UInt8, in cells: [Cell], from start: Int) -> Int {
        var index = start
        while index < cells.count, cells[index].value == value { index += 1 }
        return index - start
    }

    /// `](destination "title")`: skipped to the balancing `)`, escapes and `<…>` included.
    private func endOfDestination(_ cells: [Cell], from open: Int) -> Int {
        var depth = 0
        var index = open
        while index < cells.count {
            switch cells[index].value {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        return open + 1
    }

    // MARK: - Dollars

    private func isSpace(_ value: UInt8) -> Bool {
        value == UInt8(ascii: " ") || value == UInt8(ascii: "\t") || value == UInt8(ascii: "\n")
    }

    /// The math span opening at `start`, and the index after it; nil when the dollars do
    /// not make math under pandoc's rules.
    private func math(_ cells: [Cell], from start: Int, continuationStarts: [Int: Int]) -> (MathSpan, Int)? {
        let display = cells.indices.contains(start + 1) && cells[start + 1].value == UInt8(ascii: "$")
        let contentStart = start + (display ? 2 : 1)
        guard cells.indices.contains(contentStart) else { return nil }
        if !display, isSpace(cells[contentStart].value) { return nil }
        var index = contentStart
        while index < cells.count {
            let value = cells[index].value
            if value == UInt8(ascii: "\\") {
                index += 2  // `\$` and `\\` inside TeX are TeX's
                continue
            }
            // A code span binds tighter than math: one starting here means these dollars
            // do not enclose math (CommonMark gives code spans precedence over all inline
            // syntax but HTML and autolinks).
            if value == UInt8(ascii: "`") {
                let end = endOfCodeSpan(cells, from: index)
                if end > index + run(of: UInt8(ascii: "`"), in: cells, from: index) { return nil }
                index = end
                continue
            }
            guard value == UInt8(ascii: "$") else {
                index += 1
                continue
            }
            if display {
                guard cells.indices.contains(index + 1), cells[index + 1].value == UInt8(ascii: "$") else {
                    index += 1
                    continue
                }
                let content = cells[contentStart..<index]
                guard content.contains(where: { !isSpace($0.value) }) else { return nil }
                return (makeSpan(cells, start: start, content: contentStart..<index, end: index + 2, display: true, continuationStarts: continuationStarts), index + 2)
            }
            let before = cells[index - 1].value
            let after = cells.indices.contains(index + 1) ? cells[index + 1].value : UInt8(ascii: " ")
            if index > contentStart, !isSpace(before), !(48...57).contains(after) {
                return (makeSpan(cells, start: start, content: contentStart..<index, end: index + 1, display: false, continuationStarts: continuationStarts), index + 1)
            }
            index += 1
        }
        return nil
    }

    private func makeSpan(
        _ cells: [Cell], start: Int, content: Range<Int>, end: Int, display: Bool, continuationStarts: [Int: Int]
    ) -> MathSpan {
        let texCells = cells[content]
        let tex = String(decoding: texCells.map(\.value), as: UTF8.self)
        let locations = texCells.map { source.location(line: $0.line, byteColumn: $0.byte + 1) }
        let first = cells[start], last = cells[end - 1]
        var starts: [Int: Int] = [:]
        if last.line > first.line {
            for line in (first.line + 1)...last.line { starts[line] = continuationStarts[line] ?? 0 }
        }
        return MathSpan(
            tex: tex, display: display, texLocations: locations,
            location: source.location(line: first.line, byteColumn: first.byte + 1),
            startLine: first.line, startByte: first.byte, endLine: last.line, endByte: last.byte + 1,
            continuationStarts: starts)
    }
}
