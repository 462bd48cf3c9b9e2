#if os(Linux)
import Foundation
import Glibc

/// Linux's inotify on every folder of the watched trees (inotify watches a folder's
/// entries, not the folders below it): a file closed after writing, moved in or out,
/// created (a folder: watched in turn; a symbolic link), deleted, or its metadata changed.
///
/// A folder's entries, not its files, are watched, so an editor that saves by writing
/// a new file and renaming it over the old one (vim, many IDEs) is seen by the rename.
final class InotifyWatch: @unchecked Sendable {
    // The kernel's values (linux/inotify.h), stable ABI; Glibc's macros are not all imported.
    private static let attrib: UInt32 = 0x0000_0004
    private static let closeWrite: UInt32 = 0x0000_0008
    private static let movedFrom: UInt32 = 0x0000_0040
    private static let movedTo: UInt32 = 0x0000_0080
    private static let create: UInt32 = 0x0000_0100
    private static let delete: UInt32 = 0x0000_0200
    private static let deleteSelf: UInt32 = 0x0000_0400
    private static let moveSelf: UInt32 = 0x0000_0800
    private static let overflow: UInt32 = 0x0000_4000
    private static let ignored: UInt32 = 0x0000_8000
    private static let onlyDirectory: UInt32 = 0x0100_0000
    private static let dontFollow: UInt32 = 0x0200_0000
    private static let isDirectory: UInt32 = 0x4000_0000
    private static let mask =
        attrib | closeWrite | movedFrom | movedTo | create | delete | deleteSelf | moveSelf | onlyDirectory

    private let descriptor: Int32
    /// A pipe whose write end ``wake()`` writes to, to end ``run(until:onChange:)``.
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let roots: [String]
    private let filter: WatchFilter
    /// Watch descriptor → the folder's path. Touched by the watch thread only, after init.
    private var folders: [Int32: String] = [:]

    /// Nil when inotify is not available, or the system's limit of watches is reached.
    init?(folders roots: [String], filter: WatchFilter) {
        descriptor = inotify_init1(Int32(O_NONBLOCK | O_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            close(descriptor)
            return nil
        }
        wakeRead = ends[0]
        wakeWrite = ends[1]
        self.roots = roots
        self.filter = filter
        for root in roots where !addTree(root, isRoot: true) {
            closeAll()
            return nil
        }
    }

    deinit { closeAll() }

    private func closeAll() {
        close(descriptor)
        close(wakeRead)
        close(wakeWrite)
    }

    /// Watches `path` and every folder below it that the filter keeps; false when the
    /// system's limit of watches (`fs.inotify.max_user_watches`) is reached.
    private func addTree(_ path: String, isRoot: Bool = false) -> Bool {
        let watch = inotify_add_watch(descriptor, path, Self.mask | (isRoot ? 0 : Self.dontFollow))
        if watch < 0 { return errno != ENOSPC }
        folders[watch] = path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return true }
        for name in names where filter.counts(name: name) {
            let child = path + "/" + name
            var status = stat()
            guard lstat(child, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, filter.counts(child) else { continue }
            if !addTree(child) { return false }
        }
        return true
    }

    func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    /// Waits for events until `stop` says so (checked when ``wake()`` is called); after a
    /// change that counts, waits for ``FolderWatcher/settle`` without another (at most
    /// 20 times that), then calls `onChange`.
    func run(until stop: @Sendable () -> Bool, onChange: @Sendable () -> Void) {
        let settle = Int32(FolderWatcher.settle.components.attoseconds / 1_000_000_000_000_000)
        while !stop() {
            var waiting = [
                pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&waiting, 2, -1)
            if ready < 0 && errno == EINTR { continue }
            if ready < 0 || waiting[1].revents != 0 { return }
            guard drain() else { continue }
            for _ in 0..<20 {
                var more = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
                guard poll(&more, 1, settle) > 0 else { break }
                _ = drain()
            }
            if stop() { return }
            onChange()
        }
    }

    /// Reads every pending event; true when one of them counts.
    private func drain() -> Bool {
        var counts = false
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let start = raw.baseAddress else { return -1 }
                return read(descriptor, start, raw.count)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return counts }
            var offset = 0
            while offset + 16 <= count {
                let (watch, mask, length) = buffer.withUnsafeBytes { raw in
                    (
                        raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                        raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                        Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    )
                }
                let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                offset += 16 + length
                if handle(watch: watch, mask: mask, name: String(decoding: nameBytes, as: UTF8.self)) { counts = true }
            }
        }
    }

    /// One event: whether it counts; a new folder is watched.
    private func handle(watch: Int32, mask: UInt32, name: String) -> Bool {
        if mask & Self.overflow != 0 {
            // Events were lost: watch the trees again (new folders may be unwatched).
            for root in roots { _ = addTree(root, isRoot: true) }
            return true
        }
        if mask & Self.ignored != 0 {
            folders[watch] = nil
            return false
        }
        guard let folder = folders[watch] else { return false }
        let path = name.isEmpty ? folder : folder + "/" + name
        guard filter.counts(path) else { return false }
        if mask & Self.isDirectory != 0 && mask & (Self.create | Self.movedTo) != 0 {
            _ = addTree(path)
            return true
        }
        if mask & Self.create != 0 && mask & Self.isDirectory == 0 {
            // A new file is written and closed next (that event counts); a new symbolic
            // link is not, so it counts now.
            var status = stat()
            return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
        }
        return true
    }
}
#endif
