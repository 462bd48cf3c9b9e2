import AtlasTestSupport
import Testing
@testable import AtlasDiagnostics

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
}
