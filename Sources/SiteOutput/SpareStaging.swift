import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Fills the staging folder by correcting a spare site in place, at a cost in proportion
/// to what changed (issue 12), instead of linking every file anew as ``OutputStaging``
/// does.
///
/// The spare is the site that the previous install replaced, kept by ``OutputSwap``
/// (in the build cache): it differs from the output folder only in the files that the
/// previous build changed, and it shares every other file with it (the same inode, by
/// hard link). Renamed to this build's staging name, it is made into the new site:
///
/// - every entry of the spare that the new site does not hold is removed;
/// - a file that is to be the output's file (unchanged, or with equal bytes) is left
///   alone when it is that file already (same device and inode), else linked anew;
/// - any other file is written, after removing the spare's file of that name (which
///   may be a second name of the output's file: only the name goes, never the bytes);
/// - what the output folder holds that the build does not write is carried over the
///   same way, and folders take the output's permission bits, as ``OutputStaging``
///   would do it.
///
/// The output folder is only read. Checking costs one `lstat` per file of both folders
/// (a few milliseconds for the 2,000 files of the benchmark course, where linking them
/// took about 40 ms); writing costs only what changed in this build and the last.
///
/// When the output holds what only a full staging knows how to carry over (a symbolic
/// link or a special file the build does not write, a folder where the build writes a
/// file, two names that differ only in how an accent is encoded) or a hard link cannot
/// be made, ``fill(_:unchanged:)`` returns false and the caller stages in full, which
/// also reports any error in those cases.
struct SpareStaging {
    let staging: URL
    /// The output folder as it is now.
    let previous: URL
    let clean: Bool
    let operations: FileOperations

    /// One entry of a folder tree: its kind, and for a regular file which file it is.
    struct Entry {
        var kind: FileStatus.Kind
        var device: UInt64
        var inode: UInt64
        var permissions: Int
    }

    /// Makes the staging folder (the spare) the new site. Returns false when this folder
    /// cannot be made into it here (see the type): the caller then discards it.
    /// - Throws: ``OutputStaging/Failure`` when a file cannot be written (a full disk).
    func fill(_ files: [String: SiteFile], unchanged: Set<String>) throws(OutputStaging.Failure) -> Bool {
        let previousRoot = Self.root(previous), stagingRoot = Self.root(staging)
        // Both trees at once, one per core: most of what an install costs is these lstats.
        let scans = LockedScans()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            scans.set(index, Self.scan(index == 0 ? previousRoot : stagingRoot))
        }
        guard let output = scans.output, let found = scans.spare else { return false }
        // The spare's folders carry the permissions of the site two builds ago: one made
        // read-only then could be neither corrected nor removed. It is this build's own
        // folder now; the output's permissions are set again at the end.
        for (path, entry) in found where entry.kind == .directory && entry.permissions & 0o200 == 0 {
            guard chmod(stagingRoot + path, mode_t(entry.permissions | 0o700)) == 0 else { return false }
        }
        var folders = OutputStaging.folders(above: files.keys)
        // What the output holds besides the build's files: carried over, as a full staging would.
        var carried: [String] = []
        for (path, entry) in output where !path.isEmpty {
            if files[path] != nil {
                guard entry.kind == .regularFile else { return false }
            } else if folders.contains(path) {
                guard entry.kind == .directory else { return false }
            } else if !clean || Self.isHiddenAtTop(path) {
                switch entry.kind {
                case .regularFile: carried.append(path)
                case .directory: folders.insert(path)
                case .symbolicLink, .other: return false
                }
            }
        }
        let spare: [String: Entry]
        do {
            spare = try removeUnwanted(
                found, files: files, carried: Set(carried), folders: folders, stagingRoot: stagingRoot)
        } catch {
            return false
        }
        for folder in folders.sorted() where spare[folder]?.kind != .directory {
            do {
                try operations.makeDirectory(DiskPath(stagingRoot + folder))
            } catch {
                throw OutputStaging.Failure(path: folder, reason: "cannot create the folder (\(FileOperations.explain(error)))")
            }
        }
        for path in files.keys.sorted() + carried.sorted() {
            let source = DiskPath(previousRoot + path), destination = DiskPath(stagingRoot + path)
            let bytes = files[path]?.bytes
            let isOutputFile =
                files[path] == nil || unchanged.contains(path) || bytes.map { OutputStaging.hasBytes($0, at: source) } == true
            if isOutputFile {
                guard let target = output[path] else { return false }
                if let current = spare[path], current.kind == .regularFile, current.device == target.device,
                    current.inode == target.inode
                {
                    continue
                }
                do {
                    if spare[path] != nil { try operations.remove(destination) }
                    try operations.link(source, destination)
                } catch {
                    return false
                }
                continue
            }
            guard let bytes else { throw .changedMeanwhile(path) }
            do {
                if spare[path] != nil { try operations.remove(destination) }
                try operations.writeFile(bytes, destination)
            } catch {
                throw OutputStaging.Failure(path: path, reason: "cannot write (\(FileOperations.explain(error)))")
            }
        }
        // Folders take the output's permission bits, deepest first (a read-only folder last).
        for folder in ([""] + folders).sorted(by: { $0.count > $1.count }) {
            guard let wanted = output[folder]?.permissions, Self.permissions(stagingRoot + folder) != wanted else { continue }
            do {
                try FileManager.default.setAttributes([.posixPermissions: wanted], ofItemAtPath: stagingRoot + folder)
            } catch {
                throw .permissions(folder, error)
            }
        }
        return true
    }

    /// Removes what the spare holds that the new site does not: other paths, and entries
    /// of the wrong kind. A removed folder takes everything inside it.
    /// - Returns: the spare's entries that are left.
    private func removeUnwanted(
        _ spare: [String: Entry], files: [String: SiteFile], carried: Set<String>, folders: Set<String>,
        stagingRoot: String
    ) throws -> [String: Entry] {
        var left = spare
        let unwanted = spare.compactMap { path, entry -> String? in
            let wantsFile = files[path] != nil || carried.contains(path)
            let keep = wantsFile ? entry.kind == .regularFile : folders.contains(path) && entry.kind == .directory
            return keep || path.isEmpty ? nil : path
        }
        // Most builds remove nothing or a file or two: only those are sorted and looked at.
        guard !unwanted.isEmpty else { return left }
        var removed: Set<String> = []
        // Sorted, so that a folder comes before what is inside it, which goes with it.
        for path in unwanted.sorted() where !OutputStaging.ancestors(of: path).contains(where: removed.contains) {
            try operations.remove(DiskPath(stagingRoot + path))
            removed.insert(path)
        }
        for path in spare.keys where removed.contains(path) || OutputStaging.ancestors(of: path).contains(where: removed.contains) {
            left[path] = nil
        }
        return left
    }

    /// True for a path in a hidden entry at the top (`.git/…`), which `--clean` keeps.
    private static func isHiddenAtTop(_ path: String) -> Bool { path.hasPrefix(".") }

    private static func root(_ url: URL) -> String {
        let path = url.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    private static func permissions(_ path: String) -> Int? {
        var info = stat()
        return lstat(path, &info) == 0 ? Int(info.st_mode & 0o7777) : nil
    }

    /// Every entry under `root` (ending in `/`) by site-relative path, the root itself as
    /// `""`; nil when a folder cannot be read. Each entry is examined relative to its
    /// folder's descriptor (`fstatat`), so that the kernel does not walk the whole path
    /// again for each of a site's thousands of files.
    static func scan(_ root: String) -> [String: Entry]? {
        var entries: [String: Entry] = [:]
        func entry(_ info: stat) -> Entry {
            let kind: FileStatus.Kind
            switch info.st_mode & S_IFMT {
            case S_IFDIR: kind = .directory
            case S_IFLNK: kind = .symbolicLink
            case S_IFREG: kind = .regularFile
            default: kind = .other
            }
            return Entry(
                kind: kind, device: UInt64(info.st_dev), inode: UInt64(info.st_ino), permissions: Int(info.st_mode & 0o7777))
        }
        /// The folder open as `folder` (a descriptor this function closes), at `relative`.
        func visitFolder(_ folder: Int32, _ relative: String) -> Bool {
            guard let stream = fdopendir(folder) else {
                close(folder)
                return false
            }
            defer { closedir(stream) }
            while true {
                // readdir's end and its failure are both nil; errno tells them apart.
                errno = 0
                guard let item = readdir(stream) else { return errno == 0 }
                let name = withUnsafeBytes(of: item.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard fstatat(dirfd(stream), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
                // Two names that Swift takes for one (é as one character and as e with a combining
                // accent), which Linux keeps apart: only a full staging, name by name, keeps both.
                guard entries[path] == nil else { return false }
                let found = entry(info)
                entries[path] = found
                guard found.kind == .directory else { continue }
                let inner = openat(dirfd(stream), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard inner >= 0, visitFolder(inner, path) else { return false }
            }
        }
        var info = stat()
        guard lstat(root, &info) == 0 else { return nil }
        entries[""] = entry(info)
        guard entries[""]?.kind == .directory else { return entries }
        let top = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        return top >= 0 && visitFolder(top, "") ? entries : nil
    }
}

/// The two scans of ``SpareStaging/fill(_:unchanged:)``, made on two threads.
private final class LockedScans: @unchecked Sendable {
    // @unchecked: both written under `lock`, read after `concurrentPerform` has returned.
    private let lock = NSLock()
    private(set) var output: [String: SpareStaging.Entry]?
    private(set) var spare: [String: SpareStaging.Entry]?

    func set(_ index: Int, _ entries: [String: SpareStaging.Entry]?) {
        lock.lock()
        defer { lock.unlock() }
        if index == 0 { output = entries } else { spare = entries }
    }
}
