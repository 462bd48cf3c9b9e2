import AtlasDiagnostics
import AtlasText

/// Takes math out of a lesson before cmark parses it, and puts the MathML in afterwards.
///
/// cmark would otherwise read TeX as Markdown: `\{`, `\\` and `\,` are backslash escapes
/// to it, and `$a_1 b_2$` holds emphasis. So each span of math is replaced in the text
/// by a placeholder of private-use characters, which cmark passes through as plain text,
/// and the rendered HTML gets the MathML in its place (`LessonHTMLPass`: inside a tag,
/// such as an image's `alt`, the escaped TeX instead, since markup cannot go there; a
/// continuation mark goes with the line break before it).
///
/// The text keeps its lines: a span over several lines leaves a continuation mark on
/// each later line (after any `> ` prefix), so the paragraph stays one paragraph and
/// every later line keeps its number, which directives' positions rely on.
enum MathSplicer {
    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"
    static let continuation: Unicode.Scalar = "\u{E002}"

    /// Where `text` already holds a placeholder character, which would be misread.
    static func firstMarker(in text: String) -> SourceLocation? {
        // U+E000…U+E002 encode as EE 80 80…82 in UTF-8; most lessons hold no EE byte at
        // all, and are not split into lines for this.
        guard text.utf8Contains(0xEE) else { return nil }
        let source = SourceText(text)
        for (index, line) in source.lines.enumerated() {
            for offset in line.indices.dropLast(2)
            where line[offset] == 0xEE && line[offset + 1] == 0x80 && (0x80...0x82).contains(line[offset + 2]) {
                return source.location(line: index + 1, byteColumn: offset + 1)
            }
        }
        return nil
    }

    /// The error for a placeholder character the author wrote.
    static func reservedCharacter(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .math, "the lesson holds a character from U+E000 to U+E002, which ActivationAtlas reserves for math; remove it",
            at: location)
    }

    /// The lines of `source` with each span replaced by its placeholder.
    static func replacing(_ spans: [MathSpan], in source: SourceText) -> String {
        var lines = source.lines
        // Right to left, so the byte positions of spans not yet replaced stay valid.
        for (number, span) in spans.enumerated().reversed() {
            let placeholder = Array("\(Character(open))\(number)\(Character(close))".utf8)
            let mark = Array(String(Character(continuation)).utf8)
            let lastIndex = span.endLine - 1, firstIndex = span.startLine - 1
            guard lines.indices.contains(firstIndex), lines.indices.contains(lastIndex) else { continue }
            if span.startLine == span.endLine {
                // Clamped: cmark reads a NUL as U+FFFD (three bytes), so for a text that
                // was never checked for NULs (the public render API, a fuzzer) a span's
                // bytes can overrun the line. A build refuses NULs before this.
                let end = min(span.endByte, lines[firstIndex].count), start = min(span.startByte, end)
                lines[firstIndex].replaceSubrange(start..<end, with: placeholder)
                continue
            }
            let tail = Array(lines[lastIndex][min(span.endByte, lines[lastIndex].count)...])
            for line in (span.startLine + 1)...span.endLine {
                let start = min(span.continuationStarts[line] ?? 0, lines[line - 1].count)
                lines[line - 1] = Array(lines[line - 1][..<start]) + mark + (line == span.endLine ? tail : [])
            }
            lines[firstIndex] = Array(lines[firstIndex][..<min(span.startByte, lines[firstIndex].count)]) + placeholder
        }
        // One buffer, decoded once: a String per line, then joined, checked every line's
        // UTF-8 and copied it twice.
        var text: [UInt8] = []
        text.reserveCapacity(lines.reduce(lines.count) { $0 + $1.count })
        for (index, line) in lines.enumerated() {
            if index > 0 { text.append(UInt8(ascii: "\n")) }
            text.append(contentsOf: line)
        }
        return UTF8Text.string(text)
    }
}
