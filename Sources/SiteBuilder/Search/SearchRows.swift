import Foundation

/// What the search index takes from one lesson's body (issue 14): its sections
/// (``SearchSections``) and, for each term of them (``SearchTerms``), the sections it
/// occurs in and how often. A pure function of the body, kept in the build cache by the
/// body's digest, so that an edit to one lesson remakes the index from that lesson's
/// body and the others' cached terms, without reading a thousand bodies back.
struct SearchBody: Sendable, Equatable {
    var sections: [SearchSection]
    /// Each term with its hits: pairs of (section position in ``sections``, count),
    /// sections ascending. Terms sorted (as ``SearchIndex`` writes them).
    var terms: Terms

    struct Term: Sendable, Equatable {
        var text: String
        var hits: [Int]
    }

    /// The sections of `html` and their terms: a section's heading and prose count
    /// alike (the lesson's title, which stands in for an empty heading, is not in the
    /// body: ``SearchIndex`` adds its terms).
    init(html: String) {
        sections = SearchSections.of(body: html)
        var counter = HitCounter()
        for (position, section) in sections.enumerated() {
            counter.section = position
            SearchTerms.forEachTerm(section.heading, into: &counter)
            SearchTerms.forEachTerm(section.text, into: &counter)
        }
        // In the order the index writes them (``SearchIndex/sorted(_:by:)``).
        let order = SearchIndex.sorted(Array(counter.table.terms.indices)) { counter.table.terms[$0] }
        terms = counter.terms(in: order)
    }

    /// Numbers the terms as first seen and notes the section of each one taken.
    ///
    /// Why a list of what was taken, grouped by term at the end, rather than an array of
    /// pairs per term grown as its words come: a lesson has about 70 terms, and the
    /// benchmark course's 71,000 small arrays, each grown several times, were a sixth of
    /// counting its words.
    private struct HitCounter: SearchTerms.Sink {
        var table = TermTable()
        /// Each term taken, by its number in `table`, in the order taken; and its section.
        var numbers: [Int] = []
        var sections: [Int] = []
        /// The section the terms now taken are in.
        var section = 0

        mutating func take(_ term: UnsafeBufferPointer<UInt8>) {
            numbers.append(table.number(of: term))
            sections.append(section)
        }

        /// The terms in `order` (their numbers in `table`), each with its (section, count)
        /// pairs, sections ascending. The sections taken are grouped by term keeping their
        /// order (a counting sort), and each run of one section in a group is one pair:
        /// sections were taken in order, so a group's runs ascend.
        func terms(in order: [Int]) -> Terms {
            let termCount = table.terms.count
            // starts[n]..<starts[n + 1]: where term n's sections go in `grouped`.
            var starts = [Int](repeating: 0, count: termCount + 1)
            for number in numbers { starts[number + 1] += 1 }
            for number in 0..<termCount { starts[number + 1] += starts[number] }
            var next = starts
            var grouped = [Int](repeating: 0, count: numbers.count)
            for (index, number) in numbers.enumerated() {
                grouped[next[number]] = sections[index]
                next[number] += 1
            }
            var terms = Terms()
            var pairs: [Int] = []  // one term's, reused
            for number in order {
                pairs.removeAll(keepingCapacity: true)
                var index = starts[number]
                while index < starts[number + 1] {
                    let section = grouped[index]
                    var count = 0
                    while index < starts[number + 1], grouped[index] == section {
                        count += 1
                        index += 1
                    }
                    pairs.append(section)
                    pairs.append(count)
                }
                var text = table.terms[number]
                text.withUTF8 { terms.append($0, hits: pairs) }
            }
            return terms
        }
    }

    init(sections: [SearchSection], terms: Terms) {
        self.sections = sections
        self.terms = terms
    }

    /// The same without the sections' prose, as the build cache keeps it: the index needs
    /// every lesson's terms at each edit, the prose parts only their own lessons' prose,
    /// which is most of the bytes (5.4 of 7 MB on the benchmark course).
    var withoutProse: SearchBody {
        SearchBody(sections: sections.map { SearchSection(id: $0.id, heading: $0.heading, text: "") }, terms: terms)
    }
}

extension SearchBody: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(unsigned: UInt64(sections.count))
        for section in sections {
            writer.write(section.id)
            writer.write(section.heading)
            writer.write(section.text)
        }
        terms.encode(to: &writer)
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        var sections: [SearchSection] = []
        for _ in 0..<(try reader.readCount()) {
            sections.append(
                SearchSection(id: try reader.readString(), heading: try reader.readString(), text: try reader.readString()))
        }
        // A damaged file must not name a section the body does not have.
        self.init(sections: sections, terms: try Terms(from: &reader, sections: sections.count))
    }
}

/// Every body's ``SearchBody`` without its prose (``SearchBody/withoutProse``) by the
/// body's digest, kept in the build cache (`<site>/search`). The cache folder is per
/// atlas executable, so an entry from here is the one the body would give, less the prose.
struct SearchRows: Sendable, Equatable {
    var rows: [ContentDigest: SearchBody]
    /// Rows as read from the cache, by digest: their bytes, written back as they are.
    ///
    /// Why: an edit to one lesson keeps the other 999 rows of a 1,000-lesson course, and
    /// encoding them again was 4.5 % of that rebuild's instructions. A row is a function
    /// of its body, named by the body's digest, and the cache folder is this executable's
    /// own, so the bytes read for a digest are the bytes its row encodes to.
    var encoded: [ContentDigest: [UInt8]] = [:]

    /// The same rows, however they would be written.
    static func == (a: SearchRows, b: SearchRows) -> Bool { a.rows == b.rows }
}

extension SearchRows: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        // Sorted: the same rows always give the same bytes.
        let sorted = rows.sorted { ($0.key.high, $0.key.low) < ($1.key.high, $1.key.low) }
        writer.write(unsigned: UInt64(sorted.count))
        for (digest, body) in sorted {
            writer.write(digest)
            if let bytes = encoded[digest] { writer.append(encoded: bytes) } else { writer.write(body) }
        }
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        var rows: [ContentDigest: SearchBody] = [:], encoded: [ContentDigest: [UInt8]] = [:]
        for _ in 0..<(try reader.readCount()) {
            let digest = try reader.readDigest(), start = reader.offset
            rows[digest] = try reader.read(SearchBody.self)
            encoded[digest] = reader.bytes(from: start)
        }
        self.init(rows: rows, encoded: encoded)
    }
}

extension BuildCache {
    private var searchURL: URL { folder.appendingPathComponent("search") }

    /// The rows the last index was made of; nil when absent or damaged.
    func readSearchRows() -> SearchRows? {
        guard let data = FileManager.default.contents(atPath: searchURL.path) else { return nil }
        return CacheFile.open(Array(data), as: SearchRows.self)
    }

    func write(_ rows: SearchRows) throws {
        try writeFile(CacheFile.seal(rows), to: searchURL)
    }
}

/// The cached rows, read from the cache at most once per build and only when asked
/// for or prefetched (a build whose index is unchanged and where no lesson changed never
/// reads them); shared by the lesson phase, which asks which bodies it must read, and the
/// index, which uses the same rows.
final class SearchRowsRead: @unchecked Sendable {
    // @unchecked: `read` and `prefetching` are accessed under `lock`; the read itself runs
    // outside it, and `rows` waits for a prefetch in flight through `prefetched`.
    private let cache: BuildCache?
    private let lock = NSLock()
    private var read: SearchRows?
    private var prefetching = false
    private let prefetched = DispatchGroup()

    init(_ cache: BuildCache?) { self.cache = cache }

    /// Starts reading the rows on another thread, once: a build where a lesson changed
    /// will want them (to remake the index), and decoding a 1,000-lesson course's rows
    /// takes about 15 ms that the lessons' own work then hides. ``rows`` waits for it.
    func prefetch() {
        lock.lock()
        defer { lock.unlock() }
        guard !prefetching, read == nil, let cache else { return }
        prefetching = true
        prefetched.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            let rows = cache.readSearchRows() ?? SearchRows(rows: [:])
            self.lock.lock()
            if self.read == nil { self.read = rows }
            self.lock.unlock()
            self.prefetched.leave()
        }
    }

    var rows: [ContentDigest: SearchBody] { all.rows }

    /// The rows with their bytes as read (``SearchRows/encoded``).
    var all: SearchRows {
        prefetched.wait()
        lock.lock()
        defer { lock.unlock() }
        if let read { return read }
        let rows = cache?.readSearchRows() ?? SearchRows(rows: [:])
        read = rows
        return rows
    }
}
