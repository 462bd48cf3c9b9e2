extension SearchIndex {
    /// Every term of the course, sorted as the script searches (``sorted(_:by:)``), and
    /// their encoded postings (``encode(_:into:)``) in the same order, separated by spaces.
    /// A section whose heading is empty is titled by its lesson, so the title's terms count
    /// in it as its heading's would. Terms are one when their bytes are.
    ///
    /// Lessons are taken in page order, so each term's sections come out ascending.
    static func postings(_ lessons: [Lesson]) -> (terms: [String], encoded: [UInt8]) {
        var table = TermTable()
        var hits: [[Int]] = []  // by the term's number in `table`: (global section, count) pairs
        var first = 0
        func add(_ term: String, _ pairs: [Int]) {
            let number = table.number(of: term.utf8)
            if number == hits.count { hits.append([]) }
            for index in stride(from: 0, to: pairs.count, by: 2) {
                hits[number].append(pairs[index] + first)
                hits[number].append(pairs[index + 1])
            }
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
            for term in lesson.body.terms {
                // The lengths first: nearly every body term differs from every title term
                // there, and comparing a String's UTF-8 view byte by byte is slow.
                let utf8 = term.text.utf8
                if let index = titleTerms.firstIndex(where: { utf8.count == $0.bytes.count && utf8.elementsEqual($0.bytes) }) {
                    add(term.text, addingTitle(titleTerms.remove(at: index).count, to: term.hits, at: untitled))
                } else {
                    add(term.text, term.hits)
                }
            }
            for (bytes, count) in titleTerms {
                add(String(decoding: bytes, as: UTF8.self), addingTitle(count, to: [], at: untitled))
            }
            first += lesson.body.sections.count
        }
        let order = sorted(Array(table.terms.indices)) { table.terms[$0] }
        var encoded: [UInt8] = []
        encoded.reserveCapacity(hits.count * 4)
        for (position, number) in order.enumerated() {
            if position > 0 { encoded.append(UInt8(ascii: " ")) }
            encode(hits[number], into: &encoded)
        }
        return (order.map { table.terms[$0] }, encoded)
    }

    /// `pairs` (section, count) with `count` more in each of `sections`, still ascending.
    private static func addingTitle(_ count: Int, to pairs: [Int], at sections: [Int]) -> [Int] {
        var counts: [Int: Int] = [:]
        for index in stride(from: 0, to: pairs.count, by: 2) { counts[pairs[index]] = pairs[index + 1] }
        for section in sections { counts[section, default: 0] += count }
        return counts.keys.sorted().flatMap { [$0, counts[$0]!] }
    }
}
