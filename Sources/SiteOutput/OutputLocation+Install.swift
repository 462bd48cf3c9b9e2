import Foundation

extension OutputLocation {
    /// Installs `files` (site-relative path → bytes) as the output folder, all or
    /// nothing, after tidying up what interrupted builds left beside it.
    ///
    /// The site is written into a hidden folder beside the output and swapped in (see
    /// ``OutputSwap``): until then the previous output is untouched, and any failure
    /// leaves it as it was. A file whose bytes are unchanged keeps its modification time;
    /// the previous output's files that are not in `files` are carried over unless `clean`
    /// (hidden entries at its top, such as `.git`, stay either way).
    ///
    /// ```swift
    /// let warnings = try location.install(["index.html": Array(page.utf8)], clean: false)
    /// for warning in warnings { print("warning: \(warning)") }
    /// ```
    ///
    /// - Parameter operations: the disk operations, which a test replaces to make one
    ///   fail halfway.
    /// - Returns: warnings, one line each without `warning: `: what was tidied up after
    ///   killed builds, and a new site that is in place but left something behind (a
    ///   previous site that could not be removed).
    public func install(
        _ files: [String: [UInt8]], clean: Bool, operations: FileOperations = .live
    ) throws(OutputError) -> [String] {
        let site = files.mapValues { SiteFile(key: "", bytes: $0) }
        return try install(site, clean: clean, since: nil, operations: operations).warnings
    }

    /// Installs `files` as ``install(_:clean:operations:)`` does, at a cost in proportion
    /// to what changed since the install that `record` describes.
    ///
    /// - When the output already holds every file (each unchanged by
    ///   ``unchangedFiles(_:since:)``) and, with `clean`, nothing else, nothing is
    ///   written at all: no staging, no swap, every modification time as it was.
    /// - Otherwise the site is staged and swapped in as always, but an unchanged file is
    ///   hard-linked from the previous output without reading it, so that only changed
    ///   files cost their bytes; the rest costs a link each.
    ///
    /// - Parameter record: what the previous install returned, or nil (then every file
    ///   is compared by its bytes, and each must have them).
    /// - Parameter spare: where the site this install replaces is kept, so that the next
    ///   install corrects it into the new site in place instead of linking every file
    ///   (``SpareStaging``): a folder that need not exist, in one that does, on the
    ///   output's file system; deleting it any time only makes the next install slower.
    ///   Nil: the replaced site is removed.
    /// - Parameter tidyingLeftovers: false when the caller has called
    ///   ``tidyLeftovers(operations:)`` already.
    /// - Returns: the warnings, the record for the next install, and whether anything
    ///   was written.
    public func install(
        _ files: [String: SiteFile], clean: Bool, since record: InstallRecord?, spare: URL? = nil,
        tidyingLeftovers: Bool = true, operations: FileOperations = .live
    ) throws(OutputError) -> Installation {
        try OutputSwap(
            location: self, clean: clean, operations: operations, spare: spare, tidiesLeftovers: tidyingLeftovers
        ).install(files, since: record)
    }

    /// Tidies up what killed builds left beside the output (``OutputLeftovers``): a
    /// previous site set aside is moved back, unfinished sites are removed. The install
    /// does it too, unless `tidyingLeftovers` is false because the caller did it first:
    /// SiteBuilder does, before it asks ``unchangedFiles(_:since:)``, since
    /// removing a leftover that shares files with the output (hard links) moves their
    /// change times, which would make files the build found unchanged look touched.
    /// - Returns: one warning line for each folder moved back, removed or kept.
    public func tidyLeftovers(operations: FileOperations = .live) throws(OutputError) -> [String] {
        try OutputLeftovers(location: self, operations: operations).tidy()
    }

    /// The paths among `keys` (site-relative path → key of the bytes the build means to
    /// write) whose file in the output folder is the one `record` describes under the same
    /// key, untouched since: those need not be made again.
    public func unchangedFiles(_ keys: [String: String], since record: InstallRecord?) -> Set<String> {
        guard let record else { return [] }
        var unchanged: Set<String> = []
        for (path, key) in keys {
            guard let entry = record.entries[prefix + path], entry.key == key, !key.isEmpty,
                FileIdentity.of(root + prefix + path) == entry.identity
            else { continue }
            unchanged.insert(path)
        }
        return unchanged
    }

    /// The record of the output folder as it is now, for `files`: each file's key and
    /// identity. A file that is not there is left out.
    func record(of files: [String: SiteFile]) -> InstallRecord {
        var entries: [String: InstallRecord.Entry] = [:]
        for (path, file) in files where !file.key.isEmpty {
            guard let identity = FileIdentity.of(root + path) else { continue }
            entries[path] = InstallRecord.Entry(key: file.key, identity: identity)
        }
        return InstallRecord(entries: entries)
    }
}
