import Foundation

/// The rows of the search index by the digest of the body they were read from, kept in
/// the build cache (`<site>/search`) so that an edit to one lesson remakes the index
/// from that lesson's body and the others' rows, instead of reading every other lesson's
/// body (a 1,000-lesson course's bodies are some hundred megabytes; its rows a few).
/// A row is a pure function of the body (``SearchIndex/rows(body:)``) and the cache
/// folder is per atlas executable, so a row from here is the row the body would give.
struct SearchRows: Sendable, Equatable {
    var rows: [ContentDigest: [String]]
}

extension SearchRows: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        // Sorted: the same rows always give the same bytes.
        let sorted = rows.sorted { ($0.key.high, $0.key.low) < ($1.key.high, $1.key.low) }
        writer.write(unsigned: UInt64(sorted.count))
        for (digest, lines) in sorted {
            writer.write(digest)
            writer.write(lines)
        }
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        var rows: [ContentDigest: [String]] = [:]
        for _ in 0..<(try reader.readCount()) { rows[try reader.readDigest()] = try reader.readArray(String.self) }
        self.init(rows: rows)
    }
}

extension BuildCache {
    private var searchURL: URL { folder.appendingPathComponent("search") }

    /// The rows the last index was made of; nil when absent or damaged.
    func readSearchRows() -> SearchRows? {
        guard let data = FileManager.default.contents(atPath: searchURL.path) else { return nil }
        return CacheFile.open(Array(data), as: SearchRows.self)
    }

    func write(_ rows: SearchRows) throws {
        try writeFile(CacheFile.seal(rows), to: searchURL)
    }
}

/// The cached rows, read from the cache at most once per build and only when asked
/// for (a build whose index is unchanged never reads them); shared by the lesson phase,
/// which asks which bodies it must read, and the index, which uses the same rows.
final class SearchRowsRead: @unchecked Sendable {
    private let cache: BuildCache?
    private let lock = NSLock()
    private var read: [ContentDigest: [String]]?

    init(_ cache: BuildCache?) { self.cache = cache }

    var rows: [ContentDigest: [String]] {
        lock.lock()
        defer { lock.unlock() }
        if let read { return read }
        let rows = cache?.readSearchRows()?.rows ?? [:]
        read = rows
        return rows
    }
}
