/// The envelope of every file in the build cache: a magic line naming the format and its
/// version, the payload, and the payload's digest last. A file cut short by a killed
/// build, damaged on disk, or written by another format fails ``open(_:)`` and is
/// simply not used; nothing in it is trusted before its digest matches.
enum CacheFile {
    /// Bumped with every change of what any cache file holds or how (``CacheCodable``).
    static let formatVersion = 3
    private static let magic = Array("atlas-cache \(formatVersion)\n".utf8)

    /// The bytes of a file holding `value`.
    static func seal<Value: CacheCodable>(_ value: Value) -> [UInt8] {
        var writer = CacheWriter()
        value.encode(to: &writer)
        var payload = writer.bytes
        var trailer = CacheWriter()
        trailer.write(ContentDigest.of(payload))
        payload.insert(contentsOf: magic, at: 0)
        payload.append(contentsOf: trailer.bytes)
        return payload
    }

    /// The value a file's bytes hold, or nil when they are not a whole, intact file of
    /// this format.
    static func open<Value: CacheCodable>(_ bytes: [UInt8], as type: Value.Type = Value.self) -> Value? {
        guard bytes.count >= magic.count + 16, bytes.starts(with: magic) else { return nil }
        return bytes.withUnsafeBufferPointer { all -> Value? in
            let payload = UnsafeBufferPointer(rebasing: all[magic.count..<(all.count - 16)])
            var trailer = CacheReader(UnsafeBufferPointer(rebasing: all[(all.count - 16)...]))
            guard let digest = try? trailer.readDigest(), digest == ContentDigest.of(UnsafeRawBufferPointer(payload)) else {
                return nil
            }
            var reader = CacheReader(payload)
            guard let value = try? Value(from: &reader), reader.isAtEnd else { return nil }
            return value
        }
    }
}
