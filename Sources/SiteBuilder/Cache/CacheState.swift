import SiteOutput

/// What the build cache remembers of the last build of one content folder into one
/// output folder: every lesson's entry, and the record of the installed files
/// (SiteOutput's `InstallRecord`), in one file that a build reads at its start.
struct CacheState: Sendable, Equatable {
    var lessons: [LessonEntry] = []
    /// nil when no build has installed this output with the cache yet.
    var record: InstallRecord?
}

extension CacheState: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(lessons)
        writer.write(record != nil)
        guard let record else { return }
        writer.write(unsigned: UInt64(record.entries.count))
        for (path, entry) in record.entries.sorted(by: { $0.key < $1.key }) {
            writer.write(path)
            writer.write(entry.key)
            let identity = entry.identity
            writer.write(unsigned: identity.device)
            writer.write(unsigned: identity.inode)
            for number in [
                identity.size, identity.modifiedSeconds, identity.modifiedNanoseconds, identity.changedSeconds,
                identity.changedNanoseconds,
            ] {
                writer.write(number)
            }
        }
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        lessons = try reader.readArray(LessonEntry.self)
        guard try reader.readBool() else { return }
        var entries: [String: InstallRecord.Entry] = [:]
        for _ in 0..<(try reader.readCount()) {
            let path = try reader.readString()
            let key = try reader.readString()
            let identity = FileIdentity(
                device: try reader.readUnsigned(), inode: try reader.readUnsigned(), size: try reader.readInt(),
                modifiedSeconds: try reader.readInt(), modifiedNanoseconds: try reader.readInt(),
                changedSeconds: try reader.readInt(), changedNanoseconds: try reader.readInt())
            entries[path] = InstallRecord.Entry(key: key, identity: identity)
        }
        record = InstallRecord(entries: entries)
    }
}
