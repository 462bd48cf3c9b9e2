import Foundation
import SiteOutput

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The incremental build cache: by default `.atlas-cache/` beside the output folder
/// (`--cache DIR` moves it). Deleting it at any time only makes the next build cold.
///
/// ```
/// .atlas-cache/
///   CACHEDIR.TAG                      tells backup tools to skip the folder
///   <version>/                        one per atlas build and cache format
///     <site>/                         one per content folder and output folder
///       state                         every lesson's entry, the installed files' record
///       packs/<name>                  lessons' bodies and directive HTML (LessonObject),
///                                     one pack per build that rendered any (ObjectPack)
///       search                        each body's search sections and terms (SearchRows)
///       spare/                        the site the last build replaced (SiteOutput's spare)
/// ```
///
/// `<version>` is the digest of the cache format, of atlas's version (``AtlasVersion``)
/// and of the atlas programs' sizes and modification times (``version``), so that a new
/// atlas (even one rebuilt from a changed checkout with the same version number) never
/// reads what an older one wrote. Every file is written
/// to a temporary name and renamed into place, so a killed build leaves either the old
/// file or the new one, and every file is checked when read (``CacheFile``): a damaged,
/// partial or foreign file counts as absent. Nothing here ever fails a build: a cache
/// that cannot be read is empty, and one that cannot be written is reported as a warning.
struct BuildCache: Sendable {
    /// The folder the user named, or the default.
    let root: URL
    /// This atlas's, this content's and this output's folder inside it.
    let folder: URL
    /// The pack this build stores its lessons' objects in.
    private let pack: ObjectPack

    /// - Parameters:
    ///   - root: the cache folder.
    ///   - content, output: real paths; the cache keeps one state per pair.
    init(root: URL, content: String, output: String) {
        self.root = root
        var writer = CacheWriter()
        writer.write(content)
        writer.write(output)
        folder = root.appendingPathComponent(Self.version.hex).appendingPathComponent(
            ContentDigest.of(writer.bytes).hex)
        let packs = folder.appendingPathComponent("packs")
        pack = ObjectPack(folder: packs) { [root] in try Self.makeFolders(packs, root: root) }
    }

    /// The digest of the cache format and of the atlas programs: read once per process.
    ///
    /// The programs are `atlas` and `atlas-serve` (which `atlas serve` runs) in the running
    /// program's folder, by size and modification time, so that both use one folder and a
    /// rebuilt atlas (even from a changed checkout with the same version number) never
    /// reads what an older one wrote. Any other program (a test runner) counts itself too.
    static let version: ContentDigest = {
        var writer = CacheWriter()
        writer.write(CacheFile.formatVersion)
        writer.write(AtlasVersion.current)
        let running = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        let folder = URL(fileURLWithPath: running).deletingLastPathComponent()
        var programs = ["atlas", "atlas-serve"].map { folder.appendingPathComponent($0).path }
        if !programs.contains(running) { programs.append(running) }
        for path in programs {
            writer.write(path)
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            #if canImport(Darwin)
            let modified = info.st_mtimespec
            #else
            let modified = info.st_mtim
            #endif
            writer.write(Int(info.st_size))
            writer.write(Int(modified.tv_sec))
            writer.write(Int(modified.tv_nsec))
        }
        return ContentDigest.of(writer.bytes)
    }()

    private var stateURL: URL { folder.appendingPathComponent("state") }

    /// Where the install keeps the site it replaced, to correct into the next site in
    /// place: an edit then costs the install what changed, not a link per file of the
    /// site (SiteOutput's `SpareStaging`).
    var spareSite: URL { folder.appendingPathComponent("spare") }

    /// The state of the last build and its bytes, or nil when there is none, or it does
    /// not read (damaged, or written by another format).
    func readState() -> (state: CacheState, bytes: [UInt8])? {
        guard let data = FileManager.default.contents(atPath: stateURL.path) else { return nil }
        let bytes = Array(data)
        return CacheFile.open(bytes, as: CacheState.self).map { ($0, bytes) }
    }

    /// Writes `state` unless `previous` (the bytes read at the start) already holds it,
    /// so that a build with nothing changed writes nothing: first the objects of the
    /// packs it would leave half empty are moved into this build's pack (``compact(_:)``),
    /// which is then named; then the state; then the packs it no longer names are removed.
    ///
    /// When another build of the same site saved its state since this one read it (two
    /// builds at once, `atlas serve` and `atlas build`, say), this one neither moves nor
    /// removes packs, which that state may name: the last state written wins, and the
    /// packs only it named are removed by a later build.
    func write(_ state: CacheState, replacing previous: [UInt8]?) throws {
        var state = state
        let alone = FileManager.default.contents(atPath: stateURL.path).map(Array.init) == previous
        if alone { compact(&state) }
        let bytes = CacheFile.seal(state)
        guard bytes != previous else { return }
        try pack.finish()
        try writeFile(bytes, to: stateURL)
        if alone { prune(keeping: Set(state.lessons.map(\.object.packName))) }
    }

    func readLesson(_ location: ObjectLocation) -> LessonObject? {
        pack.read(location).flatMap { CacheFile.open($0, as: LessonObject.self) }
    }

    /// Stores `object` in this build's pack and says where; `previous` (the location of the
    /// lesson's last object) when that holds the same bytes already and still reads (a
    /// lost object is stored anew, not named again).
    func store(_ object: LessonObject, previous: ObjectLocation?) -> ObjectLocation {
        let (bytes, digest) = CacheFile.sealed(object)
        if let previous, previous.digest == digest, pack.read(previous) == bytes { return previous }
        return pack.append(bytes, digest: digest)
    }

    /// Moves into this build's pack the objects of each older pack that `state` would
    /// leave less than half used (its other objects belong to lessons since changed), and
    /// of every pack but the largest ``keptPacks``: each edit's build makes a small pack,
    /// and this keeps their number and the dead bytes bounded, at a cost in proportion to
    /// what the builds before it wrote. An object that cannot be read, or whose payload no
    /// longer has the digest its trailer names (``CacheFile/isIntact(_:)``: ``ObjectPack``
    /// compares only the trailer), is dropped from its entry (the lesson is rendered again
    /// when its body is needed), not carried from pack to pack.
    private func compact(_ state: inout CacheState) {
        var used: [UInt64: Int] = [:]
        for entry in state.lessons where entry.object.pack != 0 && entry.object.pack != pack.name {
            used[entry.object.pack, default: 0] += entry.object.length
        }
        var sizes: [(pack: UInt64, size: Int)] = []
        for name in used.keys {
            var info = stat()
            let path = pack.folder.appendingPathComponent(ObjectPack.fileName(name)).path
            sizes.append((name, lstat(path, &info) == 0 ? Int(info.st_size) : 0))
        }
        sizes.sort { ($0.size, $0.pack) > ($1.size, $1.pack) }
        let moved = Set(
            sizes.enumerated().filter { position, pack in position >= Self.keptPacks || used[pack.pack, default: 0] * 2 < pack.size }
                .map(\.element.pack))
        guard !moved.isEmpty else { return }
        for index in state.lessons.indices where moved.contains(state.lessons[index].object.pack) {
            let location = state.lessons[index].object
            state.lessons[index].object =
                pack.read(location).flatMap { CacheFile.isIntact($0) ? pack.append($0, digest: location.digest) : nil } ?? .none
        }
    }

    /// How many packs a site's cache keeps as they are: a cold build's, and the few made
    /// since, before the smaller ones are merged.
    static let keptPacks = 8

    /// Removes the packs not in `names` (their lessons all changed since) and the temporary
    /// files of builds that were killed while writing. Another build of the same site at
    /// the same time may lose a pack it needs; it then renders those lessons again, as it
    /// would with no cache.
    private func prune(keeping names: Set<String>) {
        let manager = FileManager.default
        for (folder, holdsPacks) in [(pack.folder, true), (self.folder, false)] {
            guard let found = try? manager.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in found {
                let stale =
                    name.hasPrefix(".tmp-")
                    ? Self.isDead(writerOf: name) : holdsPacks && ObjectPack.isPackName(name) && !names.contains(name)
                if stale { try? manager.removeItem(at: folder.appendingPathComponent(name)) }
            }
        }
    }

    /// True when the process that named the temporary file `.tmp-<pid>-<n>` no longer runs.
    private static func isDead(writerOf name: String) -> Bool {
        let parts = name.split(separator: "-")
        guard parts.count == 3, let pid = Int32(parts[1]), pid > 0, pid != getpid() else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Removes what other atlas executables wrote (folders named by another version):
    /// this one never reads them, and each holds a whole course's pages and a spare site.
    /// Done at the start of this atlas's first build (its own folder is not there yet),
    /// before the output is looked at: a spare shares files with the output by hard
    /// link, and removing it moves their change times, which would make the next build
    /// with nothing changed take every page for touched.
    func pruneOtherVersions() {
        let manager = FileManager.default
        let current = Self.version.hex
        guard !manager.fileExists(atPath: root.appendingPathComponent(current).path) else { return }
        guard let found = try? manager.contentsOfDirectory(atPath: root.path) else { return }
        for name in found where name != current && name.count == 32 && name.allSatisfy(\.isHexDigit) {
            try? manager.removeItem(at: root.appendingPathComponent(name))
        }
    }

    /// `mkdir -p`, with the system's reason when it fails (FileManager's `createDirectory`
    /// reports a file in the way as an unexplained Cocoa error on Linux).
    private static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o777) == 0 { return }
        var code = errno
        // The parent by hand: NSString's deletingLastPathComponent traps on some paths.
        if code == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeFolder(String(path[..<slash]))
            if mkdir(path, 0o777) == 0 { return }
            code = errno
        }
        var info = stat()
        if code == EEXIST, stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { return }
        throw NSError(domain: NSPOSIXErrorDomain, code: Int(code == EEXIST ? ENOTDIR : code))
    }

    /// Writes `bytes` to a temporary name in the same folder, then renames it to `url`.
    func writeFile(_ bytes: [UInt8], to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        try Self.makeFolders(folder, root: root)
        let temporary = folder.appendingPathComponent(".tmp-\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
        do {
            try FileOperations.writeNewFile(bytes, to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Creates `folder` and the root's `CACHEDIR.TAG` (bford.info/cachedir) if missing.
    private static func makeFolders(_ folder: URL, root: URL) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.path) { return }
        try Self.makeFolder(folder.path)
        let tag = root.appendingPathComponent("CACHEDIR.TAG")
        if !manager.fileExists(atPath: tag.path) {
            let text = "Signature: 8a477f597d28d172789f06886806bc55\n# The build cache of atlas (ActivationAtlas); safe to delete.\n"
            try? Data(text.utf8).write(to: tag, options: .atomic)
        }
    }
}
