import AtlasTestSupport
import Foundation
import Testing

@testable import LessonMarkdown

/// Protects "Markdown without directives renders exactly as cmark renders it", checked
/// against the `cmark` command (Debian's `cmark` package, installed by `make test`).
@Suite(.requires(.cmark)) struct CMarkDifferentialTests {
    static let corpus = [
        "# Title\n\nA *paragraph* with `code`, **strong**, [a link](https://example.org \"t\") and ![img](a.png).\n",
        "- one\n- two\n  - nested\n\n1. first\n2. second\n",
        "> quote\n> > nested\n\n---\n\n    indented code\n",
        "```swift\nlet x = 1 < 2 && y\n```\n\n~~~\ntilde\n~~~\n",
        "Hard  \nbreak and soft\nbreak. Entities: &amp; &copy; &#x2212;\n",
        "<div>raw</div>\n\nInline <span>html</span> and <!-- comment -->.\n",
        "Setext\n======\n\nAutolink <https://example.org> and emphasis_inside_words_.\n",
        "| not | a table |\n|---|---|\n\n\\* escaped \\` backslashes \\\\ here\n",
        "[ref]\n\n[ref]: /url 'title'\n",
        "Ünïcödé — “quotes” and dashes.\n",
        "Prices: costs $5 and $10, $20,000 and $30,000; a lone $ sign and $ spaced $.\n",
        "Dollars in code: `$x$`, ``a ` $y$ ``, and \\$escaped$ dollars.\n\n```\n$$\nz\n$$\n```\n",
        "Links: [a](b$x$c \"t $y$\"), <https://example.org/$z$>, <span title=\"$w$\">raw</span>.\n",
        "    $indented$ code\n\n<div>\n$html block$\n</div>\n",
    ]

    @Test(arguments: corpus)
    func sameAsCmark(_ markdown: String) throws {
        let expected = try CMarkReference.html(markdown)
        let actual = render(markdown, directiveHTML: "never called").html
        // Headings gain an id and a self-link (HeadingAnchorTests); all else is cmark's.
        #expect(CMarkReference.removingHeadingAnchors(actual) == expected)
    }
}
