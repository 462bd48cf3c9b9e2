/// Values → the compact bytes of a cache file: unsigned numbers as LEB128 varints,
/// signed ones zigzagged first, text as its UTF-8 length then bytes. Hand-written
/// rather than `Codable` with JSON, because a build with nothing changed reads the
/// whole course's records in one go, and Foundation's JSON decoder would take longer
/// than the rest of that build. ``CacheReader`` reads the same layout back.
///
/// ```swift
/// var writer = CacheWriter()
/// writer.write("relu")
/// writer.write(3)
/// let bytes = writer.bytes
/// ```
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    /// A writer whose bytes start with `leading` (a file's header), written as they are.
    init(leading: [UInt8] = []) {
        bytes = leading
    }

    mutating func write(unsigned value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7f) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func write(_ value: Int) {
        // Zigzag: small negative numbers stay short too.
        write(unsigned: UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63))
    }

    mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(unsigned: UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(bytes data: [UInt8]) {
        write(unsigned: UInt64(data.count))
        bytes.append(contentsOf: data)
    }

    /// A value's bytes as a writer wrote them before (read back by
    /// ``CacheReader/bytes(from:)``), appended as they are, with no length.
    mutating func append(encoded: [UInt8]) {
        bytes.append(contentsOf: encoded)
    }

    mutating func write(_ digest: ContentDigest) {
        for word in [digest.low, digest.high] {
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(word >> UInt64(shift) & 0xff)) }
        }
    }

    mutating func write<Value: CacheCodable>(_ value: Value) {
        value.encode(to: &self)
    }

    /// A flag, then the value when there is one.
    mutating func write<Value: CacheCodable>(_ value: Value?) {
        write(value != nil)
        value?.encode(to: &self)
    }

    mutating func write<Value: CacheCodable>(_ values: [Value]) {
        write(unsigned: UInt64(values.count))
        for value in values { value.encode(to: &self) }
    }
}
