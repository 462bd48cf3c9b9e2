import AtlasDiagnostics
import Testing

@testable import LessonMarkdown

/// Protects the fenced-versus-indented rule that replaces cmark's missing `cmark_node_get_fenced`.
@Suite struct FencedCodeTests {
    /// Records every directive found, to see which blocks counted.
    private func plots(in markdown: String) -> [PlotDirective] {
        directives(in: markdown).directives.compactMap {
            if case .plot(let plot) = $0 { plot } else { nil }
        }
    }

    /// (lesson, line and column of the fence, column of the argument `relu`)
    @Test(
        "A directive is found in every kind of fence",
        arguments: [
            ("```{plot} relu\n```\n", 1, 1, 11),
            ("~~~{plot} relu\n~~~\n", 1, 1, 11),
            ("`````{plot} relu\n:x: -1 1\n`````\n", 1, 1, 13),
            ("~~~~ {plot} relu\n~~~~\n", 1, 1, 13),
            ("   ```{plot} relu\n   ```\n", 1, 4, 14),
            ("> ```{plot} relu\n> ```\n", 1, 3, 13),
            ("- item\n\n  ```{plot} relu\n  ```\n", 3, 3, 13),
            ("1. item\n\n   > ~~~{plot} relu\n   > ~~~\n", 3, 6, 16),
            ("text\n\n```{plot} relu", 3, 1, 11),  // unclosed: runs to the end of the document
        ])
    func fenced(_ markdown: String, line: Int, column: Int, argumentColumn: Int) {
        let found = plots(in: markdown)
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(line: line, column: column))
        #expect(found.first?.functions == [Located("relu", at: SourceLocation(line: line, column: argumentColumn))])
    }

    @Test(
        "Indented code is never a directive, even when it looks like a fence",
        arguments: [
            "    ```{plot} relu\n    ```\n",
            "    ~~~{plot} relu\n",
            "- item\n\n      ```{plot} relu\n",
        ])
    func indented(_ markdown: String) {
        #expect(plots(in: markdown).isEmpty)
        #expect(directives(in: markdown).diagnostics.isEmpty)
    }

    @Test("The position rule itself, on cmark's own positions")
    func rule() {
        func fenced(_ line: String, _ column: Int, info: String = "", literal: String) -> Bool {
            CodeBlock.isFenced(startLine: Array(line.utf8), byteColumn: column, info: info, literal: literal)
        }
        #expect(fenced("```", 1, literal: "code\n"))
        #expect(fenced("~~~", 1, literal: ""))
        #expect(fenced("```py", 1, info: "py", literal: "```py\n"))  // content equal to the fence line
        #expect(!fenced("    ```", 5, literal: "```\n"))  // indented code starting with backticks
        #expect(!fenced("    code", 5, literal: "code\n"))
        #expect(!fenced("``", 1, literal: "x\n"))
        #expect(!fenced("", 1, literal: ""))
        #expect(!fenced("```", 9, literal: ""))  // a column past the line never traps
    }

    @Test("Code blocks that are not directives keep their CommonMark rendering")
    func ordinaryCode() {
        let html = render("```swift\nlet x = 1\n```\n").html
        #expect(html == "<pre><code class=\"language-swift\">let x = 1\n</code></pre>\n")
    }
}
