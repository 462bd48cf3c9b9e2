/// The `translation_of:` line of a lesson's front matter: found, and written, line by line
/// on the file's bytes, so that `atlas translations --mark` changes that one line and
/// leaves every other byte of the file as it was (issue 15).
///
/// Read as text, not as YAML: YAML would take `012345678901` for the number 12345678901,
/// and a digest is its digits as written. A value in quotes has them taken off, and a
/// ` # comment` after a plain value is dropped, as YAML would.
///
/// ```swift
/// let lesson = Array("---\ntitle: Sigmoid\ntranslation_of: 3f2a9c01b7d4\n---\nText.\n".utf8)
/// TranslationMark.read(lesson)  // line 3, value "3f2a9c01b7d4"
/// TranslationMark.marking(lesson, digest: "00aa11bb22cc")  // the same bytes but line 3
/// ```
enum TranslationMark {
    static let key = "translation_of"

    /// A lesson's front matter, as far as its mark goes.
    struct Reading: Equatable {
        /// The `translation_of:` line; nil without one.
        var mark: Mark?
        /// Where the closing `---` line starts, before which a new mark goes.
        var closingStart: Int
        /// The line break of the opening `---` line, which a new line repeats.
        var lineBreak: [UInt8]
    }

    struct Mark: Equatable {
        /// 1-based, the file's line number.
        var line: Int
        var value: String
        /// Where the line starts and where its text ends (before `\r\n` or `\n`).
        var range: Range<Int>
    }

    /// The front matter of `bytes` (a UTF-8 lesson, with or without a byte order mark);
    /// nil when it has none, or one that is not closed.
    static func read(_ bytes: [UInt8]) -> Reading? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // Lazily, line by line: only the front matter is read, not the lesson after it.
        var lines = Self.lines(bytes, from: start).enumerated().makeIterator()
        guard let (_, opening) = lines.next(), isDelimiter(bytes[opening.text], allowDots: false) else { return nil }
        let lineBreak = Array(bytes[opening.text.upperBound..<opening.end])
        var mark: Mark?
        while let (index, line) = lines.next() {
            let text = bytes[line.text]
            if isDelimiter(text, allowDots: true) {
                return Reading(
                    mark: mark, closingStart: line.text.lowerBound,
                    lineBreak: lineBreak.isEmpty ? [UInt8(ascii: "\n")] : lineBreak)
            }
            if mark == nil, let value = value(of: text) {
                mark = Mark(line: index + 1, value: value, range: line.text)
            }
        }
        return nil
    }

    /// `bytes` with its mark set to `digest`: the `translation_of:` line rewritten, or a
    /// new one added as the front matter's last line; nil without a front matter.
    static func marking(_ bytes: [UInt8], digest: String) -> [UInt8]? {
        guard let reading = read(bytes) else { return nil }
        let line = Array("\(key): \(digest)".utf8)
        var marked = bytes
        if let mark = reading.mark {
            marked.replaceSubrange(mark.range, with: line)
        } else {
            marked.insert(contentsOf: line + reading.lineBreak, at: reading.closingStart)
        }
        return marked
    }

    /// The lines of `bytes` from `start`, one at a time: each line's text (without `\r\n`
    /// or `\n`) and where the next line starts.
    private static func lines(_ bytes: [UInt8], from start: Int) -> some Sequence<(text: Range<Int>, end: Int)> {
        sequence(state: start) { lineStart -> (text: Range<Int>, end: Int)? in
            guard lineStart < bytes.count else { return nil }
            let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            var textEnd = newline ?? bytes.count
            if textEnd > lineStart, bytes[textEnd - 1] == 0x0D { textEnd -= 1 }
            let end = newline.map { $0 + 1 } ?? bytes.count
            defer { lineStart = end }
            return (lineStart..<textEnd, end)
        }
    }

    /// `---` (or `...` to close), trailing spaces and tabs allowed, as LessonMarkdown's
    /// front matter reader has it.
    private static func isDelimiter(_ line: ArraySlice<UInt8>, allowDots: Bool) -> Bool {
        let text = line.reversed().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.reversed()
        return text.elementsEqual("---".utf8) || (allowDots && text.elementsEqual("...".utf8))
    }

    /// The value of a `translation_of:` line at the start of a line; nil for other lines.
    private static func value(of line: ArraySlice<UInt8>) -> String? {
        guard line.starts(with: key.utf8) else { return nil }
        let rest = line.dropFirst(key.utf8.count).drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard rest.first == UInt8(ascii: ":") else { return nil }
        let value = String(decoding: rest.dropFirst(), as: UTF8.self).trimmingWhitespace()
        if let quote = value.first, quote == "\"" || quote == "'" {
            return String(value.dropFirst().prefix { $0 != quote })
        }
        // A comment starts at a `#` after white space.
        var previous: Character = " "
        let comment = value.firstIndex { character in
            defer { previous = character }
            return character == "#" && (previous == " " || previous == "\t")
        }
        return comment.map { String(value[..<$0]).trimmingWhitespace() } ?? value
    }
}
