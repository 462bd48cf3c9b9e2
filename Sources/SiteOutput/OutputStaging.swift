import Foundation

/// Fills the staging folder with the new site: the generated files, then (unless
/// `--clean`) everything in the previous output that the generator did not write.
///
/// The previous output is only read, never changed, so a failure at any point leaves
/// it exactly as it was; ``OutputSwap`` then removes the staging folder.
///
/// - A generated file whose bytes equal the previous output's file at the same path is
///   hard-linked to it rather than written: it keeps its modification time (and inode),
///   as it did when files were rewritten in place only when they changed. Where hard
///   links are not possible the bytes are written and given the old file's times and
///   permission bits.
/// - A file the generator did not write is hard-linked (no bytes copied, however large),
///   or copied with its times and permission bits where hard links are not possible; a
///   symbolic link is made again with the same target, never followed; a folder is made
///   and filled the same way.
/// - With `--clean` nothing of the previous output is carried over except hidden entries
///   at its top (`.git`, `.nojekyll`): the generator never writes those, and a `.git`
///   there is usually a deployment's checkout that must not vanish.
/// - A folder where the build writes a file, or a file or link where the build needs a
///   folder, stops the build: replacing it would delete what the author put there.
/// - Folders that existed before keep their permission bits.
///
/// Paths are joined as strings (``DiskPath``), not as `URL`s: every file of the site
/// costs a link here, and making two `URL`s for it and reading back their paths cost
/// more than the link itself.
struct OutputStaging {
    let staging: URL
    /// The output folder as it is now; nil when there is none yet.
    let previous: URL?
    let clean: Bool
    let operations: FileOperations

    /// Why staging stopped: the site-relative path and the reason, for a message.
    struct Failure: Error {
        var path: String
        var reason: String

        /// A file the caller found unchanged, so made no bytes for, that is not.
        static func changedMeanwhile(_ path: String) -> Failure {
            Failure(path: path, reason: "changed while the site was being built; build again")
        }

        static func permissions(_ folder: String, _ error: any Error) -> Failure {
            Failure(path: folder, reason: "cannot set the folder's permissions (\(FileOperations.explain(error)))")
        }
    }

    /// Site-relative folders made in the staging folder so far (`""` is its root).
    private var madeFolders: Set<String> = [""]
    /// `staging`'s and `previous`'s paths ending in `/`, for joining site-relative paths.
    private let stagingRoot: String
    private let previousRoot: String?

    init(staging: URL, previous: URL?, clean: Bool, operations: FileOperations) {
        self.staging = staging
        self.previous = previous
        self.clean = clean
        self.operations = operations
        stagingRoot = Self.root(staging)
        previousRoot = previous.map(Self.root)
    }

    private static func root(_ url: URL) -> String {
        let path = url.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// Where the site-relative `path` goes in the staging folder.
    private func staged(_ path: String) -> DiskPath { DiskPath(stagingRoot + path) }

    /// Writes `files` (site-relative path → bytes), then carries over the rest. The
    /// files in `unchanged` are known to be in the previous output as they should be
    /// (``OutputLocation/unchangedFiles(_:since:)``): they are linked without being read.
    ///
    /// The folders are made first; then the files go in folder by folder, the folders at
    /// the same time. Why: each `link` or `create` takes about 10 µs, most of it the
    /// folder's lock, so two threads in one folder only wait on each other, while a
    /// site's pages and its preview scripts (1,000 each in the bench course) sit in two
    /// folders that two cores fill in about half the time. Whatever the threads do, the
    /// failure reported is the first in sorted order, as when one thread did it all.
    mutating func fill(_ files: [String: SiteFile], unchanged: Set<String> = []) throws(Failure) {
        let paths = files.keys.sorted()
        // A folder that cannot be made ends what is placed at the first file inside it.
        var placeable = paths.count
        var folderFailure: Failure?
        for (index, path) in paths.enumerated() {
            do {
                try makeParents(of: path)
            } catch {
                (placeable, folderFailure) = (index, error)
                break
            }
        }
        var groups: [[Int]] = []
        var groupOfParent: [Substring: Int] = [:]
        for index in 0..<placeable {
            let path = paths[index]
            let parent = Self.parent(of: path) ?? ""
            if let group = groupOfParent[parent] {
                groups[group].append(index)
            } else {
                groupOfParent[parent] = groups.count
                groups.append([index])
            }
        }
        let first = FirstFailure()
        let (staging, byFolder) = (self, groups)
        DispatchQueue.concurrentPerform(iterations: byFolder.count) { group in
            for index in byFolder[group] {
                // A failure earlier in sorted order is reported anyway: stop here.
                if first.isBefore(index) { return }
                do throws(Failure) {
                    try staging.place(paths[index], files[paths[index]], unchanged: unchanged)
                } catch {
                    first.note(error, at: index)
                    return
                }
            }
        }
        if let failure = first.failure ?? folderFailure { throw failure }
        guard let previousRoot else { return }
        let generated = Generated(
            previousRoot: previousRoot, files: Set(files.keys), unchanged: unchanged,
            folders: Self.folders(above: files.keys))
        try carryOver("", keepForeign: !clean, context: generated)
        try keepPermissions(from: generated.previousRoot)
    }

    /// Puts one generated file into the staging folder, whose folders are made: a link to
    /// the previous output's file when it is in `unchanged`, else its bytes.
    private func place(_ path: String, _ file: SiteFile?, unchanged: Set<String>) throws(Failure) {
        if let previousRoot, unchanged.contains(path) {
            try linkUnchanged(path, from: previousRoot)
            return
        }
        guard let bytes = file?.bytes else {
            throw .changedMeanwhile(path)
        }
        try writeGenerated(bytes, at: path)
    }

    // MARK: - Generated files

    private mutating func makeParents(of path: String) throws(Failure) {
        // Most files go into a folder made for the file before them: one look, no list.
        guard let parent = Self.parent(of: path), !madeFolders.contains(String(parent)) else { return }
        for folder in Self.ancestors(of: path) where !madeFolders.contains(folder) {
            do {
                try operations.makeDirectory(staged(folder))
            } catch {
                throw Failure(path: folder, reason: "cannot create the folder (\(FileOperations.explain(error)))")
            }
            madeFolders.insert(folder)
        }
    }

    private func writeGenerated(_ bytes: [UInt8], at path: String) throws(Failure) {
        let destination = staged(path)
        let unchanged = previousRoot.map { DiskPath($0 + path) }.flatMap { Self.hasBytes(bytes, at: $0) ? $0 : nil }
        if let unchanged {
            do {
                try operations.link(unchanged, destination)
                return
            } catch {
                // No hard links on this file system (FAT, some network shares): the bytes
                // are written below and given the old modification time instead, which is
                // what "unchanged" means to rsync, to `make` and to a server's Last-Modified.
            }
        }
        do {
            try operations.writeFile(bytes, destination)
            if let unchanged { try FileStatus.copyTimesAndPermissions(from: unchanged, to: destination) }
        } catch {
            throw Failure(path: path, reason: "cannot write (\(FileOperations.explain(error)))")
        }
    }

    /// Puts the previous output's file at `path`, known to hold the right bytes, into the
    /// staging folder: a hard link, or where there are none a copy with its times.
    private func linkUnchanged(_ path: String, from previousRoot: String) throws(Failure) {
        let source = DiskPath(previousRoot + path), destination = staged(path)
        do {
            try operations.link(source, destination)
        } catch {
            do {
                try operations.copyFile(source, destination)
                try FileStatus.copyTimesAndPermissions(from: source, to: destination)
            } catch {
                throw Failure(path: path, reason: "cannot write (\(FileOperations.explain(error)))")
            }
        }
    }

    /// True when `url` is a regular file (not a link) holding exactly `bytes`. The size
    /// is compared first, so a changed file is seldom read. A file that cannot be
    /// examined or read counts as changed: it is simply written anew.
    static func hasBytes(_ bytes: [UInt8], at url: DiskPath) -> Bool {
        guard let status = try? FileStatus.of(url), status.kind == .regularFile, status.size == bytes.count,
            let data = FileManager.default.contents(atPath: url.path)
        else { return false }
        guard !bytes.isEmpty else { return data.isEmpty }
        // memcmp, not `elementsEqual`: Data's iterator goes byte by byte through a
        // closure, about 1 ns a byte, 7 % of a small course's rebuild.
        return data.count == bytes.count
            && data.withUnsafeBytes { file in
                bytes.withUnsafeBytes { memory in
                    guard let file = file.baseAddress, let memory = memory.baseAddress else { return false }
                    return memcmp(file, memory, bytes.count) == 0
                }
            }
    }

    // MARK: - Carrying over

    /// Carries over the entries of the previous output's folder `relative`, recursively.
    /// `keepForeign` is false only for `--clean`, where a top-level hidden entry is still
    /// kept (with everything inside it).
    private mutating func carryOver(_ relative: String, keepForeign: Bool, context: Generated) throws(Failure) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: context.previousRoot + relative).sorted()
        } catch {
            throw Failure(
                path: relative, reason: "cannot read the folder to keep its files (\(FileOperations.explain(error)))")
        }
        for name in names where keepForeign || (relative.isEmpty && name.hasPrefix(".")) {
            let path = relative.isEmpty ? name : relative + "/" + name
            // Already linked, and known to be a regular file: no need to look again.
            if context.unchanged.contains(path) { continue }
            let source = DiskPath(context.previousRoot + path)
            let status: FileStatus
            do {
                guard let found = try FileStatus.of(source) else { continue }  // removed meanwhile
                status = found
            } catch {
                throw Failure(path: path, reason: "cannot examine it to keep it (\(FileOperations.explain(error)))")
            }
            if context.files.contains(path) {
                // The build's file replaces a file or link of the same name, as it always has.
                guard status.kind == .directory else { continue }
                throw Failure(
                    path: path,
                    reason: "is a folder, but the build writes a file there; "
                        + "move the folder away, or build with --clean to drop it")
            }
            if context.folders.contains(path) {
                guard status.kind == .directory else {
                    throw Failure(
                        path: path,
                        reason: "is not a folder, but the build writes files into '\(path)/'; "
                            + "move it away, or build with --clean to drop it")
                }
                try carryOver(path, keepForeign: keepForeign, context: context)
                continue
            }
            try carryEntry(path, status: status, from: source)
            if status.kind == .directory {
                // Nothing inside a folder the build does not write is the build's.
                try carryOver(path, keepForeign: true, context: context)
            }
        }
    }

    /// What the build writes, for telling the previous output's files from the build's.
    private struct Generated {
        /// The previous output's path ending in `/`.
        var previousRoot: String
        var files: Set<String>
        /// The generated files linked from the previous output (``fill(_:unchanged:)``).
        var unchanged: Set<String> = []
        /// Every folder above a generated file.
        var folders: Set<String>
    }

    /// Puts one entry the generator did not write into the staging folder (a folder
    /// without its contents).
    private mutating func carryEntry(_ path: String, status: FileStatus, from source: DiskPath) throws(Failure) {
        let destination = staged(path)
        do {
            switch status.kind {
            case .directory:
                try operations.makeDirectory(destination)
                madeFolders.insert(path)
            case .symbolicLink:
                let target = try FileManager.default.destinationOfSymbolicLink(atPath: source.path)
                try operations.makeSymbolicLink(destination, target)
            case .regularFile:
                do {
                    try operations.link(source, destination)
                } catch {
                    try operations.copyFile(source, destination)
                    try FileStatus.copyTimesAndPermissions(from: source, to: destination)
                }
            case .other:
                // A pipe or socket: a hard link keeps it; copying would read from it.
                try operations.link(source, destination)
            }
        } catch {
            throw Failure(path: path, reason: "cannot keep this file in the new site (\(FileOperations.explain(error)))")
        }
    }

    /// Gives each folder made in the staging folder the permission bits of the folder at
    /// the same path in the previous output, deepest first, so that a read-only folder
    /// is made read-only only once it is filled.
    private func keepPermissions(from previousRoot: String) throws(Failure) {
        for folder in madeFolders.sorted(by: { $0.count > $1.count }) {
            let old = DiskPath(previousRoot + folder)
            guard let status = try? FileStatus.of(old), status.kind == .directory else { continue }
            do {
                try FileManager.default.setAttributes(
                    [.posixPermissions: status.permissions], ofItemAtPath: staged(folder).path)
            } catch {
                throw .permissions(folder, error)
            }
        }
    }
}
