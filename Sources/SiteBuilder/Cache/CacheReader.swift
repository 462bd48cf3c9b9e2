import AtlasText

/// The bytes of a cache file → values, in the layout ``CacheWriter`` writes. Every read
/// is checked against the end of the bytes and every count against what is left, so a
/// truncated, corrupted or foreign file throws ``CacheFormatError`` instead of crashing
/// or allocating without bound; the build then simply does not use that file.
///
/// It reads through a pointer, without Array's checks and reference counting on every
/// byte (a build with the cache warm decodes the whole course's entries): use it only
/// inside the `withUnsafeBufferPointer` that gave the pointer, as ``CacheFile/open(_:as:)``
/// does. Every index is still checked against the end, by the code below.
struct CacheReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func readUnsigned() throws(CacheFormatError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw CacheFormatError() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func readInt() throws(CacheFormatError) -> Int {
        let zigzag = try readUnsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    mutating func readBool() throws(CacheFormatError) -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw CacheFormatError() }
        position += 1
        return bytes[position - 1] == 1
    }

    /// A count of items that each take at least one byte: never more than the bytes left.
    mutating func readCount() throws(CacheFormatError) -> Int {
        let count = try readUnsigned()
        guard count <= UInt64(bytes.count - position) else { throw CacheFormatError() }
        return Int(count)
    }

    mutating func readBytes() throws(CacheFormatError) -> [UInt8] {
        let count = try readCount()
        defer { position += count }
        return Array(UnsafeBufferPointer(rebasing: bytes[position..<(position + count)]))
    }

    mutating func readString() throws(CacheFormatError) -> String {
        let count = try readCount()
        defer { position += count }
        guard let text = UTF8Text.validated(UnsafeBufferPointer(rebasing: bytes[position..<(position + count)])) else {
            throw CacheFormatError()
        }
        return text
    }

    /// How many bytes have been read.
    var offset: Int { position }

    /// The bytes read since `start` (an earlier ``offset``): a value's encoding, for
    /// ``CacheWriter/append(encoded:)``.
    func bytes(from start: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
    }

    mutating func readDigest() throws(CacheFormatError) -> ContentDigest {
        guard bytes.count - position >= 16 else { throw CacheFormatError() }
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in 0..<8 {
            low |= UInt64(bytes[position + byte]) << UInt64(byte * 8)
            high |= UInt64(bytes[position + 8 + byte]) << UInt64(byte * 8)
        }
        position += 16
        return ContentDigest(low: low, high: high)
    }

    mutating func read<Value: CacheCodable>(_ type: Value.Type = Value.self) throws(CacheFormatError) -> Value {
        try Value(from: &self)
    }

    mutating func readOptional<Value: CacheCodable>(_ type: Value.Type = Value.self) throws(CacheFormatError) -> Value? {
        try readBool() ? try Value(from: &self) : nil
    }

    mutating func readArray<Value: CacheCodable>(_ type: Value.Type = Value.self) throws(CacheFormatError) -> [Value] {
        let count = try readCount()
        var values: [Value] = []
        // Not all at once: a count that passes the check above may still name a million
        // entries of a large type in a damaged file; the array grows as entries do read.
        values.reserveCapacity(min(count, 1024))
        for _ in 0..<count { values.append(try Value(from: &self)) }
        return values
    }
}

/// A cache file that does not read as what it should be: cut short, corrupted, or
/// written by another version. Never shown to the user: the file is ignored.
struct CacheFormatError: Error {}
