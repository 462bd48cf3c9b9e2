@testable import AtlasDiagnostics
import AtlasTestSupport
import Testing
@testable import LessonMarkdown

/// Protects "did you mean …?": the same suggestions as a full edit-distance table, in time
/// linear in the text, so a long heading and a long broken link cannot stall a build.
@Suite struct SpellingTests {
    /// The whole Levenshtein table: the reference the banded distance must agree with.
    static func fullDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for i in a.indices {
            var current = [i + 1] + [Int](repeating: 0, count: b.count)
            for j in b.indices {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a[i] == b[j] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test("The banded distance is the full table's whenever that is within the limit, and nil otherwise")
    func bandedAgreesWithFull() {
        var random = SeededGenerator(seed: 6)
        for _ in 0..<5_000 {
            let a = (0..<Int.random(in: 0...7, using: &random)).map { _ in "abc".randomElement(using: &random)! }
            let b = (0..<Int.random(in: 0...7, using: &random)).map { _ in "abc".randomElement(using: &random)! }
            let limit = Int.random(in: 0...3, using: &random)
            let full = Self.fullDistance(a, b)
            #expect(Spelling.editDistance(a, b, atMost: limit) == (full <= limit ? full : nil), "\(a) \(b) \(limit)")
        }
    }

    @Test("Suggestions: the closest within the limit, ties by sort order", arguments: [
        ("plott", ["plot", "table"], "plot"), ("smaples", ["samples", "x"], "samples"), ("drawback", ["drawbacks"], "drawbacks"),
        ("ab", ["ac", "ab-"], "ab-"), ("xyz", ["plot"], nil), ("", ["a"], "a"), ("a", [], nil),
    ] as [(String, [String], String?)])
    func suggestions(_ word: String, candidates: [String], expected: String?) {
        #expect(Spelling.suggestion(for: word, among: candidates) == expected)
    }

    @Test("Past 100 broken links to one page, the rest get the general hint, not a search of every id")
    func suggestionsCapped() {
        let headings = (0..<101).map { "## Part \($0)\n" }.joined()
        let links = (0..<101).map { "[x](#parts-\($0))\n" }.joined(separator: "\n")
        let messages = render(headings + "\n" + links).diagnostics.map(\.message)
        #expect(messages.count == 101)
        #expect(messages.filter { $0.hasSuffix("'?") }.count == 100)
        #expect(messages.last == "this lesson has no heading, figure or table with the id 'parts-100'; a heading's id is "
            + "its text in lower case with spaces as '-', e.g. '## Pros and cons' is '#pros-and-cons'")
    }

    /// Before the band, this lesson took 40 s in a debug build (the whole table of two
    /// 20 000-character strings), and a 4 MiB lesson could take hours.
    @Test("A long broken link beside a long heading is reported at once", .timeLimit(.minutes(1)))
    func longFragment() {
        let heading = String(repeating: "a", count: 200_000)
        let lesson = "## \(heading)\n\n[x](#\(heading)b)\n"
        let rendered = render(lesson)
        #expect(rendered.diagnostics.map(\.message) == [
            "this lesson has no heading, figure or table with the id '\(heading)b'; did you mean '#\(heading)'?"
        ])
    }
}
