import AtlasDiagnostics
import Testing

@testable import LessonMarkdown

/// Protects how math is found before cmark: pandoc's dollar rules, CommonMark's precedence
/// (code, autolinks, raw HTML, link destinations first), and TeX kept exactly as written.
@Suite struct MathFindingTests {
    private func found(_ markdown: String) -> [String] {
        MathSpanScanner(source: SourceText(markdown))
            .spans(in: CMarkDocument.inlineTextBlocks(markdown: markdown))
            .map { ($0.display ? "display:" : "inline:") + $0.tex }
    }

    @Test(arguments: [
        ("$x$", ["inline:x"]),
        ("A $x_1 + y_2$ b", ["inline:x_1 + y_2"]),
        (#"$\{x\} \\ \, y$"#, [#"inline:\{x\} \\ \, y"#]),
        ("$a_1 b_2$ and $a*b*c$", ["inline:a_1 b_2", "inline:a*b*c"]),
        ("costs $5 and $10", []),
        ("$20,000 and $30,000", []),
        ("$x$5", []),
        ("$ x$", []),
        ("$x $", []),
        ("$$ $$", []),
        ("$$$$", []),
        (#"\$x$ and $y$"#, ["inline:y"]),
        ("`$x$` and ``a ` $y$ ``", []),
        ("$a `b$ c`", []),
        ("<span>$x$</span>", ["inline:x"]),
        (#"<span title="$x$">t</span>"#, []),
        ("<https://example.org/$x$> <me@example.org>", []),
        ("<!-- $x$ -->", []),
        ("a <b and $x$ c>", ["inline:x"]),
        (#"[a](b$x$c "t $y$")"#, []),
        ("[$x$](b) and ![$y$](c.png)", ["inline:x", "inline:y"]),
        ("# Title $x$", ["inline:x"]),
        ("The price is $5 and $x$ is the input.", ["inline:x"]),
        ("$a $b$", ["inline:b"]),
        ("Interval [0, 1](where $x$ is real).", ["inline:x"]),
        ("a](b $x$ c)", ["inline:x"]),
        ("[l](x `y) $z$ `", []),
        (#"$x <span title="$">y</span>"#, []),
        ("$a [l](http://x/$b) c", []),
        ("[r]: /u$a$b\nText $x$ see [r].", ["inline:x"]),
        ("[r]:\n  /u$a$b\n  'title $t$'\nText $x$.", ["inline:x"]),
        ("a <!a $x$> b <!DOCTYPE $y$>", ["inline:x"]),
        ("a <?php $x$ ?> <![CDATA[ $y$ ]]> $z$", ["inline:z"]),
        ("$$\n\\frac{a}{b}\n$$", ["display:\n\\frac{a}{b}\n"]),
        ("text $$a\nb$$ text", ["display:a\nb"]),
        ("> quote $$a\n> b$$", ["display:a\nb"]),
        ("> > deep $a\n> > b$", ["inline:a\nb"]),
        ("- item $$a\n  b$$", ["display:a\nb"]),
        (
            "1. $$\\begin{cases} 1 & x > 0 \\\\\n   0 & \\text{else}\\end{cases}$$",
            ["display:\\begin{cases} 1 & x > 0 \\\\\n0 & \\text{else}\\end{cases}"]
        ),
    ])
    func dollars(_ markdown: String, expected: [String]) {
        #expect(found(markdown) == expected)
    }

    @Test(
        "No math in code blocks, indented code or HTML blocks",
        arguments: [
            "```\n$x$\n```", "~~~{plot} relu\n:caption: $x$\n~~~", "    $x$", "<div>\n$x$\n</div>",
        ])
    func blocks(_ markdown: String) {
        #expect(found(markdown).isEmpty)
    }

    @Test("Math does not cross paragraphs or survive a block that interrupts it")
    func paragraphs() {
        #expect(found("$$a\n\nb$$").isEmpty)
        #expect(found("$$a\n# b$$").isEmpty)
    }

    @Test("Each TeX character knows its place in the file")
    func positions() throws {
        let markdown = "Intro\n\n> $$a\n> x \\bad$$"
        let span = try #require(
            MathSpanScanner(source: SourceText(markdown))
                .spans(in: CMarkDocument.inlineTextBlocks(markdown: markdown)).first)
        #expect(span.location == SourceLocation(line: 3, column: 3))
        #expect(span.location(ofCharacter: 0) == SourceLocation(line: 3, column: 5))
        #expect(
            span.location(ofCharacter: span.tex.distance(from: span.tex.startIndex, to: try #require(span.tex.firstIndex(of: "\\"))))
                == SourceLocation(line: 4, column: 5))
    }

    @Test("Spans after non-ASCII text count Characters, many on a line; a Prepend character joins the dollar after it")
    func positionsAfterNonASCII() throws {
        func spans(_ markdown: String) -> [MathSpan] {
            MathSpanScanner(source: SourceText(markdown)).spans(in: CMarkDocument.inlineTextBlocks(markdown: markdown))
        }
        // é is two bytes, 中 three, e + U+0301 one Character of three bytes.
        let line = spans("é $x$ 中 $\\alpha$ e\u{301} $y$")
        #expect(line.map(\.location.column) == [3, 9, 20])
        #expect(line[1].location(ofCharacter: 1) == SourceLocation(line: 1, column: 11))
        #expect(line[2].location(ofCharacter: 0) == SourceLocation(line: 1, column: 21))
        // U+06DD ARABIC END OF AYAH is written before a number and joins what follows.
        #expect(spans("\u{6DD}$x$").first?.location == SourceLocation(line: 1, column: 1))
    }
}

/// Protects the splice: MathML in place of the math, every other byte as cmark makes it.
@Suite struct MathRenderingTests {
    private func html(_ markdown: String) -> String {
        render(markdown, directiveHTML: "<figure></figure>").html
    }

    @Test func inlineAndDisplay() {
        let output = html("A $x$ b.\n\n$$\ny\n$$\n")
        #expect(output.hasPrefix("<p>A <math>"))
        #expect(output.contains("</math> b.</p>\n<p><math display=\"block\">"))
        #expect(!output.contains("$"))
        #expect(!output.unicodeScalars.contains { (0xE000...0xE002).contains($0.value) })
    }

    @Test("Emphasis around math still works, and none happens inside it")
    func emphasis() {
        let output = html("**$a_1 b_2$** and $a*b*c$")
        #expect(output.hasPrefix("<p><strong><math>"))
        #expect(!output.contains("<em>"))
    }

    @Test("Math inside an image's alt text becomes its TeX, since markup cannot go there")
    func altText() {
        #expect(html("![$x$](a.png)") == "<p><img src=\"a.png\" alt=\"$x$\" /></p>\n")
    }

    @Test("Lines after multi-line math keep their numbers, so directives stay located")
    func linesKept() {
        let lesson = "$$\na\nb\n$$\n\n```{plot} relu\n:x: 1 one\n```\n"
        let diagnostics = render(lesson).diagnostics
        #expect(diagnostics.map(\.location) == [SourceLocation(line: 7, column: 7)])
    }

    @Test("An error in TeX points at the offending command in the file")
    func texErrors() {
        let diagnostics = render("Intro\n\n> $$a\n> x \\bad$$\n").diagnostics
        #expect(diagnostics.map(\.location) == [SourceLocation(line: 4, column: 5)])
    }

    @Test("A private-use character that would be misread as a placeholder is an error, where it is")
    func reservedCharacters() {
        let diagnostics = render("---\ntitle: T\n---\né a \u{E001} $x$").diagnostics
        #expect(diagnostics.map(\.location) == [SourceLocation(line: 4, column: 5)])
    }

    /// One rule everywhere: with or without math in the lesson, in the body or in the
    /// front matter (a title reaches other lessons' pages through `{ref}`).
    @Test(
        "The placeholders' characters are refused wherever they are written",
        arguments: [
            ("---\ntitle: T\n---\nNo math, but \u{E000}.", 4, 14),
            ("---\ntitle: A \u{E002} title\n---\nText with $x$.", 2, 10),
            ("---\ntitle: T\n---\n```{plot} relu\n:caption: \u{E001}\n```", 5, 11),
        ])
    func reservedEverywhere(lesson: String, line: Int, column: Int) {
        let diagnostics = render(lesson).diagnostics
        #expect(diagnostics.map(\.location) == [SourceLocation(line: line, column: column)])
        #expect(diagnostics.map(\.kind) == [.math])
    }

    @Test("Two failing formulas on one line of Chinese are each placed at their own Character")
    func failingFormulasShareALine() {
        let diagnostics = render("饱和 $\\nosuch$ 与 $\\alsonot$。").diagnostics
        #expect(diagnostics.map(\.location) == [SourceLocation(line: 1, column: 5), SourceLocation(line: 1, column: 17)])
    }

    @Test("Paragraphs built to make a naive scanner quadratic are read in one pass", .timeLimit(.minutes(1)))
    func hostileParagraphs() {
        let inputs = [
            "a " + String(repeating: "<? ", count: 20_000) + "$x$",
            "a " + String(repeating: "<![CDATA[ ", count: 10_000) + "$x$",
            "a " + String(repeating: "<!A ", count: 20_000) + "$x$",
            String(repeating: "$a ", count: 30_000),
            String(repeating: "[a](", count: 30_000) + "$x$",
            String(repeating: "$$ ", count: 30_000),
            (1...150).map { String(repeating: "`", count: $0) + "x" }.joined() + String(repeating: "$a ", count: 2_000),
            // Every formula fails, and each error is placed on the one long line.
            String(repeating: "$\\nosuch$ ", count: 10_000),
        ]
        for input in inputs {
            let html = render(input).html
            #expect(html.hasPrefix("<p>"))
        }
        // Each of the 10,000 failing formulas is placed, the last at its own column.
        let failing = render(String(repeating: "$\\nosuch$ ", count: 10_000)).diagnostics
        #expect(failing.count == 10_000)
        #expect(failing.last?.location == SourceLocation(line: 1, column: 9_999 * 10 + 2))
        // A formula far past the length limit is refused quickly, at its start.
        let long = render("$$" + String(repeating: "x", count: 200_000) + "$$")
        #expect(long.diagnostics.map(\.message) == ["formula is 200000 characters; the limit is 10000"])
    }
}
