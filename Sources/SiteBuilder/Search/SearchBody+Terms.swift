import AtlasText

extension SearchBody {
    /// A body's terms in order and each one's hits, (section, count) pairs with sections
    /// ascending, kept in four flat arrays: every term's UTF-8 bytes one after the other,
    /// every term's pairs one after the other, and where each term ends in both.
    ///
    /// Why flat: a String and an array for each term made the 1,000-lesson course's rows
    /// (about 70 terms a lesson) 71,000 arrays and as many Strings to make when read from
    /// the cache, and to free again, at every edit's rebuild: a tenth of its instructions.
    /// As a collection it still gives each ``Term`` (made on access: for tests and reports,
    /// not for the index, which reads ``bytes`` at ``byteRange(of:)`` and ``hits(of:)``).
    struct Terms: Sendable, Equatable, RandomAccessCollection {
        /// Every term's UTF-8 bytes, one after the other.
        private(set) var bytes: [UInt8] = []
        /// Where term n's bytes end in ``bytes``; they begin where term n − 1's end.
        private var ends: [Int] = []
        /// Every term's (section, count) pairs, one term's after the other's.
        private var pairs: [Int] = []
        /// Where term n's pairs end in `pairs`.
        private var pairEnds: [Int] = []

        init() {}

        var startIndex: Int { 0 }
        var endIndex: Int { ends.count }

        subscript(position: Int) -> Term {
            Term(text: String(decoding: bytes[byteRange(of: position)], as: UTF8.self), hits: Array(hits(of: position)))
        }

        /// Where term `position`'s UTF-8 bytes lie in ``bytes``.
        func byteRange(of position: Int) -> Range<Int> {
            (position == 0 ? 0 : ends[position - 1])..<ends[position]
        }

        /// Term `position`'s (section, count) pairs: a slice, so indexed from where they lie
        /// in the whole run, not from 0.
        func hits(of position: Int) -> ArraySlice<Int> {
            pairs[(position == 0 ? 0 : pairEnds[position - 1])..<pairEnds[position]]
        }

        /// Adds a term after the others: its UTF-8 bytes and its pairs.
        mutating func append(_ text: UnsafeBufferPointer<UInt8>, hits: some Collection<Int>) {
            bytes.append(contentsOf: text)
            ends.append(bytes.count)
            pairs.append(contentsOf: hits)
            pairEnds.append(pairs.count)
        }
    }
}

extension SearchBody.Terms {
    /// The term count, then all their bytes as one run, each one's length, how many
    /// numbers the pairs are in all, and each term's pairs (a count, then the numbers).
    func encode(to writer: inout CacheWriter) {
        writer.write(unsigned: UInt64(count))
        writer.write(bytes: bytes)
        for position in indices { writer.write(unsigned: UInt64(byteRange(of: position).count)) }
        writer.write(unsigned: UInt64(pairs.count))
        for position in indices {
            let hits = hits(of: position)
            writer.write(unsigned: UInt64(hits.count))
            for number in hits { writer.write(number) }
        }
    }

    /// Reads what ``encode(to:)`` writes, checking what a damaged file could get wrong, so
    /// that no row read can trap the index later (``SearchIndex/encode(_:into:)`` takes
    /// each gap between sections, less one, as a digit): the lengths add up to the bytes,
    /// the bytes are UTF-8 and no term starts inside a character, the terms are in the
    /// index's order and each once, and each term's pairs are whole, name sections of the
    /// body in ascending order, and count each at least once (at most 2³¹ − 1 times).
    init(from reader: inout CacheReader, sections: Int) throws(CacheFormatError) {
        let count = try reader.readCount()
        bytes = try reader.readBytes()
        ends.reserveCapacity(count)
        var end = 0
        for _ in 0..<count {
            let length = try reader.readUnsigned()
            guard length <= UInt64(bytes.count - end) else { throw CacheFormatError() }
            end += Int(length)
            // A continuation byte (10xxxxxx) would start the next term inside a character.
            guard end == bytes.count || bytes[end] & 0xC0 != 0x80 else { throw CacheFormatError() }
            ends.append(end)
        }
        guard end == bytes.count, bytes.withUnsafeBufferPointer({ UTF8Text.validated($0) }) != nil, isInOrder
        else { throw CacheFormatError() }
        // The total first, so that the pairs are one allocation (each number takes a byte at least).
        let total = try reader.readCount()
        pairs.reserveCapacity(total)
        pairEnds.reserveCapacity(count)
        for _ in 0..<count {
            let numbers = try reader.readCount()
            guard numbers % 2 == 0 else { throw CacheFormatError() }
            var previous = -1
            for _ in 0..<numbers / 2 {
                let section = try reader.readInt(), hits = try reader.readInt()
                guard section > previous, section < sections, hits >= 1, hits <= Int(Int32.max) else {
                    throw CacheFormatError()
                }
                pairs.append(section)
                pairs.append(hits)
                previous = section
            }
            pairEnds.append(pairs.count)
        }
        guard pairs.count == total else { throw CacheFormatError() }
    }

    /// Whether each term comes after the one before in the index's order
    /// (``SearchIndex/precedes(_:_:)``), so that none is there twice.
    private var isInOrder: Bool {
        bytes.withUnsafeBufferPointer { all in
            indices.dropFirst().allSatisfy { position in
                SearchIndex.precedes(
                    UnsafeBufferPointer(rebasing: all[byteRange(of: position - 1)]),
                    UnsafeBufferPointer(rebasing: all[byteRange(of: position)]))
            }
        }
    }
}
