import Testing

@testable import AtlasDiagnostics

/// Protects the caret under a diagnostic's column: lined up under tabs and wide (Chinese)
/// characters, tildes to the end column, and the line read as the build read it.
@Suite struct SourceSnippetTests {
    @Test("The gutter holds the line number; the caret sits under the column")
    func plain() {
        let snippet = SourceSnippet(line: "```{plot} sigmod", number: 7, column: 11)
        #expect(snippet.lines == ["    7 | ```{plot} sigmod", "      |           ^"])
        #expect(
            SourceSnippet(line: "x", number: 12345, column: 1).lines == [" 12345 | x", "       | ^"])
    }

    @Test("Tildes run to the end column")
    func tildes() {
        #expect(SourceSnippet(line: "```{plot} sigmod", number: 7, column: 11, endColumn: 16).marker == "          ^~~~~~")
        // An end column past the line stops at its end.
        #expect(SourceSnippet(line: "ab", number: 1, column: 1, endColumn: 9).marker == "^~")
    }

    @Test("A tab is copied, so the caret shares the source line's tab stops")
    func tab() {
        #expect(SourceSnippet(line: "\t\tx = sigmod", number: 1, column: 7).marker == "\t\t    ^")
    }

    @Test("Chinese characters are two cells wide: the caret lines up under them")
    func wide() {
        // 函数 are columns 1 and 2 (Characters), four cells on a terminal.
        let snippet = SourceSnippet(line: "函数 sigmod，再看 $x", number: 3, column: 4, endColumn: 9)
        #expect(snippet.marker == "     ^~~~~~")
        // Under a wide character, the caret and one tilde cover its two cells.
        #expect(SourceSnippet(line: "说明：$x", number: 1, column: 3).marker == "    ^~")
        #expect(CharacterWidth.cells("，") == 2)
        #expect(CharacterWidth.cells("a") == 1)
        #expect(CharacterWidth.cells("é") == 1)
        #expect(CharacterWidth.cells("函数 x") == 6)
    }

    @Test("A column past the end of the line puts the caret just after it")
    func pastTheEnd() {
        #expect(SourceSnippet(line: "ab", number: 1, column: 3).marker == "  ^")
        #expect(SourceSnippet(line: "", number: 1, column: 1).marker == "^")
    }

    @Test("Control characters cannot move the terminal's cursor")
    func control() {
        #expect(SourceSnippet(line: "a\u{1B}[2Jb", number: 1, column: 6).lines == ["    1 | a?[2Jb", "      |      ^"])
    }

    @Test("Lines are found by number, without their \\r\\n")
    func lines() {
        let text = "one\r\ntwo\n\nfour"
        #expect(SourceSnippet.line(1, of: text) == "one")
        #expect(SourceSnippet.line(2, of: text) == "two")
        #expect(SourceSnippet.line(3, of: text) == "")
        #expect(SourceSnippet.line(4, of: text) == "four")
        #expect(SourceSnippet.line(5, of: text) == nil)
        #expect(SourceSnippet.line(0, of: text) == nil)
    }
}
