/// "Did you mean …?": the one suggestion engine of ActivationAtlas, for misspelt
/// directives, options, roles, labels, ids, files, functions and parameters alike.
///
/// Distance is the optimal-string-alignment distance (an insertion, a deletion, a
/// substitution or a swap of neighbours each cost 1) between the case-folded texts, so
/// `alpah` is 1 from `alpha` and `ReLU` is 0 from `relu`. A candidate is close enough to
/// be a plausible typo at 2 edits or fewer, at most a third of its own length and half
/// the word's (each at least 1): `sigmod` finds `sigmoid` and `smaples` finds `samples`,
/// while `foo` is not mistaken for `elu`, `mean` for `atan` or `uerlu` for `isrlu`. Of equally close candidates, the one nearer with case
/// counted wins (`\bigx` suggests `\big`, not `\Big`), then the one listed first, so a
/// caller orders its candidates by how likely they are (the catalogue in teaching order).
///
/// ```swift
/// Spelling.suggestion(for: "sigmod", among: ["sigmoid", "tanh"])  // "sigmoid"
/// Spelling.suggestion(for: "foo", among: ["elu"])                 // nil
/// ```
public enum Spelling {
    /// A name that may be suggested, case-folded into Unicode scalars once: a page's ids
    /// are compared with every bad link to it.
    public struct Candidate: Sendable {
        public let text: String
        /// Case-folded.
        let scalars: [Unicode.Scalar]
        let exactScalars: [Unicode.Scalar]

        public init(_ text: String) {
            self.text = text
            scalars = Array(text.lowercased().unicodeScalars)
            exactScalars = Array(text.unicodeScalars)
        }
    }

    /// The candidate closest to `word`, if it is close enough to be a plausible typo. Ties
    /// go to the candidate listed first; `word` itself is never suggested.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        suggestion(for: word, among: candidates.map(Candidate.init))
    }

    /// ``suggestion(for:among:)`` with the candidates split beforehand.
    ///
    /// Edits are counted in Unicode scalars, and only distances up to the limit are ever
    /// computed (`editDistance(_:_:atMost:rows:)`), so a long word costs about 5 steps
    /// per scalar and candidate, not the square of its length.
    public static func suggestion(for word: String, among candidates: [Candidate]) -> String? {
        let scalars = Array(word.lowercased().unicodeScalars), exactScalars = Array(word.unicodeScalars)
        let wordLimit = min(2, max(1, scalars.count / 2))
        var rows = Rows()
        var best: (distance: Int, exactDistance: Int, order: Int, candidate: String)?
        for (order, candidate) in candidates.enumerated() where candidate.text != word {
            // Two edits leave too little of a name under six letters: `seam` is not `selu`.
            let limit = min(wordLimit, max(1, candidate.scalars.count / 3))
            guard abs(candidate.scalars.count - scalars.count) <= limit,
                let distance = editDistance(scalars, candidate.scalars, atMost: limit, rows: &rows),
                distance <= best?.distance ?? limit
            else { continue }
            // Only a tie-break: past a few case changes, the candidates count as equally far,
            // and the band stays narrow, so a long word still costs linear time.
            let exactDistance = editDistance(exactScalars, candidate.exactScalars, atMost: 3 * limit, rows: &rows) ?? .max
            if best.map({ (distance, exactDistance, order) < ($0.distance, $0.exactDistance, $0.order) }) ?? true {
                best = (distance, exactDistance, order, candidate.text)
            }
        }
        return best?.candidate
    }

    /// Scratch space for ``editDistance(_:_:atMost:rows:)``, reused from call to call: the
    /// last three rows of the table.
    struct Rows {
        var beforePrevious: [Int] = []
        var previous: [Int] = []
        var current: [Int] = []
    }

    /// The optimal-string-alignment distance of `a` and `b` if it is at most `limit`, else nil.
    static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element], atMost limit: Int) -> Int? {
        var rows = Rows()
        return editDistance(a, b, atMost: limit, rows: &rows)
    }

    /// The optimal-string-alignment distance of `a` and `b` if it is at most `limit`, else nil.
    ///
    /// Only the band of the table within `limit` of its diagonal is filled, since a cell
    /// further out already costs more than `limit`; a row whose every cell exceeds the
    /// limit ends the search. So the cost is about `(2 × limit + 1) × a.count`. A swap of
    /// neighbours looks two rows back, at a cell of the band that row filled.
    static func editDistance<Element: Equatable>(
        _ a: [Element], _ b: [Element], atMost limit: Int, rows: inout Rows
    ) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        let outside = limit + 1
        if rows.previous.count < b.count + 1 {
            let row = [Int](repeating: 0, count: b.count + 1)
            rows = Rows(beforePrevious: row, previous: row, current: row)
        }
        // previous[j] and current[j]: the distance of a's first i elements and b's first j;
        // `outside` stands for anything over the limit. Each row also sets the cell on
        // either side of its band, the only ones outside it that the next row reads; a swap
        // reads beforePrevious[j - 2], which always lies in that row's band.
        for j in 0...b.count { rows.previous[j] = j <= limit ? j : outside }
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            rows.current[0] = i <= limit ? i : outside
            if low > 1 { rows.current[low - 1] = outside }
            if high < b.count { rows.current[high + 1] = outside }
            var rowMinimum = rows.current[0]
            if low <= high {
                for j in low...high {
                    let substitution = rows.previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                    var cell = min(rows.previous[j] + 1, rows.current[j - 1] + 1, substitution, outside)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        cell = min(cell, rows.beforePrevious[j - 2] + 1)
                    }
                    rows.current[j] = cell
                    rowMinimum = min(rowMinimum, cell)
                }
            }
            guard rowMinimum <= limit else { return nil }
            (rows.beforePrevious, rows.previous, rows.current) = (rows.previous, rows.current, rows.beforePrevious)
        }
        return rows.previous[b.count] <= limit ? rows.previous[b.count] : nil
    }
}
