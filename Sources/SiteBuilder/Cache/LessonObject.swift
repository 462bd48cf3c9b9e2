import AtlasText

/// The large part of a cached lesson, sealed (``CacheFile``) in a pack of the cache
/// (``ObjectPack``) at the place its entry names (``ObjectLocation``): the body's HTML, for its page when the page must be made again, and each directive's HTML
/// by its key, so that the lesson's next version draws only the directives that changed.
struct LessonObject: Sendable, Equatable {
    var body: String
    /// Each directive's HTML as UTF-8 (``LessonFragments``), by its key.
    var directives: [ContentDigest: [UInt8]]
}

extension LessonObject: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(body)
        // Sorted: the same object always gives the same bytes, and so the same name.
        let sorted = directives.sorted { ($0.key.high, $0.key.low) < ($1.key.high, $1.key.low) }
        writer.write(unsigned: UInt64(sorted.count))
        for (key, html) in sorted {
            writer.write(key)
            writer.write(bytes: html)
        }
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        let body = try reader.readString()
        // Checked as UTF-8, as a String read back is: an object whose digest holds but
        // whose HTML is not UTF-8 is refused, and its directives are drawn again.
        var directives: [ContentDigest: [UInt8]] = [:]
        for _ in 0..<(try reader.readCount()) {
            let key = try reader.readDigest(), html = try reader.readBytes()
            guard html.withUnsafeBufferPointer({ UTF8Text.validated($0) }) != nil else { throw CacheFormatError() }
            directives[key] = html
        }
        self.init(body: body, directives: directives)
    }
}
