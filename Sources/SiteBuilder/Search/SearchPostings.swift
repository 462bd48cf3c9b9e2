extension SearchIndex {
    /// Every term of the course, sorted as the script searches (``sorted(_:by:)``), and
    /// their encoded postings (``encode(_:into:)``) in the same order, separated by spaces.
    /// A section whose heading is empty is titled by its lesson, so the title's terms count
    /// in it as its heading's would. Terms are one when their bytes are.
    ///
    /// Lessons are taken in page order, so each term's sections come out ascending.
    static func postings(_ lessons: [Lesson]) -> (terms: [String], encoded: [UInt8]) {
        var table = TermTable()
        // Each term's pairs as the lessons give them, gathered at the end into one array
        // where each term's pairs follow each other: grown term by term, the pairs of a
        // 1,000-lesson course were reallocated tens of thousands of times.
        // A piece's pairs are a slice of its lesson's (no copy), or made with the title's terms.
        var pieces: [(number: Int, pairs: ArraySlice<Int>, first: Int)] = []
        var pairCounts: [Int] = []  // by the term's number in `table`
        var first = 0
        func add(_ number: Int, _ pairs: ArraySlice<Int>) {
            if number == pairCounts.count { pairCounts.append(0) }
            pairCounts[number] += pairs.count
            pieces.append((number, pairs, first))
        }
        for lesson in lessons {
            let untitled = lesson.body.sections.indices.filter { lesson.body.sections[$0].heading.isEmpty }
            // A title has a few terms: counted by their bytes in a list, scanned for each of the body's.
            var titleTerms: [(bytes: [UInt8], count: Int)] = []
            if !untitled.isEmpty {
                SearchTerms.forEachTerm(lesson.title) { term in
                    if let index = titleTerms.firstIndex(where: { $0.bytes == term }) {
                        titleTerms[index].count += 1
                    } else {
                        titleTerms.append((term, 1))
                    }
                }
            }
            let terms = lesson.body.terms
            for position in terms.indices {
                // A slice of the lesson's bytes, not a pointer from a closure: a closure here
                // would capture the table and pieces, and check each access to them at run time.
                let bytes = terms.bytes[terms.byteRange(of: position)]
                let number = table.number(of: bytes)
                // The lengths first, as nearly every body term differs from every title term there.
                if let titleIndex = titleTerms.firstIndex(where: { $0.bytes.count == bytes.count && $0.bytes.elementsEqual(bytes) }) {
                    add(number, addingTitle(titleTerms.remove(at: titleIndex).count, to: terms.hits(of: position), at: untitled)[...])
                } else {
                    add(number, terms.hits(of: position))
                }
            }
            for (bytes, count) in titleTerms {
                add(table.number(of: bytes), addingTitle(count, to: [], at: untitled)[...])
            }
            first += lesson.body.sections.count
        }
        // Each term's pairs at starts[n]..<starts[n + 1], sections made course-wide.
        var starts = [0]
        starts.reserveCapacity(pairCounts.count + 1)
        for count in pairCounts { starts.append(starts[starts.count - 1] + count) }
        var hits = [Int](repeating: 0, count: starts[starts.count - 1])
        var next = starts
        for piece in pieces {
            var position = next[piece.number]
            // A slice keeps its lesson's indices: from its start index, not from 0.
            for index in stride(from: piece.pairs.startIndex, to: piece.pairs.endIndex, by: 2) {
                hits[position] = piece.pairs[index] + piece.first
                hits[position + 1] = piece.pairs[index + 1]
                position += 2
            }
            next[piece.number] = position
        }
        let order = sorted(Array(table.terms.indices)) { table.terms[$0] }
        var encoded: [UInt8] = []
        encoded.reserveCapacity(pairCounts.count * 4)
        for (position, number) in order.enumerated() {
            if position > 0 { encoded.append(UInt8(ascii: " ")) }
            encode(hits[starts[number]..<starts[number + 1]], into: &encoded)
        }
        return (order.map { table.terms[$0] }, encoded)
    }

    /// `pairs` (section, count) with `count` more in each of `sections`, still ascending.
    private static func addingTitle(_ count: Int, to pairs: ArraySlice<Int>, at sections: [Int]) -> [Int] {
        var counts: [Int: Int] = [:]
        for index in stride(from: pairs.startIndex, to: pairs.endIndex, by: 2) { counts[pairs[index]] = pairs[index + 1] }
        for section in sections { counts[section, default: 0] += count }
        return counts.keys.sorted().flatMap { [$0, counts[$0]!] }
    }
}
