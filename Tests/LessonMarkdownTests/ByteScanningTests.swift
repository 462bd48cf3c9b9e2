import AtlasTestSupport
import Testing

@testable import LessonMarkdown

/// Protects the scanners that read a lesson as bytes rather than as scalars or
/// Characters (front matter, lines, the math scanner's lookups): on random text, the
/// same answers as the straightforward readings they replaced, kept here as references.
@Suite struct ByteScanningTests {
    /// Lines that meet every branch: delimiters with trailing space, tab and `\r`, dots,
    /// near misses, YAML, text beyond ASCII.
    static let lines = [
        "---", "--- ", "---\t\r", "...", "... \r", "----", "-- -", " ---", "title: A", "order: 2", "é: ü", "x", "", "\r",
        "a\u{301}", "---\u{301}", "😀",
    ]

    static func randomText(_ generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...8, using: &generator)).map { _ in lines.randomElement(using: &generator)! }
            .joined(separator: "\n") + (Bool.random(using: &generator) ? "\n" : "")
    }

    @Test("FrontMatterReader.split gives the body, front matter and problems of the line-by-line split")
    func frontMatterSplit() {
        var generator = SeededGenerator(seed: 0xF807)
        for _ in 0..<3_000 {
            let source = Self.randomText(&generator)
            let split = FrontMatterReader.split(source)
            let expected = Self.referenceSplit(source)
            #expect(Array(split.body.utf8) == Array(expected.body.utf8), "\(source.debugDescription)")
            if let yaml = expected.yaml {
                let (frontMatter, diagnostics) = FrontMatterReader.read(yaml: yaml, firstLine: 2)
                #expect(split.frontMatter == frontMatter && split.diagnostics == diagnostics, "\(source.debugDescription)")
            } else {
                #expect(split.frontMatter == nil, "\(source.debugDescription)")
            }
        }
    }

    @Test("SourceText has the lines of a byte-by-byte split, `\\r` before `\\n` dropped")
    func sourceLines() {
        var generator = SeededGenerator(seed: 0x5012)
        for _ in 0..<3_000 {
            let text = Self.randomText(&generator)
            var lines: [[UInt8]] = []
            var current: [UInt8] = []
            for byte in text.utf8 {
                if byte == UInt8(ascii: "\n") {
                    if current.last == UInt8(ascii: "\r") { current.removeLast() }
                    lines.append(current)
                    current = []
                } else {
                    current.append(byte)
                }
            }
            lines.append(current)
            #expect(SourceText(text).lines == lines, "\(text.debugDescription)")
        }
    }

    @Test("SourceText's columns of every byte are the characters before it, ASCII lines or not")
    func sourceColumns() {
        var generator = SeededGenerator(seed: 0x5013)
        for _ in 0..<3_000 {
            let text = Self.randomText(&generator)
            let source = SourceText(text)
            for line in 1...source.lines.count {
                let bytes = source.line(line)
                let columns = source.columns(ofLine: line)
                #expect(columns.count == bytes.count + 1)
                // Each byte takes the column of the character (grapheme cluster) it is part of.
                var expected: [Int] = []
                for (index, character) in String(decoding: bytes, as: UTF8.self).enumerated() {
                    expected += Array(repeating: index + 1, count: character.utf8.count)
                }
                expected.append((expected.last ?? 0) + 1)
                #expect(columns == expected, "\(text.debugDescription) line \(line)")
            }
        }
    }

    @Test("InlineText finds each byte and sequence where a search from every index finds it")
    func inlineTextLookups() {
        var generator = SeededGenerator(seed: 0x1A7E)
        let alphabet = Array("<>\"'$`-?]x ".utf8)
        for _ in 0..<1_000 {
            let bytes = (0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let text = InlineText(bytes)
            for start in -1...(bytes.count + 1) {
                for byte in InlineText.indexedBytes + [UInt8(ascii: "x")] {
                    let expected =
                        InlineText.indexedBytes.contains(byte) && start < bytes.count
                        ? (max(0, start)..<bytes.count).first { bytes[$0] == byte } ?? bytes.count : bytes.count
                    #expect(text.next(byte, from: start) == expected)
                }
                for sequence in InlineText.indexedSequences {
                    let pattern = Array(sequence.utf8)
                    let expected =
                        start < bytes.count
                        ? (max(0, start)..<bytes.count).first { bytes[$0...].starts(with: pattern) } ?? bytes.count : bytes.count
                    #expect(text.next(sequence, from: start) == expected)
                }
            }
        }
    }

    /// The split as it was: lines as strings of scalars, delimiters compared as strings.
    static func referenceSplit(_ source: String) -> (body: String, yaml: String?) {
        var lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        func isDelimiter(_ line: String, allowDots: Bool) -> Bool {
            var scalars = Array(line.unicodeScalars)
            while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
            let text = String(String.UnicodeScalarView(scalars))
            return text == "---" || (allowDots && text == "...")
        }
        guard let first = lines.first, isDelimiter(first, allowDots: false),
            let end = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0], allowDots: true) })
        else { return (source, nil) }
        let yaml = lines[1..<end].joined(separator: "\n")
        for index in 0...end { lines[index] = "" }
        return (lines.joined(separator: "\n"), yaml)
    }
}

extension ByteScanningTests {
    @Test("Anchors.slug, read as bytes for ASCII and by Characters beyond, is GitHub's rule read by Characters")
    func asciiSlugs() {
        var generator = SeededGenerator(seed: 0x5106)
        // Beyond ASCII: a letter, a Chinese one, a combining mark alone and one that joins a
        // line break into a single Character, which is neither a space nor a letter.
        let pieces = [
            "A", "z", "Q", "0", "9", "-", "_", " ", "\t", "\n", "\r", "\r\n", ":", "&", ".", "\u{1}", "é", "--", "中",
            "\u{345}", "\n\u{345}",
        ]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Anchors.slug(text) == Self.referenceSlug(text), "\(text.debugDescription)")
        }
    }

    /// The slug as it was: lower case, Character by Character.
    static func referenceSlug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " || character == "\t" || character == "\n" {
                slug.append("-")
            }
        }
        let trimmed = slug.drop(while: { $0 == "-" }).reversed().drop(while: { $0 == "-" }).reversed()
        return trimmed.isEmpty ? "section" : String(trimmed)
    }
}
