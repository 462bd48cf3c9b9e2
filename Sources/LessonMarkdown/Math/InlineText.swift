/// The bytes of one paragraph's inline text with the lookups the math scanner needs,
/// precomputed once so that every scan stays linear in the length of the paragraph
/// (a lesson of 20,000 unclosed `<?` must not take minutes).
struct InlineText {
    let bytes: [UInt8]
    /// `tables[slot(of: b)][i]`: the first index ≥ i holding byte `b`, or `bytes.count`;
    /// after the bytes' tables, the same for where each closing sequence of raw HTML
    /// starts. A table is empty when its byte (a sequence's first byte) is nowhere in the
    /// text, which is most of them in most paragraphs: then every answer is `bytes.count`.
    private let tables: [[Int]]

    static let indexedBytes: [UInt8] = Array("<>\"'$`".utf8)
    static let indexedSequences = ["--", "?>", "]]>"]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var present = [Bool](repeating: false, count: 256)
        for byte in bytes { present[Int(byte)] = true }
        var tables: [[Int]] = []
        tables.reserveCapacity(Self.indexedBytes.count + Self.indexedSequences.count)
        for byte in Self.indexedBytes {
            guard present[Int(byte)] else {
                tables.append([])
                continue
            }
            var table = [Int](repeating: bytes.count, count: bytes.count + 1)
            for index in stride(from: bytes.count - 1, through: 0, by: -1) {
                table[index] = bytes[index] == byte ? index : table[index + 1]
            }
            tables.append(table)
        }
        for sequence in Self.indexedSequences {
            let pattern = Array(sequence.utf8)
            guard present[Int(pattern[0])] else {
                tables.append([])
                continue
            }
            var table = [Int](repeating: bytes.count, count: bytes.count + 1)
            for index in stride(from: bytes.count - 1, through: 0, by: -1) {
                table[index] = Self.matches(bytes, pattern, at: index) ? index : table[index + 1]
            }
            tables.append(table)
        }
        self.tables = tables
    }

    var count: Int { bytes.count }

    subscript(index: Int) -> UInt8? {
        bytes.indices.contains(index) ? bytes[index] : nil
    }

    /// The first index ≥ `start` holding `byte` (one of `indexedBytes`), or `count`.
    func next(_ byte: UInt8, from start: Int) -> Int {
        guard start < count, let slot = Self.indexedBytes.firstIndex(of: byte) else { return count }
        return lookUp(slot, from: start)
    }

    /// The first index ≥ `start` where `sequence` (one of `indexedSequences`) starts, or `count`.
    func next(_ sequence: String, from start: Int) -> Int {
        guard start < count, let slot = Self.indexedSequences.firstIndex(of: sequence) else { return count }
        return lookUp(Self.indexedBytes.count + slot, from: start)
    }

    private func lookUp(_ slot: Int, from start: Int) -> Int {
        let table = tables[slot]
        return table.isEmpty ? count : table[max(0, start)]
    }

    /// Whether the bytes at `index` spell `text`, without allocating.
    func has(_ text: StaticString, at index: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index >= 0, index + length <= count else { return false }
        return text.withUTF8Buffer { pattern in
            (0..<length).allSatisfy { bytes[index + $0] == pattern[$0] }
        }
    }

    private static func matches(_ bytes: [UInt8], _ pattern: [UInt8], at index: Int) -> Bool {
        index + pattern.count <= bytes.count && (0..<pattern.count).allSatisfy { bytes[index + $0] == pattern[$0] }
    }

    // MARK: - Character classes (ASCII, as CommonMark defines them)

    static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }
    static func isUppercase(_ byte: UInt8) -> Bool { (65...90).contains(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
    static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (33...47).contains(byte) || (58...64).contains(byte) || (91...96).contains(byte) || (123...126).contains(byte)
    }
}
