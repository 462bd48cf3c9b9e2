import Foundation

/// Calls back when something changes in the watched folder trees: with Linux's inotify
/// where there is one (``InotifyWatch``), else by comparing the trees' file listings every
/// ``PollingWatch/interval`` (``PollingWatch``).
///
/// Changes come in bursts (an editor's save is a write, a rename and a delete; `git
/// checkout` is hundreds): after the first, the watcher waits until ``settle`` passes
/// with no other, then calls back once. The callback runs on the watcher's thread.
public final class FolderWatcher: @unchecked Sendable {
    /// How a folder tree is watched.
    public enum Method: String, Sendable {
        case inotify, polling
    }

    /// Quiet time that ends a burst; a save's rename and write come within it.
    public static let settle: Duration = .milliseconds(3)

    private let folders: [String]
    private let filter: WatchFilter
    private let onChange: @Sendable () -> Void
    private let lock = NSLock()
    private var stopping = false
    private var thread: Thread?
    private var inotify: InotifyWatch?

    /// - Parameters:
    ///   - folders: absolute paths of the folders whose trees are watched (those that exist).
    public init(folders: [String], filter: WatchFilter, onChange: @escaping @Sendable () -> Void) {
        self.folders = folders
        self.filter = filter
        self.onChange = onChange
    }

    /// Starts watching and says how; `forcePolling` for a test of the fallback.
    @discardableResult
    public func start(forcePolling: Bool = false) -> Method {
        #if os(Linux)
        if !forcePolling, let watch = InotifyWatch(folders: folders, filter: filter) {
            inotify = watch
            run { [onChange] stop in watch.run(until: stop, onChange: onChange) }
            return .inotify
        }
        #endif
        let polling = PollingWatch(folders: folders, filter: filter)
        run { [onChange] stop in polling.run(until: stop, onChange: onChange) }
        return .polling
    }

    private func run(_ body: @escaping @Sendable (@escaping @Sendable () -> Bool) -> Void) {
        let thread = Thread { [self] in body { self.isStopping } }
        thread.name = "atlas-watch"
        self.thread = thread
        thread.start()
    }

    private var isStopping: Bool { lock.withLock { stopping } }

    /// Stops watching; the thread ends within a poll interval.
    public func stop() {
        lock.withLock { stopping = true }
        #if os(Linux)
        inotify?.wake()
        #endif
    }
}

/// Polling: every `interval`, each watched file's modification time, size and inode,
/// compared with the last listing.
struct PollingWatch: Sendable {
    /// Each poll lists every file of the trees (one stat each): a fallback where inotify is missing.
    static let interval: Duration = .milliseconds(100)
    let folders: [String]
    let filter: WatchFilter

    struct Entry: Equatable {
        var modified: Date?
        var size: Int?
        var inode: Int?
    }

    func listing() -> [String: Entry] {
        var entries: [String: Entry] = [:]
        let manager = FileManager.default
        for folder in folders {
            guard let enumerator = manager.enumerator(atPath: folder) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let path = folder + "/" + relative
                guard filter.counts(path) else {
                    enumerator.skipDescendants()
                    continue
                }
                let attributes = enumerator.fileAttributes ?? [:]
                entries[path] = Entry(
                    modified: attributes[.modificationDate] as? Date, size: (attributes[.size] as? NSNumber)?.intValue,
                    inode: (attributes[.systemFileNumber] as? NSNumber)?.intValue)
            }
        }
        return entries
    }

    func run(until stop: @Sendable () -> Bool, onChange: @Sendable () -> Void) {
        var last = listing()
        while !stop() {
            Thread.sleep(forTimeInterval: Double(Self.interval.components.attoseconds) / 1e18)
            let now = listing()
            if now != last {
                last = now
                onChange()
            }
        }
    }
}
