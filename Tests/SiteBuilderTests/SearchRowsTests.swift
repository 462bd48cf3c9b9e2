import AtlasTestSupport
import Testing

@testable import SiteBuilder

/// The search rows' flat terms (``SearchBody/Terms``) as the cache keeps them: what is
/// written reads back as the same terms, and a damaged row is refused, never a crash.
@Suite struct SearchRowsTests {
    @Test("A body's terms read back as the words, CJK pairs and hits it was counted with")
    func termsReadBack() throws {
        let html = "<p>ReLU relu 饱和 café</p><h2 id=\"b\">B</h2><p>relu e\u{301}</p>"
        let body = SearchBody(html: html).withoutProse
        // Independent of the flat storage: every term and its (section, count) pairs, by a dictionary.
        var expected: [String: [Int: Int]] = [:]
        for (position, section) in SearchBody(html: html).sections.enumerated() {
            for text in [section.heading, section.text] {
                SearchTerms.forEachTerm(text) { expected[String(decoding: $0, as: UTF8.self), default: [:]][position, default: 0] += 1 }
            }
        }
        #expect(body.terms.count == expected.count)
        for term in body.terms {
            #expect(term.hits == expected[term.text]?.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
        }
        let digest = ContentDigest.of(Array("row".utf8))
        let read = try #require(CacheFile.open(CacheFile.seal(SearchRows(rows: [digest: body])), as: SearchRows.self))
        #expect(read.rows[digest] == body)
        #expect(read.rows[digest]?.terms.map(\.text) == body.terms.map(\.text))
    }

    @Test("A row whose terms are damaged is refused: lengths, UTF-8, a character split, pairs, sections, the total")
    func damagedTermsRefused() {
        /// One row of one section: `bytes` as the terms' run, `lengths`, the `total` of pair
        /// numbers written, and each term's pair numbers.
        func rows(bytes: [UInt8], lengths: [UInt64], total: Int? = nil, pairs: [[Int]]) -> SearchRows? {
            var writer = CacheWriter()
            writer.write(unsigned: 1)
            writer.write(ContentDigest.of(Array("row".utf8)))
            writer.write(unsigned: 1)
            for text in ["s", "Heading", ""] { writer.write(text) }
            writer.write(unsigned: UInt64(lengths.count))
            writer.write(bytes: bytes)
            for length in lengths { writer.write(unsigned: length) }
            writer.write(unsigned: UInt64(total ?? pairs.reduce(0) { $0 + $1.count }))
            for numbers in pairs {
                writer.write(unsigned: UInt64(numbers.count))
                for number in numbers { writer.write(number) }
            }
            var trailer = CacheWriter()
            trailer.write(ContentDigest.of(writer.bytes))
            return CacheFile.open(
                Array("atlas-cache \(CacheFile.formatVersion)\n".utf8) + writer.bytes + trailer.bytes, as: SearchRows.self)
        }
        let ab = Array("ab".utf8), dash = Array("x−".utf8)  // − is E2 88 92
        // The control: a well-formed row reads, as terms "a" and "b".
        let good = rows(bytes: ab, lengths: [1, 1], pairs: [[0, 1], [0, 2]])
        #expect(good?.rows.first?.value.terms.map(\.text) == ["a", "b"])
        #expect(good?.rows.first?.value.terms.map(\.hits) == [[0, 1], [0, 2]])
        #expect(rows(bytes: ab, lengths: [1, 2], pairs: [[0, 1], [0, 2]]) == nil, "lengths beyond the bytes")
        #expect(rows(bytes: ab, lengths: [1], pairs: [[0, 1]]) == nil, "bytes left over")
        #expect(rows(bytes: [0x61, 0xFF], lengths: [1, 1], pairs: [[0, 1], [0, 1]]) == nil, "not UTF-8")
        #expect(rows(bytes: dash, lengths: [1, 3], pairs: [[0, 1], [0, 1]]) != nil, "the control: − whole")
        #expect(rows(bytes: dash, lengths: [2, 2], pairs: [[0, 1], [0, 1]]) == nil, "a term starting inside −")
        #expect(rows(bytes: ab, lengths: [1, 1], pairs: [[0, 1], [0]]) == nil, "half a pair")
        #expect(rows(bytes: ab, lengths: [1, 1], pairs: [[0, 1], [1, 1]]) == nil, "a section the body lacks")
        #expect(rows(bytes: ab, lengths: [1, 1], pairs: [[0, 1], [-1, 1]]) == nil, "a negative section")
        #expect(rows(bytes: ab, lengths: [1, 1], total: 2, pairs: [[0, 1], [0, 2]]) == nil, "a total below the pairs'")
        #expect(rows(bytes: ab, lengths: [1, 1], total: 6, pairs: [[0, 1], [0, 2]]) == nil, "a total above the pairs'")
        // What would trap the index's encoding later: a count of 0, sections not ascending, a term twice.
        #expect(rows(bytes: ab, lengths: [1, 1], pairs: [[0, 1], [0, 0]]) == nil, "a count of 0")
        #expect(rows(bytes: ab, lengths: [1, 1], pairs: [[0, 1], [0, 1, 0, 1]]) == nil, "a section twice")
        #expect(rows(bytes: Array("ba".utf8), lengths: [1, 1], pairs: [[0, 1], [0, 1]]) == nil, "terms out of order")
        #expect(rows(bytes: Array("aa".utf8), lengths: [1, 1], pairs: [[0, 1], [0, 1]]) == nil, "a term twice")
    }

    @Test("Random damage to sealed rows reads as nothing or as rows the index takes, never a crash")
    func randomDamage() {
        var random = SeededGenerator(seed: 21)
        let body = SearchBody(html: "<p>sigmoid tanh 函数 café</p><h2 id=\"x\">X</h2><p>relu relu</p>").withoutProse
        let valid = Array(CacheFile.seal(SearchRows(rows: [ContentDigest.of(Array("r".utf8)): body])))
        let magic = Array("atlas-cache \(CacheFile.formatVersion)\n".utf8)
        for _ in 0..<3000 {
            var payload = Array(valid.dropFirst(magic.count).dropLast(16))
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                payload[Int.random(in: 0..<payload.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            var trailer = CacheWriter()
            trailer.write(ContentDigest.of(payload))
            // Rows that read must also make an index: the encoding of the postings traps on a
            // count of 0, sections out of order or a term twice, which the reader refuses.
            if let read = CacheFile.open(magic + payload + trailer.bytes, as: SearchRows.self) {
                _ = SearchIndex.postings(read.rows.values.map { SearchIndex.Lesson(fileName: "l.html", title: "T", body: $0) })
            }
        }
    }
}
