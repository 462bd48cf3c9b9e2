import AtlasDiagnostics
import AtlasTestSupport
import Testing

@testable import LessonMarkdown

/// The directive reader reads ASCII lines and values from their bytes and everything else
/// as Characters; these tests hold the byte paths to the Character paths they stand in for,
/// on lines made at random from the characters that matter to them.
@Suite struct DirectiveBytePathTests {
    /// Characters that decide an option line or a split: colons, blanks, parentheses, key
    /// characters and others.
    private static let alphabet: [Character] = [":", ":", " ", " ", "\t", "(", ")", "a", "Z", "0", "_", "-", ".", "x", "=", ","]

    private static func randomLines(count: Int, alphabet: [Character], seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            String((0..<Int.random(in: 0...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
    }

    @Test("An ASCII option line reads the same from its bytes as from its Characters")
    func asciiOptions() {
        let at = SourceLocation(line: 3, column: 5)
        var options = 0
        // Most lines worth reading are `:key:` and a rest; keys and rests are sometimes wrong.
        let keys = Self.randomLines(count: 20_000, alphabet: ["a", "Z", "x", "0", "_", "-", "a", "b", "."], seed: 5)
        let rests = Self.randomLines(count: 20_000, alphabet: Self.alphabet, seed: 7)
        let starts = ["a", "Z", "a", "0", "-", ""], gaps = [" ", "  ", "\t", " \t", "", "x"]
        for (index, (key, rest)) in zip(keys, rests).enumerated() {
            let line = ":" + starts[index % starts.count] + key + ":" + gaps[index % gaps.count] + rest
            let bytes = DirectiveSyntaxReader.parseASCIIOption(line[...].utf8, at: at)
            let characters = DirectiveSyntaxReader.parseCharacterOption(line[...], at: at)
            #expect(bytes?.key.value == characters?.key.value, "\(line.debugDescription)")
            #expect(bytes?.key.location == characters?.key.location, "\(line.debugDescription)")
            #expect(bytes?.value.value == characters?.value.value, "\(line.debugDescription)")
            #expect(bytes?.value.location == characters?.value.location, "\(line.debugDescription)")
            if characters != nil { options += 1 }
        }
        // Both answers were often an option, not only nil.
        #expect(options > 2_000)
    }

    @Test("ASCII arguments split the same from bytes as from Characters")
    func asciiArguments() throws {
        for text in Self.randomLines(count: 20_000, alphabet: Self.alphabet, seed: 11) {
            let bytes = try #require(DirectiveSyntaxReader.splitASCIIArguments(text))
            let characters = DirectiveSyntaxReader.splitCharacterArguments(text)
            #expect(bytes.map(\.text) == characters.map(\.text), "\(text.debugDescription)")
            #expect(bytes.map(\.offset) == characters.map(\.offset), "\(text.debugDescription)")
        }
    }

    @Test(
        "Text beyond ASCII, or with a CR, is split as Characters",
        arguments: [
            ("a \u{301}b", ["a \u{301}b"], [0]), ("σ(x) b", ["σ(x)", "b"], [0, 5]), ("a\r\nb c", ["a\r\nb", "c"], [0, 4]),
            ("a\rb", ["a\rb"], [0]), ("−2 2", ["−2", "2"], [0, 3]),
        ])
    func charactersBeyondASCII(_ text: String, tokens: [String], offsets: [Int]) {
        #expect(DirectiveSyntaxReader.splitASCIIArguments(text) == nil)
        let split = DirectiveSyntaxReader.splitArguments(text)
        #expect(split.map(\.text) == tokens)
        #expect(split.map(\.offset) == offsets)
    }

    @Test("Decimal places read from the bytes agree with those read as Characters")
    func decimalPlaces() {
        let alphabet: [Character] = ["0", "1", "5", "9", ".", ".", "-", "+", "e", "E", "x", "−"]
        var fast = 0
        for text in Self.randomLines(count: 20_000, alphabet: alphabet, seed: 17) + [
            "0." + String(repeating: "1", count: 15), "0." + String(repeating: "1", count: 16),
        ] {
            #expect(SteppedRange.decimalPlaces(of: text) == SteppedRange.writtenDecimalPlaces(of: text), "\(text.debugDescription)")
            if text.utf8.allSatisfy({ "0123456789.-+".utf8.contains($0) }) { fast += 1 }
        }
        #expect(fast > 1_000)
    }

    @Test("A content line is trimmed of spaces, tabs and CRs, and its indent counted, in Characters")
    func trimmedLines() {
        let alphabet: [Character] = [" ", " ", "\t", "\r", "a", ":", "σ", "\u{301}", "\u{200D}"]
        for line in Self.randomLines(count: 20_000, alphabet: alphabet, seed: 13) {
            let blank: Set<Character> = [" ", "\t", "\r"]
            let trimmed = line.trimmingCharacters(inSetOf: blank)
            let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
            let read = DirectiveSyntaxReader.trimmedLine(line[...].utf8)
            #expect(read.map { String($0.text) } == (trimmed.isEmpty ? nil : trimmed), "\(line.debugDescription)")
            if !trimmed.isEmpty { #expect(read?.indent == indent, "\(line.debugDescription)") }
        }
    }

    @Test("A byte's column is the count of Characters before it, ASCII lines read from the bytes")
    func columns() {
        // No CR: the lines hold none before their line feed (SourceText drops it there).
        let alphabet: [Character] = ["a", " ", "\t", ":", "σ", "e\u{301}", "中"]
        let lines = Self.randomLines(count: 500, alphabet: alphabet, seed: 19) + ["plain ascii", "tab\tand:colon"]
        let source = SourceText(lines.joined(separator: "\n"))
        for (index, line) in lines.enumerated() {
            let bytes = Array(line.utf8)
            for byteColumn in 1...(bytes.count + 1) {
                let characters = String(decoding: bytes.prefix(byteColumn - 1), as: UTF8.self).count
                #expect(source.location(line: index + 1, byteColumn: byteColumn).column == characters + 1, "\(line.debugDescription)")
            }
        }
    }

    @Test("A space that a combining mark follows starts the line: it is neither trimmed nor indent")
    func combiningMarkAfterSpace() throws {
        let directive = "```{plot} relu\n \u{301}:x: -1 1\n```"
        let lesson = LessonParser.parse(directive)
        let diagnostic = try #require(lesson.diagnostics.first)
        // Read as a body line, which a plot does not take, at the space's column.
        #expect(diagnostic.message.contains("takes no body"))
        #expect(diagnostic.location == SourceLocation(line: 2, column: 1))
    }
}
