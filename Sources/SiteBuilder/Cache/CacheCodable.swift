/// A value that the build cache stores in its own compact layout (``CacheWriter``,
/// ``CacheReader``). Each conformance writes its fields in a fixed order and reads them
/// back in the same order; a change of layout bumps ``BuildCache/formatVersion``.
protocol CacheCodable {
    func encode(to writer: inout CacheWriter)
    init(from reader: inout CacheReader) throws(CacheFormatError)
}

extension String: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.write(self) }
    init(from reader: inout CacheReader) throws(CacheFormatError) { self = try reader.readString() }
}

extension Int: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.write(self) }
    init(from reader: inout CacheReader) throws(CacheFormatError) { self = try reader.readInt() }
}

extension ContentDigest: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.write(self) }
    init(from reader: inout CacheReader) throws(CacheFormatError) { self = try reader.readDigest() }
}
