/// The bytes of one paragraph's inline text with the lookups the math scanner needs,
/// each computed once (when first asked for) so that every scan stays linear in the
/// length of the paragraph (a lesson of 20,000 unclosed `<?` must not take minutes).
struct InlineText {
    let bytes: [UInt8]
    /// `tables[slot(of: b)][i]`: the first index ≥ i holding byte `b`, or `bytes.count`;
    /// after the bytes' tables, the same for where each closing sequence of raw HTML
    /// starts. Each table is made the first time its byte or sequence is asked for: most
    /// paragraphs are asked only for `$` and a backtick, and a table of the others would
    /// cost eight bytes for every byte of text.
    private let tables: LazyTables

    static let indexedBytes: [UInt8] = Array("<>\"'$`".utf8)
    static let indexedSequences = ["--", "?>", "]]>"]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        tables = LazyTables(count: Self.indexedBytes.count + Self.indexedSequences.count)
    }

    /// The tables, made on demand; a class so that a `let` text can fill them in. Used by
    /// one scan on one thread.
    private final class LazyTables {
        var tables: [[Int]?]

        init(count: Int) { tables = Array(repeating: nil, count: count) }
    }

    /// The table for `slot`, made now if it is not yet: empty when the byte (or the
    /// sequence's first byte) is nowhere in the text, for then every answer is `count`.
    private func table(_ slot: Int) -> [Int] {
        if let table = tables.tables[slot] { return table }
        let pattern: [UInt8] =
            slot < Self.indexedBytes.count
            ? [Self.indexedBytes[slot]] : Array(Self.indexedSequences[slot - Self.indexedBytes.count].utf8)
        var table: [Int] = []
        if bytes.contains(pattern[0]) {
            table = [Int](repeating: bytes.count, count: bytes.count + 1)
            if pattern.count == 1 {
                // One byte, compared straight: most tables are for one.
                let byte = pattern[0]
                var next = bytes.count
                for index in stride(from: bytes.count - 1, through: 0, by: -1) {
                    if bytes[index] == byte { next = index }
                    table[index] = next
                }
            } else {
                for index in stride(from: bytes.count - 1, through: 0, by: -1) {
                    table[index] = Self.matches(bytes, pattern, at: index) ? index : table[index + 1]
                }
            }
        }
        tables.tables[slot] = table
        return table
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
        let table = table(slot)
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

    static func isUppercase(_ byte: UInt8) -> Bool { (65...90).contains(byte) }
    static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (33...47).contains(byte) || (58...64).contains(byte) || (91...96).contains(byte) || (123...126).contains(byte)
    }
}
