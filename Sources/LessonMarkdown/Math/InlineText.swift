/// The bytes of one paragraph's inline text with the lookups the math scanner needs,
/// precomputed once so that every scan stays linear in the length of the paragraph
/// (a lesson of 20,000 unclosed `<?` must not take minutes).
struct InlineText {
    let bytes: [UInt8]
    /// `nextIndex[b][i]`: the first index ≥ i holding byte `b`, or `bytes.count`.
    private let nextIndex: [UInt8: [Int]]
    /// First index ≥ i where each closing sequence of raw HTML starts, or `bytes.count`.
    private let nextSequence: [String: [Int]]

    static let indexedBytes: [UInt8] = Array("<>\"'$`".utf8)
    static let indexedSequences = ["--", "?>", "]]>"]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var next: [UInt8: [Int]] = [:]
        for byte in Self.indexedBytes {
            var table = [Int](repeating: bytes.count, count: bytes.count + 1)
            for index in stride(from: bytes.count - 1, through: 0, by: -1) {
                table[index] = bytes[index] == byte ? index : table[index + 1]
            }
            next[byte] = table
        }
        nextIndex = next
        var sequences: [String: [Int]] = [:]
        for sequence in Self.indexedSequences {
            let pattern = Array(sequence.utf8)
            var table = [Int](repeating: bytes.count, count: bytes.count + 1)
            for index in stride(from: bytes.count - 1, through: 0, by: -1) {
                table[index] = Self.matches(bytes, pattern, at: index) ? index : table[index + 1]
            }
            sequences[sequence] = table
        }
        nextSequence = sequences
    }

    var count: Int { bytes.count }

    subscript(index: Int) -> UInt8? {
        bytes.indices.contains(index) ? bytes[index] : nil
    }

    /// The first index ≥ `start` holding `byte` (one of `indexedBytes`), or `count`.
    func next(_ byte: UInt8, from start: Int) -> Int {
        guard let table = nextIndex[byte], start < count else { return count }
        return table[max(0, start)]
    }

    /// The first index ≥ `start` where `sequence` (one of `indexedSequences`) starts, or `count`.
    func next(_ sequence: String, from start: Int) -> Int {
        guard let table = nextSequence[sequence], start < count else { return count }
        return table[max(0, start)]
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
