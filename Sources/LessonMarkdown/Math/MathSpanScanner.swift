import AtlasDiagnostics
import AtlasText

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
    struct Cell {
        var line: Int
        var byte: Int
        var value: UInt8
    }

    let source: SourceText

    /// Every math span of `blocks` (cmark's paragraphs and headings), in document order.
    func spans(in blocks: [InlineTextBlock]) -> [MathSpan] {
        scan(blocks).spans
    }

    /// The math spans of `blocks`, and a warning for each dollar that opens math no dollar
    /// closes (``unclosedWarning(_:_:_:at:)``): left as it is, its TeX shows on the page.
    func scan(_ blocks: [InlineTextBlock]) -> (spans: [MathSpan], warnings: [Diagnostic]) {
        var spans: [MathSpan] = [], warnings: [Diagnostic] = []
        for block in blocks {
            let found = scan(block)
            spans += found.spans
            warnings += found.warnings
        }
        return (spans, warnings)
    }

    /// The math of one paragraph or heading, in two linear passes: first what CommonMark
    /// reads before dollars (`ProtectedRanges`), then the dollars themselves.
    private func scan(_ block: InlineTextBlock) -> (spans: [MathSpan], warnings: [Diagnostic]) {
        // No dollar, no math: most paragraphs end here, before their bytes are gathered.
        guard (block.startLine...max(block.startLine, block.endLine)).contains(where: { source.line($0).contains(Self.dollar) })
        else { return ([], []) }
        let (cells, starts) = self.cells(of: block)
        // The dollar may have been in a line's container prefix only.
        guard cells.contains(where: { $0.value == Self.dollar }) else { return ([], []) }
        let text = InlineText(cells.map(\.value))
        let protected = ProtectedRanges(text)
        var spans: [MathSpan] = []
        var warnings: [Diagnostic] = []
        var columns = LineColumns(source)
        var quietDollar = -1
        func location(_ index: Int) -> SourceLocation {
            columns.location(line: cells[index].line, byte: cells[index].byte)
        }
        var displayCannotClose = false
        var index = 0
        while index < text.count {
            if let range = protected.range(startingAt: index) {
                index = range.upperBound
                continue
            }
            switch text[index] {
            case Self.backslash?:
                index += text[index + 1].map(InlineText.isPunctuation) == true ? 2 : 1
            case Self.dollar? where text[index + 1] == Self.dollar:
                // Once one `$$` finds no closing `$$`, no later one in this paragraph can.
                switch displayCannotClose ? .unclosed : displayMath(text, protected, from: index) {
                case .math(let content, let end):
                    spans.append(
                        makeSpan(
                            cells, start: index, content: content, end: end, display: true, continuationStarts: starts))
                    index = end
                case .unclosed:
                    if !displayCannotClose {
                        let at = location(index)
                        warnings.append(
                            Diagnostic(
                                .math, "'$$' opens display math that is never closed in its paragraph; close it with '$$'",
                                at: at, severity: .warning,
                                hint: "display math ends in the paragraph it starts in; write '\\$' for a dollar sign",
                                endColumn: at.column + 1))
                    }
                    displayCannotClose = true
                    index += 2
                case .text:
                    index += 2
                }
            case Self.dollar?:
                if let (content, end) = inlineMath(text, protected, from: index) {
                    spans.append(
                        makeSpan(
                            cells, start: index, content: content, end: end, display: false, continuationStarts: starts))
                    index = end
                } else {
                    // The dollar meant to close a warned one is not warned about in turn.
                    if index != quietDollar, let warning = unclosedWarning(text, protected, index, at: location(index)) {
                        warnings.append(warning)
                        quietDollar = nextDollar(text, after: index + 1)
                    }
                    index += 1
                }
            default:
                index += 1
            }
        }
        return (spans, warnings)
    }

    /// The warning for a `$` at `start` that opened no math, when it looks like the start
    /// of a formula: a letter, `\\`, `{` or other non-space, non-digit after it. A digit
    /// after it is money (`$5 and $10`), a space after it a lone dollar sign; pandoc's
    /// rule makes both text, and so they stay, quietly.
    private func unclosedWarning(
        _ text: InlineText, _ protected: ProtectedRanges, _ start: Int, at location: SourceLocation
    ) -> Diagnostic? {
        guard let first = text[start + 1], !InlineText.isSpace(first), !CharacterClass.isASCIIDigit(first) else { return nil }
        let hint = "inline math is '$…$' in one paragraph, with no space inside either dollar; write '\\$' for a dollar sign"
        let message =
            nextDollar(text, after: start + 1) < text.count
            ? "'$' opens math that the next '$' cannot close (it has a space before it, a digit after it, or code "
                + "comes between); put the closing '$' right after the formula"
            : "'$' opens math that is never closed in its paragraph; close it with '$'"
        return Diagnostic(.math, message, at: location, severity: .warning, hint: hint)
    }

    private static let backslash = UInt8(ascii: "\\"), dollar = UInt8(ascii: "$")

    /// The first `$` after `start` that no backslash escapes, or `text.count`.
    private func nextDollar(_ text: InlineText, after start: Int) -> Int {
        var index = text.next(Self.dollar, from: start)
        while index < text.count, isEscaped(text, index) { index = text.next(Self.dollar, from: index + 1) }
        return index
    }

    /// Whether an odd number of backslashes precedes `index`.
    private func isEscaped(_ text: InlineText, _ index: Int) -> Bool {
        var count = 0
        var position = index - 1
        while position >= 0, text[position] == Self.backslash {
            count += 1
            position -= 1
        }
        return count % 2 == 1
    }

    /// Pandoc's inline rule: the opening `$` is followed by a non-space; the first
    /// unescaped `$` after it closes, and only if a non-space precedes it and no digit
    /// follows. Otherwise the opening `$` is text (pandoc does not look further).
    private func inlineMath(_ text: InlineText, _ protected: ProtectedRanges, from start: Int) -> (Range<Int>, Int)? {
        guard let first = text[start + 1], !InlineText.isSpace(first) else { return nil }
        let close = nextDollar(text, after: start + 1)
        guard close < text.count, let before = text[close - 1], !InlineText.isSpace(before) else { return nil }
        if let after = text[close + 1], CharacterClass.isASCIIDigit(after) { return nil }
        // A code span, tag or link destination starting inside binds tighter than math.
        guard !protected.startsWithin((start + 1)..<close) else { return nil }
        return ((start + 1)..<close, close + 1)
    }

    private enum DisplayMath {
        case math(content: Range<Int>, end: Int)
        /// No `$$` follows: these dollars are text, and so are all later `$$` here.
        case unclosed
        /// Closed, but blank, or holding code, a tag or a link: text.
        case text
    }

    /// `$$…$$`: the first unescaped `$$` after the opening one closes; the content must
    /// not be blank.
    private func displayMath(_ text: InlineText, _ protected: ProtectedRanges, from start: Int) -> DisplayMath {
        var close = nextDollar(text, after: start + 2)
        while close < text.count, text[close + 1] != Self.dollar { close = nextDollar(text, after: close + 1) }
        guard close < text.count - 1 else { return .unclosed }
        let content = (start + 2)..<close
        guard content.contains(where: { text[$0].map(InlineText.isSpace) == false }),
            !protected.startsWithin(content)
        else { return .text }
        return .math(content: content, end: close + 2)
    }

    /// The block's bytes as cells. On lines after the first, the container prefix (as
    /// many `>` as the first line had, and indentation) is left out, as cmark leaves it
    /// out of the paragraph's text. `LinkLocator` reads link destinations from them too.
    func cells(of block: InlineTextBlock) -> ([Cell], [Int: Int]) {
        var cells: [Cell] = []
        var starts: [Int: Int] = [:]
        let lineNumbers = block.startLine...max(block.startLine, block.endLine)
        // Room for every byte and line break at once: grown a byte at a time, the array was
        // copied a dozen times for a long paragraph.
        cells.reserveCapacity(lineNumbers.reduce(0) { $0 + source.line($1).count + 1 })
        let firstLine = source.line(block.startLine)
        let prefixEnd = min(max(0, block.startByteColumn - 1), firstLine.count)
        let quoteDepth = firstLine[..<prefixEnd].filter { $0 == UInt8(ascii: ">") }.count
        for lineNumber in lineNumbers {
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

    /// Where a paragraph's continuation line starts its text: after indentation and up to
    /// `quoteDepth` block-quote markers (`>`), as cmark strips them.
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

    private func makeSpan(
        _ cells: [Cell], start: Int, content: Range<Int>, end: Int, display: Bool, continuationStarts: [Int: Int]
    ) -> MathSpan {
        let texCells = cells[content]
        let tex = String(decoding: texCells.map(\.value), as: UTF8.self)
        let first = cells[start], last = cells[end - 1]
        var starts: [Int: Int] = [:]
        if last.line > first.line {
            for line in (first.line + 1)...last.line { starts[line] = continuationStarts[line] ?? 0 }
        }
        return MathSpan(
            tex: tex, display: display, texPositions: texCells, source: source,
            startLine: first.line, startByte: first.byte, endLine: last.line, endByte: last.byte + 1,
            continuationStarts: starts)
    }
}
