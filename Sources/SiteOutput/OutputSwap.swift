import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a finished site in place so that a reader, a server or the next build sees either
/// the whole previous site or the whole new one, never a mix.
///
/// 1. Makes a fresh hidden folder beside the output, in the same parent so that the
///    swap is a rename within one file system: `.{name}.atlas-new-{pid}`.
/// 2. Fills it with ``OutputStaging``: the generated files, then what the previous output
///    holds that the generator did not write (unless `--clean`). Where the last install
///    kept a spare (``spare``), that folder is renamed to the staging name and corrected
///    into the new site in place instead (``SpareStaging``), at the cost of what changed.
/// 3. Swaps. On Linux the new folder and the previous output trade names in one step
///    (``FileOperations/exchange``, `renameat2` with `RENAME_EXCHANGE`): there is always an
///    output folder, the previous site or the new one. The hidden name then holds the
///    previous site, which becomes the spare, or is removed when there is no spare's place. Where the system or file system cannot exchange
///    (macOS, an old kernel, some network file systems), the swap is two renames: the
///    previous output aside (`.{name}.atlas-old-{pid}`), the new folder into place, then
///    the set-aside one removed; between the two, for an instant, there is no output
///    folder. With no previous output the new folder is simply renamed into place.
///
/// Until the swap the previous output is untouched: any failure removes the staging
/// folder and throws ``OutputError/fileSystem(path:reason:)`` saying that the previous
/// site is as it was. A failed exchange moves nothing; if, with two renames, the new
/// folder cannot be renamed into place, the previous one is renamed back. The staging
/// and set-aside names are claimed in ``SiblingClaims`` before they are used and given
/// up when the install ends, so that another build of this process leaves them alone.
///
/// A build killed mid-way leaves its hidden folders behind (with two renames, killed
/// between them, the previous site in the set-aside folder and no output folder): before
/// staging, ``OutputLeftovers`` moves such a previous site back, removes the unfinished
/// sites of builds that no longer run, and keeps and names any other previous site, in
/// the warnings. Besides the output folder and this build's own staging and set-aside
/// folders, those dead builds' `atlas-new` folders are the only ones a build removes;
/// an `atlas-old` folder it did not make itself is never removed.
struct OutputSwap {
    var location: OutputLocation
    /// Drop what the previous output holds that the generator did not write (`--clean`).
    var clean: Bool
    var operations: FileOperations = .live
    /// Where the site that an install replaces is kept for the next install to correct
    /// in place (``SpareStaging``) rather than stage in full; nil: it is removed. Must be
    /// on the output's file system (else it is not used), in a folder that exists.
    var spare: URL? = nil
    /// Whether to tidy up after killed builds first; false when the caller just did
    /// (``OutputLocation/tidyLeftovers(operations:)``).
    var tidiesLeftovers = true
    /// The hidden names that builds of this process hold.
    var claims: SiblingClaims = .shared

    /// How many hidden names to try when one is taken (a folder left by a killed build
    /// that had the same process id).
    private static let attempts = 100

    /// Installs `files` (site-relative path → key and bytes) as the output folder, after
    /// tidying up what interrupted builds left beside it; with nothing changed since
    /// `record`, writes nothing (``OutputLocation/install(_:clean:since:spare:operations:)``).
    /// - Returns: warnings (what was tidied up, and a new site that is in place but left
    ///   something behind) and the record of the output now.
    func install(_ files: [String: SiteFile], since record: InstallRecord?) throws(OutputError) -> Installation {
        let tidied = tidiesLeftovers ? try OutputLeftovers(location: location, operations: operations, claims: claims).tidy() : []
        let unchanged = location.unchangedFiles(files.mapValues(\.key), since: record)
        if let (path, _) = files.first(where: { $0.value.bytes == nil && !unchanged.contains($0.key) }) {
            // The caller found it unchanged a moment ago, so did not make its bytes.
            throw .fileSystem(
                path: location.display(path),
                reason: "changed while the site was being built; the previous site is as it was; build again")
        }
        if !files.isEmpty, unchanged.count == files.count, !clean || holdsOnly(Set(files.keys)) {
            return Installation(warnings: tidied, record: location.record(of: files), wroteNothing: true)
        }
        let warnings = try tidied + stageAndSwap(files, unchanged: unchanged)
        return Installation(warnings: warnings, record: location.record(of: files), wroteNothing: false)
    }

    /// True when the output folder holds the generated `paths`, the folders above them and
    /// hidden entries at its top, and nothing else: what `--clean` would leave.
    private func holdsOnly(_ paths: Set<String>) -> Bool {
        let folders = OutputStaging.folders(above: paths)
        func holdsOnly(_ relative: String) -> Bool {
            let folder = location.directory.appendingPathComponent(relative)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return false }
            for name in names where !(relative.isEmpty && name.hasPrefix(".")) {
                let path = relative.isEmpty ? name : relative + "/" + name
                if paths.contains(path) { continue }
                guard folders.contains(path), holdsOnly(path) else { return false }
            }
            return true
        }
        return holdsOnly("")
    }

    /// Writes `files` into a staging folder and swaps it in; `unchanged` are hard-linked
    /// from the previous output without being read.
    private func stageAndSwap(_ files: [String: SiteFile], unchanged: Set<String>) throws(OutputError) -> [String] {
        let previous = try previousOutput()
        var notes: [String] = []
        if let previous, let staging = claimSpare() {
            defer { claims.release(staging) }
            let filler = SpareStaging(staging: staging, previous: previous, clean: clean, operations: operations)
            let filled: Bool
            do {
                filled = try filler.fill(files, unchanged: unchanged)
            } catch {
                throw .fileSystem(
                    path: location.display(error.path),
                    reason: error.reason + "; the previous site is as it was" + discard(staging))
            }
            if filled { return try swap(staging, for: previous) }
            // Not to be corrected in place (SpareStaging says when): staged in full below.
            let left = discard(staging)
            if !left.isEmpty { notes.append("the spare site could not be removed" + left) }
        }
        let staging = try makeStaging()
        // Given up only when the staging name is gone or holds what is left to remove by hand.
        defer { claims.release(staging) }
        var filler = OutputStaging(staging: staging, previous: previous, clean: clean, operations: operations)
        do {
            try filler.fill(files, unchanged: previous == nil ? [] : unchanged)
        } catch {
            let unchanged = previous == nil ? "nothing was written" : "the previous site is as it was"
            throw .fileSystem(
                path: location.display(error.path), reason: error.reason + "; " + unchanged + discard(staging))
        }
        guard let previous else {
            do {
                try operations.rename(DiskPath(staging), DiskPath(location.directory))
            } catch {
                throw failure("cannot move the new site into place (\(FileOperations.explain(error)))" + discard(staging))
            }
            return notes
        }
        return try notes + swap(staging, for: previous)
    }

    /// The previous output folder, or nil when there is none yet.
    private func previousOutput() throws(OutputError) -> URL? {
        let status: FileStatus?
        do {
            status = try FileStatus.of(location.directory)
        } catch {
            throw failure("cannot examine the output folder (\(FileOperations.explain(error)))")
        }
        guard let status else { return nil }
        guard status.kind == .directory else {
            throw failure("is not a folder; move it away or choose another output folder")
        }
        return location.directory
    }

    /// Creates the staging folder (and the output's parent, if missing), claiming a name
    /// no one else holds: not another build of this process (``SiblingClaims``), and not
    /// any other, since `mkdir` fails rather than reuse an existing folder.
    private func makeStaging() throws(OutputError) -> URL {
        do {
            try FileManager.default.createDirectory(at: location.parent, withIntermediateDirectories: true)
        } catch {
            throw failure("cannot create the folder it goes in (\(FileOperations.explain(error)))")
        }
        for attempt in 1...Self.attempts {
            let url = location.sibling("new", attempt: attempt)
            guard claims.claim(url) else { continue }
            do {
                try operations.makeDirectory(DiskPath(url))
                return url
            } catch let error as SystemCallError where error.code == EEXIST {
                claims.release(url)
                continue
            } catch {
                claims.release(url)
                throw failure(
                    "cannot create a folder beside it to build into (\(FileOperations.explain(error))); "
                        + "the previous site is as it was")
            }
        }
        throw failure("every name for a folder to build into beside it is taken; remove the old '.atlas-new' folders")
    }

    /// Puts `staging` in the place of `previous`: by one exchange where the system can,
    /// by two renames where it cannot; then removes the previous site.
    private func swap(_ staging: URL, for previous: URL) throws(OutputError) -> [String] {
        do {
            try operations.exchange(DiskPath(staging), DiskPath(previous))
        } catch is ExchangeUnsupported {
            return try swapByRenames(staging, for: previous)
        } catch {
            throw failure(
                "cannot move the new site into place (\(FileOperations.explain(error))); the previous site is as it was"
                    + discard(staging))
        }
        // The two have traded names: the staging name now holds the previous site.
        return retire(staging)
    }

    /// Renames the previous output aside, the new one into place, then removes the old.
    private func swapByRenames(_ staging: URL, for previous: URL) throws(OutputError) -> [String] {
        // rename() would silently replace an empty folder of that name: take a free one.
        let free = (1...Self.attempts).lazy.map { location.sibling("old", attempt: $0) }.first {
            FileStatus.isGone($0) && claims.claim($0)
        }
        guard let aside = free else {
            throw failure(
                "every name for setting the previous site aside beside it is taken; the previous site is as it was; "
                    + "remove the old '.atlas-old' folders once you have checked them" + discard(staging))
        }
        defer { claims.release(aside) }
        do {
            try operations.rename(DiskPath(previous), DiskPath(aside))
        } catch {
            throw failure(
                "cannot move the previous site aside (\(FileOperations.explain(error))); it is as it was"
                    + discard(staging))
        }
        do {
            try operations.rename(DiskPath(staging), DiskPath(previous))
        } catch {
            let reason = FileOperations.explain(error)
            do {
                try operations.rename(DiskPath(aside), DiskPath(previous))
            } catch {
                throw failure(
                    "cannot move the new site into place (\(reason)), nor the previous one back "
                        + "(\(FileOperations.explain(error))); the previous site is in '\(aside.path)'"
                        + discard(staging))
            }
            throw failure(
                "cannot move the new site into place (\(reason)); the previous site is as it was" + discard(staging))
        }
        return retire(aside)
    }

    /// The spare (``spare``), renamed to a staging name of this build, claimed; nil when
    /// there is none, it is on another file system than the output, or cannot be moved.
    /// The rename is what claims it: another build that renames it first leaves this one
    /// none.
    private func claimSpare() -> URL? {
        // A real folder: through a symbolic link the correction would reach wherever it points.
        guard let spare, (try? FileStatus.of(spare))??.kind == .directory, let device = Self.device(spare),
            device == Self.device(location.parent)
        else { return nil }
        for attempt in 1...Self.attempts {
            let url = location.sibling("new", attempt: attempt)
            guard claims.claim(url) else { continue }
            // rename() replaces an empty folder silently; a taken name holds more than that.
            guard FileStatus.isGone(url) else {
                claims.release(url)
                continue
            }
            do {
                try operations.rename(DiskPath(spare), DiskPath(url))
                return url
            } catch {
                claims.release(url)
                return nil
            }
        }
        return nil
    }

    private static func device(_ url: URL) -> UInt64? {
        var info = stat()
        return lstat(url.path, &info) == 0 ? UInt64(info.st_dev) : nil
    }

    /// Keeps the previous site, once the new one is in place, as the next install's
    /// spare; removes it when there is no spare's place or it cannot go there.
    private func retire(_ url: URL) -> [String] {
        if let spare, (try? operations.rename(DiskPath(url), DiskPath(spare))) != nil { return [] }
        return removePrevious(at: url)
    }

    /// Removes the previous site once the new one is in place; returns a warning when it
    /// cannot: the build succeeded, only the old copy is left.
    private func removePrevious(at url: URL) -> [String] {
        do {
            try operations.remove(DiskPath(url))
            return []
        } catch {
            let reason = FileOperations.explain(error)
            return ["the previous site could not be removed from '\(url.path)' (\(reason)); remove it by hand"]
        }
    }

    /// Removes the staging folder; returns "" or the part of a message that says where it
    /// was left when it cannot be removed.
    private func discard(_ staging: URL) -> String {
        do {
            try operations.remove(DiskPath(staging))
            return ""
        } catch {
            return "; remove the unfinished site in '\(staging.path)' (\(FileOperations.explain(error)))"
        }
    }

    private func failure(_ reason: String) -> OutputError {
        .fileSystem(path: location.displayPath, reason: reason)
    }
}
