/// The envelope of every file in the build cache: a magic line naming the format and its
/// version, the payload, and the payload's digest last. A file cut short by a killed
/// build, damaged on disk, or written by another format fails ``open(_:)`` and is
/// simply not used; nothing in it is trusted before its digest matches.
enum CacheFile {
    /// Bumped with every change of what any cache file holds or how (``CacheCodable``).
    static let formatVersion = 5
    private static let magic = Array("atlas-cache \(formatVersion)\n".utf8)

    /// The bytes of a file holding `value`.
    static func seal<Value: CacheCodable>(_ value: Value) -> [UInt8] {
        sealed(value).bytes
    }

    /// ``seal(_:)``'s bytes and the digest in their trailer (``digest(ofSealed:)``), which
    /// names a lesson's object in its pack.
    static func sealed<Value: CacheCodable>(_ value: Value) -> (bytes: [UInt8], digest: ContentDigest) {
        // The magic goes in first, so that the payload is never moved to make room for it.
        var writer = CacheWriter(leading: magic)
        value.encode(to: &writer)
        var file = writer.bytes
        let digest = file.withUnsafeBytes { ContentDigest.of(UnsafeRawBufferPointer(rebasing: $0[magic.count...])) }
        var trailer = CacheWriter()
        trailer.write(digest)
        file.append(contentsOf: trailer.bytes)
        return (file, digest)
    }

    /// The digest a sealed file carries in its trailer, that of its payload: what names
    /// it (``ObjectLocation/digest``), as the payload decides every byte of the file. Read,
    /// not computed: nil when `bytes` are too short to hold one. ``open(_:as:)`` checks
    /// that the payload has it.
    static func digest(ofSealed bytes: [UInt8]) -> ContentDigest? {
        guard bytes.count >= magic.count + 16 else { return nil }
        return bytes.withUnsafeBufferPointer { all in
            var trailer = CacheReader(UnsafeBufferPointer(rebasing: all[(all.count - 16)...]))
            return try? trailer.readDigest()
        }
    }

    /// Whether `bytes` are a sealed file of this format whose payload has the digest its
    /// trailer carries: what ``open(_:as:)`` checks before decoding.
    static func isIntact(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= magic.count + 16, bytes.starts(with: magic), let digest = digest(ofSealed: bytes) else { return false }
        return bytes.withUnsafeBytes { ContentDigest.of(UnsafeRawBufferPointer(rebasing: $0[magic.count..<(bytes.count - 16)])) == digest }
    }

    /// The value a file's bytes hold, or nil when they are not a whole, intact file of
    /// this format.
    static func open<Value: CacheCodable>(_ bytes: [UInt8], as type: Value.Type = Value.self) -> Value? {
        guard isIntact(bytes) else { return nil }
        return bytes.withUnsafeBufferPointer { all -> Value? in
            var reader = CacheReader(UnsafeBufferPointer(rebasing: all[magic.count..<(all.count - 16)]))
            guard let value = try? Value(from: &reader), reader.isAtEnd else { return nil }
            return value
        }
    }
}
