/// The parts of a paragraph that CommonMark reads before it could read math, and in which
/// a `$` is therefore never a math delimiter: code spans, autolinks, raw HTML, link
/// destinations and titles, and link reference definitions at the paragraph's start.
///
/// One left-to-right pass, as CommonMark's inline parser goes: a backslash escape hides
/// the next punctuation character; a backtick run opens a code span only when a run of
/// the same length follows; `](` starts a destination only inside an open `[`.
struct ProtectedRanges {
    /// Sorted, disjoint.
    private(set) var ranges: [Range<Int>] = []
    /// The inline links' `(destination "title")` parts, parentheses included, in order;
    /// `LinkLocator` finds link destinations in them (a subset of `ranges`).
    private(set) var destinations: [Range<Int>] = []
    /// The raw HTML and autolinks `<…>`, in order; `LinkLocator` finds the author's inline
    /// HTML among them (a subset of `ranges`).
    private(set) var tags: [Range<Int>] = []
    /// `nextStart[i]`: the start of the first range that begins at or after i.
    private var nextStart: [Int] = []
    private var rangeByStart: [Int: Range<Int>] = [:]

    private static let backslash = UInt8(ascii: "\\"), backtick = UInt8(ascii: "`")
    private static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    private static let openParen = UInt8(ascii: "("), closeParen = UInt8(ascii: ")")
    private static let lessThan = UInt8(ascii: "<"), greaterThan = UInt8(ascii: ">")
    private static let newline = UInt8(ascii: "\n")

    init(_ text: InlineText) {
        var index = Self.referenceDefinitionsEnd(text)
        if index > 0 { ranges.append(0..<index) }
        let backtickRuns = Self.backtickRuns(text)
        var openBrackets = 0
        while index < text.count {
            guard let byte = text[index] else { break }
            switch byte {
            case Self.backslash:
                index += text[index + 1].map(InlineText.isPunctuation) == true ? 2 : 1
            case Self.backtick:
                let length = Self.runLength(text, from: index)
                if let close = backtickRuns.firstStart(ofLength: length, after: index + length - 1) {
                    ranges.append(index..<(close + length))
                    index = close + length
                } else {
                    index += length
                }
            case Self.lessThan:
                if let end = InlineHTMLSyntax.end(in: text, from: index) {
                    ranges.append(index..<end)
                    tags.append(index..<end)
                    index = end
                } else {
                    index += 1
                }
            case Self.openBracket:
                openBrackets += 1
                index += 1
            case Self.closeBracket:
                if openBrackets > 0, text[index + 1] == Self.openParen,
                    let end = Self.destinationEnd(text, from: index + 1, backtickRuns: backtickRuns)
                {
                    ranges.append((index + 1)..<end)
                    destinations.append((index + 1)..<end)
                    index = end
                } else {
                    index += 1
                }
                openBrackets = max(0, openBrackets - 1)
            default:
                index += 1
            }
        }
        var next = [Int](repeating: text.count, count: text.count + 1)
        var upcoming = text.count
        var rangeIndex = ranges.count - 1
        for position in stride(from: text.count - 1, through: 0, by: -1) {
            if rangeIndex >= 0, ranges[rangeIndex].lowerBound == position {
                upcoming = position
                rangeIndex -= 1
            }
            next[position] = upcoming
        }
        nextStart = next
        rangeByStart = Dictionary(ranges.map { ($0.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The protected range starting exactly at `index`, if any.
    func range(startingAt index: Int) -> Range<Int>? {
        // Asked for every byte of a paragraph with a dollar: the array answers most of them,
        // a dictionary lookup (hashing) only where a range does start.
        guard nextStart.indices.contains(index), nextStart[index] == index else { return nil }
        return rangeByStart[index]
    }

    /// Whether a protected range starts anywhere in `bounds`.
    func startsWithin(_ bounds: Range<Int>) -> Bool {
        guard nextStart.indices.contains(bounds.lowerBound) else { return false }
        return nextStart[bounds.lowerBound] < bounds.upperBound
    }

    // MARK: - Pieces

    private static func runLength(_ text: InlineText, from start: Int) -> Int {
        var index = start
        while text[index] == backtick { index += 1 }
        return index - start
    }

    /// Every backtick run, grouped by length, starts ascending.
    private struct BacktickRuns {
        var startsByLength: [Int: [Int]] = [:]

        /// The first run of exactly `length` backticks starting after `position`.
        func firstStart(ofLength length: Int, after position: Int) -> Int? {
            guard let starts = startsByLength[length] else { return nil }
            var low = 0, high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] <= position { low = middle + 1 } else { high = middle }
            }
            return low < starts.count ? starts[low] : nil
        }
    }

    private static func backtickRuns(_ text: InlineText) -> BacktickRuns {
        var runs = BacktickRuns()
        var index = text.next(backtick, from: 0)
        while index < text.count {
            let length = runLength(text, from: index)
            runs.startsByLength[length, default: []].append(index)
            index = text.next(backtick, from: index + length)
        }
        return runs
    }

    /// `(destination "title")` from the `(`: the index after `)`, or nil when it is no
    /// valid link destination (CommonMark §6.3), in which case the text stays text. A
    /// code span starting inside wins over the link, as code spans bind tighter.
    private static func destinationEnd(_ text: InlineText, from open: Int, backtickRuns: BacktickRuns) -> Int? {
        guard let end = destinationEnd(text, from: open) else { return nil }
        var index = text.next(backtick, from: open)
        while index < end {
            let length = runLength(text, from: index)
            if backtickRuns.firstStart(ofLength: length, after: index + length - 1) != nil { return nil }
            index = text.next(backtick, from: index + length)
        }
        return end
    }

    private static func destinationEnd(_ text: InlineText, from open: Int) -> Int? {
        var index = open + 1
        skipWhitespace(text, &index)
        if text[index] == lessThan {
            let close = text.next(greaterThan, from: index + 1)
            guard close < text.count, !(index..<close).contains(where: { text[$0] == newline }) else { return nil }
            index = close + 1
        } else {
            var depth = 0
            while let byte = text[index], !InlineText.isSpace(byte) {
                if byte == backslash { index += 2; continue }
                if byte == openParen { depth += 1 }
                if byte == closeParen {
                    if depth == 0 { break }
                    depth -= 1
                }
                // CommonMark limits nesting of parentheses in a destination (cmark: 32).
                guard depth <= 32 else { return nil }
                index += 1
            }
        }
        let beforeTitle = index
        skipWhitespace(text, &index)
        if index > beforeTitle, let quote = text[index], quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let close = text.next(quote, from: index + 1)
            guard close < text.count else { return nil }
            index = close + 1
            skipWhitespace(text, &index)
        }
        return text[index] == closeParen ? index + 1 : nil
    }

    private static func skipWhitespace(_ text: InlineText, _ index: inout Int) {
        while let byte = text[index], InlineText.isSpace(byte) { index += 1 }
    }

    /// Link reference definitions (`[label]: /url "title"`) that open the paragraph:
    /// cmark takes them out of the text but counts their lines in the paragraph.
    private static func referenceDefinitionsEnd(_ text: InlineText) -> Int {
        var index = 0
        while true {
            var cursor = index
            while text[cursor] == UInt8(ascii: " ") { cursor += 1 }
            guard cursor - index <= 3, text[cursor] == openBracket else { return index }
            var labelEnd = cursor + 1
            while let byte = text[labelEnd], byte != closeBracket, byte != openBracket {
                labelEnd += byte == backslash ? 2 : 1
            }
            guard labelEnd > cursor + 1, text[labelEnd] == closeBracket, text[labelEnd + 1] == UInt8(ascii: ":") else {
                return index
            }
            // The definition runs to the end of its line (the next line, when the destination
            // starts there), and a title may follow on the line after.
            var end = lineEnd(text, from: labelEnd)
            var afterColon = labelEnd + 2
            while let byte = text[afterColon], byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { afterColon += 1 }
            if afterColon >= end, end < text.count { end = lineEnd(text, from: end + 1) }
            var next = end + 1
            while text[next] == UInt8(ascii: " ") { next += 1 }
            if let first = text[next], first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") || first == openParen {
                end = lineEnd(text, from: next)
            }
            index = min(end + 1, text.count)
            if index >= text.count { return text.count }
        }
    }

    private static func lineEnd(_ text: InlineText, from start: Int) -> Int {
        var index = start
        while let byte = text[index], byte != newline { index += 1 }
        return index
    }
}
