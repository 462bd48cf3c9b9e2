import Testing

@testable import LessonMarkdown

/// Protects "did you mean …?" for a page's broken `#fragment` links, where the ids of a
/// whole page are the candidates: capped per page, and linear in the text, so a long
/// heading and a long broken link cannot stall a build. (Spelling itself is tested in
/// AtlasDiagnosticsTests.)
@Suite struct FragmentSuggestionTests {
    @Test("Past 100 broken links to one page, the rest get the general hint, not a search of every id")
    func suggestionsCapped() {
        let headings = (0..<101).map { "## Part \($0)\n" }.joined()
        let links = (0..<101).map { "[x](#parts-\($0))\n" }.joined(separator: "\n")
        let messages = render(headings + "\n" + links).diagnostics.map(\.message)
        #expect(messages.count == 101)
        #expect(messages.filter { $0.hasSuffix("'?") }.count == 100)
        #expect(
            messages.last == "this lesson has no heading, figure or table with the id 'parts-100'; a heading's id is "
                + "its text in lower case with spaces as '-', e.g. '## Pros and cons' is '#pros-and-cons'")
    }

    /// Before the band, this lesson took 40 s in a debug build (the whole table of two
    /// 20 000-character strings), and a 4 MiB lesson could take hours.
    @Test("A long broken link beside a long heading is reported at once", .timeLimit(.minutes(1)))
    func longFragment() {
        let heading = String(repeating: "a", count: 200_000)
        let lesson = "## \(heading)\n\n[x](#\(heading)b)\n"
        let rendered = render(lesson)
        #expect(
            rendered.diagnostics.map(\.message) == [
                "this lesson has no heading, figure or table with the id '\(heading)b'; did you mean '#\(heading)'?"
            ])
    }
}
