import AtlasDiagnostics
import Testing

@testable import LessonMarkdown

/// Protects the diagnostics of issue 13 (point 6) that LessonMarkdown makes: each names
/// the mistake where the author made it and says how to fix it (exact text and place).
@Suite struct AuthorDiagnosticsTests {
    /// The one diagnostic of `lesson`, whatever else it holds.
    func only(_ lesson: String) -> Diagnostic? {
        let problems = LessonParser.parse(lesson, keepsRawHTML: false).diagnostics
        #expect(problems.count == 1, "\(problems)")
        return problems.first
    }

    @Test("A directive fence never closed is reported at its opening, not as a body it does not take")
    func unclosedFence() throws {
        let problem = try #require(only("---\ntitle: A\n---\n\n```{table} relu\n:x: 0 1\n\nSome prose after it.\n"))
        #expect(problem.message == "this '{table}' fence is never closed; end the directive with a line '```'")
        #expect(problem.location == SourceLocation(line: 5, column: 1))
        #expect(problem.endColumn == 3)
        #expect(problem.hint == "a directive's fence left open takes every line after it, to the end of the file, as its body")
        // Tildes, inside a block quote: the fence as written.
        let quoted = try #require(only("> ~~~~{plot} relu\n> :x: 0 1\n"))
        #expect(quoted.message == "this '{plot}' fence is never closed; end the directive with a line '~~~~'")
        #expect(quoted.location == SourceLocation(line: 1, column: 3))
        // A fence closed on the last line, with no line break after it, is closed; so is a
        // longer closing fence, and one in a block quote.
        for closed in ["```{plot} relu\n```", "```{plot} relu\n`````\n", "> ```{plot} relu\n> ```\n", "```{plot} relu\n```  \r\n"] {
            #expect(LessonParser.parse(closed, keepsRawHTML: false).diagnostics.isEmpty, "\(closed)")
        }
        // A shorter run does not close it; the first line is the last.
        #expect(only("````{plot} relu\n```\n")?.message == "this '{plot}' fence is never closed; end the directive with a line '````'")
        // A fence on the last line holds nothing and takes nothing: CommonMark closes it there.
        #expect(LessonParser.parse("```{plot} relu\n\n", keepsRawHTML: false).diagnostics.isEmpty)
        #expect(only("```{plot} relu\n:x: 0 1")?.location == SourceLocation(line: 1, column: 1))
    }

    @Test("Invalid YAML says how to fix it: quote a value holding ': ', align an indented key")
    func yamlHints() throws {
        let colon = try #require(only("---\ntitle: Sigmoid: the S curve\n---\n"))
        #expect(colon.message == "front matter is not valid YAML: mapping values are not allowed in this context")
        #expect(colon.location == SourceLocation(line: 2, column: 15))
        #expect(colon.hint == #"a ': ' inside a value starts another mapping; quote the value: title: "Sigmoid: the S curve""#)
        let escaped = try #require(only("---\nsummary: Say \"hi\": twice\n---\n"))
        #expect(escaped.hint == #"a ': ' inside a value starts another mapping; quote the value: summary: "Say \"hi\": twice""#)
        let indented = try #require(only("---\ntitle: x\n  order: 2\n---\n"))
        #expect(indented.location == SourceLocation(line: 3, column: 8))
        #expect(
            indented.hint
                == "this line is indented under the line above, whose value is plain text; start each key at the same column")
        let backtick = try #require(only("---\ntitle: `relu` explained\n---\n"))
        #expect(backtick.message == "front matter is not valid YAML: found character that cannot start any token")
        #expect(
            backtick.hint
                == "a value that starts with '`', '@' or another character YAML reserves must be quoted, e.g. title: \"`relu` and friends\""
        )
    }

    @Test("An unclosed '$' or '$$' warns at the opening dollar; money, '\\$' and code stay quiet")
    func unclosedMath() throws {
        let hint = "inline math is '$…$' in one paragraph, with no space inside either dollar; write '\\$' for a dollar sign"
        let inline = try #require(only("说明：$x + y 没有闭合。\n"))
        #expect(inline.message == "'$' opens math that is never closed in its paragraph; close it with '$'")
        #expect(inline.severity == .warning && inline.kind == .math)
        #expect(inline.location == SourceLocation(line: 1, column: 4))
        #expect(inline.hint == hint)
        let display = try #require(only("Text.\n\n$$a + b\n\nMore text.\n"))
        #expect(display.message == "'$$' opens display math that is never closed in its paragraph; close it with '$$'")
        #expect(display.location == SourceLocation(line: 3, column: 1))
        #expect(display.endColumn == 2)
        #expect(display.hint == "display math ends in the paragraph it starts in; write '\\$' for a dollar sign")
        // A space before the next dollar: warned once, not again at the dollar meant to close it.
        let spaced = try #require(only("See $x $ here.\n"))
        #expect(
            spaced.message
                == "'$' opens math that the next '$' cannot close (it has a space before it, a digit after it, or code "
                + "comes between); put the closing '$' right after the formula")
        #expect(spaced.location == SourceLocation(line: 1, column: 5))
        // Quiet: money, an escaped dollar, a lone dollar sign, dollars in code, math closed.
        for quiet in [
            "Costs $5 and $10.\n", "Pay \\$x now.\n", "A $ sign.\n", "Run `echo $HOME`.\n", "```\n$x\n```\n",
            "$x$ and $$y$$.\n", "<span title=\"$x\">a</span>\n", "[a]($x)\n",
        ] {
            #expect(LessonParser.parse(quiet, keepsRawHTML: false).diagnostics.isEmpty, "\(quiet)")
        }
    }

    @Test("Math or a role in a ':caption:' is an error at its place, since a caption is plain text")
    func captionMarkup() throws {
        let math = try #require(only("```{plot} relu\n:caption: The 函数 $\\sigma(x)$ costs $5\n```\n"))
        #expect(
            math.message
                == "':caption:' is plain text, so '$\\sigma(x)$' would show with its dollars; write it in words or "
                + "Unicode (σ(x), x²), or put the formula in the text beside the figure")
        #expect(math.location == SourceLocation(line: 2, column: 18))
        let role = try #require(only("```{table} relu\n:caption: As in {ref}`fig-a`\n```\n"))
        #expect(
            role.message
                == "':caption:' is plain text, so the role '{ref}' would show as written; refer to it in the text beside the figure")
        #expect(role.location == SourceLocation(line: 2, column: 17))
        #expect(only("```{compare} relu\n:caption: {eval}`relu(1)`\n```\n")?.location == SourceLocation(line: 2, column: 11))
        // Money, braces without a backtick, and a plain caption are fine.
        for quiet in [
            "```{plot} relu\n:caption: Costs $5 and $10\n```\n", "```{plot} relu\n:caption: The set {x} of inputs\n```\n",
        ] {
            #expect(LessonParser.parse(quiet, keepsRawHTML: false).diagnostics.isEmpty, "\(quiet)")
        }
    }
}
