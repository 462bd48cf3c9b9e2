extension Catalog {
    /// The catalogue name or alias closest to a mistyped `name`, if one is close enough.
    ///
    /// ```swift
    /// Catalog.suggestion(for: "sigmod")   // "sigmoid"
    /// Catalog.suggestion(for: "foo")      // nil
    /// ```
    public static func suggestion(for name: String) -> String? {
        suggestion(for: name, among: entries.flatMap { [$0.name] + $0.aliases })
    }

    /// The candidate closest to `name` by edit distance, if close enough; ties go to the
    /// earlier candidate.
    ///
    /// Distance is the optimal-string-alignment distance (insertions, deletions,
    /// substitutions and swaps of neighbours each cost 1) between the lowercased strings,
    /// so `alpah` is 1 from `alpha` and `ReLU` is 0 from `relu`. A candidate is close
    /// enough when the distance is at most a third of its length, at least 1 and at most 2:
    /// short names tolerate one slip, and `foo` is not mistaken for `elu`.
    public static func suggestion(for name: String, among candidates: [String]) -> String? {
        // No name in the catalogue is near a long string; skip the work for pasted junk.
        guard name.count <= 64 else { return nil }
        let typed = Array(name.lowercased())
        var best: (candidate: String, distance: Int)?
        // A length difference above 2 alone puts a candidate out of reach.
        for candidate in candidates where candidate != name && abs(candidate.count - typed.count) <= 2 {
            let distance = editDistance(typed, Array(candidate.lowercased()))
            let limit = min(2, max(1, candidate.count / 3))
            guard distance <= limit else { continue }
            if best.map({ distance < $0.distance }) ?? true {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Optimal string alignment distance between two character arrays.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rows of the table d[i][j] (distance between a[..<i] and b[..<j]): the swap
        // case looks two rows back, nothing looks further.
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, beforePrevious[j - 2] + 1)
                }
                current[j] = best
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
