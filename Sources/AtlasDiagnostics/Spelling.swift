/// "Did you mean …?" suggestions for misspelt names: directives, options, labels, TeX
/// commands and environments, lessons, files.
public enum Spelling {
    /// A name that may be suggested, split into Unicode scalars once: a page's ids are
    /// compared with every bad link to it.
    public struct Candidate: Sendable {
        public let text: String
        let scalars: [Unicode.Scalar]

        public init(_ text: String) {
            self.text = text
            scalars = Array(text.unicodeScalars)
        }
    }

    /// The candidate closest to `word` by edit distance, if it is close enough to be a
    /// plausible typo: at most 2 edits, and fewer than half the word's length. Ties go to
    /// the candidate that sorts first.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        suggestion(for: word, among: candidates.map(Candidate.init))
    }

    /// ``suggestion(for:among:)`` with the candidates split beforehand.
    ///
    /// Edits are counted in Unicode scalars, and only distances up to the limit are ever
    /// computed (`editDistance(_:_:atMost:rows:)`), so a long word costs about 5 steps
    /// per scalar and candidate, not the square of its length.
    public static func suggestion(for word: String, among candidates: [Candidate]) -> String? {
        let scalars = Array(word.unicodeScalars)
        let limit = min(2, max(1, scalars.count / 2))
        var rows = (previous: [Int](), current: [Int]())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where abs(candidate.scalars.count - scalars.count) <= limit {
            guard let distance = editDistance(scalars, candidate.scalars, atMost: limit, rows: &rows) else { continue }
            if best.map({ (distance, candidate.text) < ($0.distance, $0.candidate) }) ?? true {
                best = (candidate.text, distance)
            }
        }
        return best?.candidate
    }

    /// The Levenshtein distance of `a` and `b` if it is at most `limit`, else nil.
    static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element], atMost limit: Int) -> Int? {
        var rows = (previous: [Int](), current: [Int]())
        return editDistance(a, b, atMost: limit, rows: &rows)
    }

    /// The Levenshtein distance of `a` and `b` if it is at most `limit`, else nil.
    /// `rows` is scratch space, reused from call to call.
    ///
    /// Only the band of the table within `limit` of its diagonal is filled, since a cell
    /// further out already costs more than `limit`; a row whose every cell exceeds the
    /// limit ends the search. So the cost is about `(2 × limit + 1) × a.count`.
    static func editDistance<Element: Equatable>(
        _ a: [Element], _ b: [Element], atMost limit: Int, rows: inout (previous: [Int], current: [Int])
    ) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        let outside = limit + 1
        if rows.previous.count < b.count + 1 {
            rows = ([Int](repeating: 0, count: b.count + 1), [Int](repeating: 0, count: b.count + 1))
        }
        // previous[j] and current[j]: the distance of a's first i elements and b's first j;
        // `outside` stands for anything over the limit.
        for j in 0...b.count { rows.previous[j] = j <= limit ? j : outside }
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            rows.current[0] = i <= limit ? i : outside
            if low > 1 { rows.current[low - 1] = outside }
            var rowMinimum = rows.current[0]
            if low <= high {
                for j in low...high {
                    let substitution = rows.previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                    let cell = min(rows.previous[j] + 1, rows.current[j - 1] + 1, substitution, outside)
                    rows.current[j] = cell
                    rowMinimum = min(rowMinimum, cell)
                }
            }
            if high < b.count { rows.current[high + 1] = outside }
            guard rowMinimum <= limit else { return nil }
            swap(&rows.previous, &rows.current)
        }
        return rows.previous[b.count] <= limit ? rows.previous[b.count] : nil
    }
}
