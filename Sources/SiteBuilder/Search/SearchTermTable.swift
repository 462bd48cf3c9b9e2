import Foundation

/// Numbers terms in the order first seen, byte for byte: an open-addressing table keyed
/// by an FNV-1a hash of the term's bytes. It counts every word of every lesson
/// (``SearchBody``) and merges the course's 70,000 terms at an edit of the 1,000-lesson
/// benchmark course (``SearchIndex/postings(_:)``), where `[String: …]` dictionaries spent
/// most of the time hashing (SipHash, and String's canonical equivalence, which would
/// also make `é` and `e` + U+0301 one term where the script sees two).
struct TermTable {
    private(set) var terms: [String] = []
    private var hashes: [UInt64] = []
    /// Every term's UTF-8 bytes one after the other; term n ends at `ends[n]`.
    ///
    /// Why beside the Strings: nearly every lookup finds a term already seen, and comparing
    /// its bytes here is one `memcmp`, where comparing with a String's UTF-8 view went
    /// byte by byte through the generic `elementsEqual` (a third of counting a lesson's
    /// words).
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Term numbers + 1 (0: empty), a power of two long, at most half full.
    private var slots = [Int](repeating: 0, count: 1024)

    /// The number of the term whose UTF-8 bytes are `bytes`, given the next one when it is
    /// new (and only then made into a String). The bytes must be valid UTF-8, as
    /// ``SearchTerms`` gives them: the String is made from them once, and invalid bytes
    /// would be kept as other text than the one looked up.
    mutating func number<Bytes: Collection<UInt8>>(of bytes: Bytes) -> Int {
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let number = slots[slot] - 1
            if hashes[number] == hash, holds(number, bytes) { return number }
            slot = (slot + 1) & (slots.count - 1)
        }
        terms.append(String(decoding: bytes, as: UTF8.self))
        self.bytes.append(contentsOf: bytes)
        ends.append(self.bytes.count)
        hashes.append(hash)
        slots[slot] = terms.count
        if terms.count * 2 > slots.count { grow() }
        return terms.count - 1
    }

    /// Whether term `number` is `bytes`.
    private func holds<Bytes: Collection<UInt8>>(_ number: Int, _ bytes: Bytes) -> Bool {
        let start = number == 0 ? 0 : ends[number - 1], count = ends[number] - start
        guard bytes.count == count else { return false }
        let stored = self.bytes[start..<ends[number]]
        return bytes.withContiguousStorageIfAvailable { given in
            stored.withUnsafeBufferPointer { stored in
                // Both addresses are there unless the term is empty.
                guard let stored = stored.baseAddress, let given = given.baseAddress else { return true }
                return memcmp(stored, given, count) == 0
            }
        } ?? stored.elementsEqual(bytes)
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
    private static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash ^ (hash >> 29)
    }
}
