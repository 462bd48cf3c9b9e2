import AtlasTestSupport
import Testing

@testable import AtlasDiagnostics

/// Protects "did you mean …?": the same suggestions as a full edit-distance table, in time
/// linear in the text, so a long heading and a long broken link cannot stall a build.
@Suite struct SpellingTests {
    /// The whole optimal-string-alignment table, as a textbook writes it: the reference
    /// the banded distance must agree with.
    static func fullDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }

    @Test(
        "Textbook distances",
        arguments: [
            ("kitten", "sitting", 3), ("alpah", "alpha", 1), ("ab", "ba", 1), ("ca", "abc", 3),
            ("", "abc", 3), ("abc", "", 3), ("relu", "relu", 0), ("sigmod", "sigmoid", 1),
        ])
    func distance(_ a: String, _ b: String, expected: Int) {
        #expect(Self.fullDistance(Array(a), Array(b)) == expected)
        #expect(Spelling.editDistance(Array(a), Array(b), atMost: 10) == expected)
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

    @Test(
        "Suggestions: the closest within the limit, ties by exact case, then by order",
        arguments: [
            ("plott", ["plot", "table"], "plot"), ("smaples", ["samples", "x"], "samples"), ("drawback", ["drawbacks"], "drawbacks"),
            ("ab", ["ac", "ab-"], "ac"), ("ab", ["ab-", "ac"], "ab-"), ("bigx", ["Big", "big"], "big"),
            ("uerlu", ["isrlu"], nil), ("mean", ["atan"], nil), ("eelu", ["relu", "celu"], "relu"), ("xyz", ["plot"], nil),
            ("", ["a"], "a"), ("a", [], nil),
            ("ReLU", ["relu", "elu"], "relu"), ("alpah", ["alpha", "alp"], "alpha"), ("foo", ["elu"], nil),
            ("plot", ["plot", "plots"], "plots"),
        ] as [(String, [String], String?)])
    func suggestions(_ word: String, candidates: [String], expected: String?) {
        #expect(Spelling.suggestion(for: word, among: candidates) == expected)
    }
}
