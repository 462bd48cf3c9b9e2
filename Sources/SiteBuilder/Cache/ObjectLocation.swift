/// Where a ``LessonObject`` is in the build cache: a span of one pack file
/// (`packs/<name>`), which holds the sealed objects (``CacheFile``) one after the other.
struct ObjectLocation: Sendable, Hashable {
    /// The pack's name; 0 names none (an object that could not be stored).
    var pack: UInt64
    var offset: Int
    var length: Int
    /// The digest the object's sealed bytes carry (``CacheFile/digest(ofSealed:)``, that
    /// of their payload, which decides them all): a lesson rendered again to the same
    /// bytes keeps its location, so that its entry, and the state, stay the same.
    var digest: ContentDigest

    /// No object: reading it gives nothing, and the lesson is rendered again when needed.
    static let none = ObjectLocation(pack: 0, offset: 0, length: 0, digest: ContentDigest(low: 0, high: 0))

    /// The pack's file name: 16 hexadecimal digits.
    var packName: String { ObjectPack.fileName(pack) }
}

extension ObjectLocation: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(unsigned: pack)
        writer.write(offset)
        writer.write(length)
        writer.write(digest)
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        self.init(
            pack: try reader.readUnsigned(), offset: try reader.readInt(), length: try reader.readInt(),
            digest: try reader.readDigest())
    }
}
