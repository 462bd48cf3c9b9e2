/// "Did you mean …?" suggestions for misspelt directive, option and label names.
public enum Spelling {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a
    /// plausible typo: at most 2 edits, and fewer than half the word's length. Ties go to
    /// the candidate first in sort order.
    ///
    /// The work is linear in the lengths, not their product: a candidate whose length
    /// differs by more than the limit cannot be close, and the distance is computed only
    /// near the table's diagonal and abandoned once it passes the limit. (The full table
    /// of a 20 000-character heading against a broken link of that length took 40 s.)
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        suggestion(for: word, among: Vocabulary(candidates))
    }

    /// Candidates split into characters once, for many look-ups: every broken link of a
    /// lesson against the ids of its page.
    public struct Vocabulary: Sendable {
        fileprivate let words: [(text: String, letters: [Character])]

        public init(_ words: some Sequence<String>) {
            self.words = words.map { ($0, Array($0)) }
        }
    }

    /// ``suggestion(for:among:)-([String])`` from candidates prepared once.
    public static func suggestion(for word: String, among vocabulary: Vocabulary) -> String? {
        let typed = Array(word)
        let limit = min(2, max(1, typed.count / 2))
        var best: (distance: Int, candidate: String)?
        for (candidate, letters) in vocabulary.words {
            guard abs(letters.count - typed.count) <= limit,
                let distance = editDistance(typed, letters, atMost: best.map { min($0.distance, limit) } ?? limit)
            else { continue }
            if best.map({ (distance, candidate) < ($0.distance, $0.candidate) }) ?? true { best = (distance, candidate) }
        }
        return best?.candidate
    }

    /// Levenshtein distance over characters, or nil when it is above `limit`.
    ///
    /// Only cells within `limit` of the diagonal can hold a distance up to `limit`
    /// (each step off the diagonal costs an insertion or deletion), so each row is
    /// computed in that band, and the rows stop as soon as none is within the limit.
    static func editDistance(_ a: [Character], _ b: [Character], atMost limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        let beyond = limit + 1
        var previous = (0...b.count).map { min($0, beyond) }
        var current = [Int](repeating: beyond, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            current[0] = min(i, beyond)
            if low > 1 { current[low - 1] = beyond }
            var rowBest = current[0]
            for j in low...high {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution, beyond)
                rowBest = min(rowBest, current[j])
            }
            if high < b.count { current[high + 1] = beyond }
            guard rowBest <= limit else { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
