/// "Did you mean …?" suggestions for misspelt directive, option and label names.
public enum Spelling {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a
    /// plausible typo: at most 2 edits, and fewer than half the word's length.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { (candidate: $0, distance: editDistance(word, $0)) }
        guard let best = scored.min(by: { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) })
        else { return nil }
        let limit = min(2, max(1, word.count / 2))
        return best.distance <= limit ? best.candidate : nil
    }

    /// Levenshtein distance over characters, one row of the table at a time.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
