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
            let number = table.number(of: term)
            if number == hits.count { hits.append([]) }
            for index in stride(from: 0, to: pairs.count, by: 2) {
                hits[number].append(pairs[index] + first)
                hits[number].append(pairs[index + 1])
            }
        }
        for lesson in lessons {
            let untitled = lesson.body.sections.indices.filter { lesson.body.sections[$0].heading.isEmpty }
            // A title has a few terms: scanned, not hashed, for each of the body's.
            var titleTerms: [(text: String, count: Int)] = []
            if !untitled.isEmpty {
                var counts: [String: Int] = [:]
                SearchTerms.count(lesson.title, into: &counts)
                titleTerms = counts.map { ($0.key, $0.value) }
            }
            for term in lesson.body.terms {
                if let index = titleTerms.firstIndex(where: { $0.text.utf8.elementsEqual(term.text.utf8) }) {
                    add(term.text, addingTitle(titleTerms.remove(at: index).count, to: term.hits, at: untitled))
                } else {
                    add(term.text, term.hits)
                }
            }
            for (text, count) in titleTerms { add(text, addingTitle(count, to: [], at: untitled)) }
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

/// Numbers terms in the order first seen, byte for byte: an open-addressing table keyed
/// by an FNV-1a hash of the term's bytes. At an edit of the 1,000-lesson benchmark course
/// the index reads 70,000 terms (1,100 distinct), and a `[String: …]` dictionary spent
/// most of the index's time hashing them (SipHash, and String's canonical equivalence,
/// which would also make `é` and `e` + U+0301 one term where the script sees two).
private struct TermTable {
    private(set) var terms: [String] = []
    private var hashes: [UInt64] = []
    /// Term numbers + 1 (0: empty), a power of two long, at most half full.
    private var slots = [Int](repeating: 0, count: 1024)

    /// The number of `term`, given the next one when it is new.
    mutating func number(of term: String) -> Int {
        let hash = Self.hash(term)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let number = slots[slot] - 1
            if hashes[number] == hash, terms[number].utf8.elementsEqual(term.utf8) { return number }
            slot = (slot + 1) & (slots.count - 1)
        }
        terms.append(term)
        hashes.append(hash)
        slots[slot] = terms.count
        if terms.count * 2 > slots.count { grow() }
        return terms.count - 1
    }

    private mutating func grow() {
        slots = [Int](repeating: 0, count: slots.count * 2)
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = number + 1
        }
    }

    /// FNV-1a (64 bits) of the UTF-8 bytes, its high bits folded in: the slot is taken
    /// from the low ones. Not seeded, as Swift's `Hasher` is against made collisions:
    /// the terms are the author's own lessons.
    private static func hash(_ term: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash ^ (hash >> 29)
    }
}
