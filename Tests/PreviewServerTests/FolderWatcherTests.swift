import AtlasTestSupport
import Foundation
import Testing

@testable import PreviewServer

/// Counts the watcher's callbacks.
final class Changes: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }

    /// Waits up to `seconds` for more than `than` callbacks; true when they came.
    func wait(moreThan than: Int, seconds: Double = 5) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if value > than { return true }
            try? await Task.sleep(nanoseconds: 5_000_000)
        }
        return value > than
    }
}

/// Protects the watch of the content and templates folders: a save, a save by rename
/// (vim, IDEs), a new folder and a file in it, a deletion start a build; the build's own
/// output, its cache and editors' temporary files do not. With inotify and by polling.
@Suite(.serialized) struct FolderWatcherTests {
    static var methods: [Bool] {
        #if os(Linux)
        [false, true]
        #else
        [true]
        #endif
    }

    @Test("Saves, renames, new folders and deletions are seen", arguments: methods)
    func seen(polling: Bool) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let lesson = content.appendingPathComponent("01-a.md")
        try Data("one\n".utf8).write(to: lesson)
        let changes = Changes()
        let watcher = FolderWatcher(
            folders: [content.path], filter: WatchFilter(output: folder.url.appendingPathComponent("_site").path, cache: nil)
        ) { changes.add() }
        let method = watcher.start(forcePolling: polling)
        defer { watcher.stop() }
        #expect(method == (polling ? .polling : .inotify))
        try await Task.sleep(nanoseconds: 200_000_000)
        // A plain write.
        try Data("two\n".utf8).write(to: lesson)
        #expect(await changes.wait(moreThan: 0))
        // vim's save: a test file, the original renamed away, a new file written.
        var seen = changes.value
        try await Task.sleep(nanoseconds: 200_000_000)
        seen = changes.value
        let probe = content.appendingPathComponent("4913")
        try Data().write(to: probe)
        try FileManager.default.removeItem(at: probe)
        try FileManager.default.moveItem(at: lesson, to: content.appendingPathComponent("01-a.md~"))
        try Data("three\n".utf8).write(to: lesson)
        try FileManager.default.removeItem(at: content.appendingPathComponent("01-a.md~"))
        #expect(await changes.wait(moreThan: seen))
        // An IDE's save: a temporary file renamed over the lesson.
        try await Task.sleep(nanoseconds: 200_000_000)
        seen = changes.value
        let temporary = content.appendingPathComponent("01-a.md___jb_tmp___")
        try Data("four\n".utf8).write(to: temporary)
        #expect(rename(temporary.path, lesson.path) == 0)
        #expect(await changes.wait(moreThan: seen))
        // A new folder, then a file inside it.
        try await Task.sleep(nanoseconds: 200_000_000)
        seen = changes.value
        let zh = content.appendingPathComponent("zh")
        try FileManager.default.createDirectory(at: zh, withIntermediateDirectories: true)
        #expect(await changes.wait(moreThan: seen))
        try await Task.sleep(nanoseconds: 200_000_000)
        seen = changes.value
        try Data("five\n".utf8).write(to: zh.appendingPathComponent("01-a.md"))
        #expect(await changes.wait(moreThan: seen))
        // A deletion.
        try await Task.sleep(nanoseconds: 200_000_000)
        seen = changes.value
        try FileManager.default.removeItem(at: zh.appendingPathComponent("01-a.md"))
        #expect(await changes.wait(moreThan: seen))
    }

    @Test("The output, its staging folders, the cache and editors' temporary files start nothing", arguments: methods)
    func ignored(polling: Bool) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        let output = content.appendingPathComponent("_site")
        let cache = content.appendingPathComponent(".atlas-cache")
        for made in [output, cache] { try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true) }
        let changes = Changes()
        let watcher = FolderWatcher(folders: [content.path], filter: WatchFilter(output: output.path, cache: cache.path)) {
            changes.add()
        }
        watcher.start(forcePolling: polling)
        defer { watcher.stop() }
        try await Task.sleep(nanoseconds: 200_000_000)
        try Data("x".utf8).write(to: output.appendingPathComponent("index.html"))
        try Data("x".utf8).write(to: cache.appendingPathComponent("state"))
        let staging = content.appendingPathComponent("._site.atlas-staging-123")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: staging.appendingPathComponent("index.html"))
        for name in [".01-a.md.swp", "4913", "01-a.md~", "#01-a.md#", ".#01-a.md", "01-a.md___jb_old___"] {
            try Data("x".utf8).write(to: content.appendingPathComponent(name))
        }
        #expect(await !changes.wait(moreThan: 0, seconds: 0.6))
        // And the watcher still works.
        try Data("x".utf8).write(to: content.appendingPathComponent("01-a.md"))
        #expect(await changes.wait(moreThan: 0))
    }

    @Test("A burst of saves is one callback (the settle time), not one per file")
    func burst() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let changes = Changes()
        let watcher = FolderWatcher(folders: [folder.url.path], filter: WatchFilter(output: "/nonexistent/_site", cache: nil)) {
            changes.add()
        }
        watcher.start()
        defer { watcher.stop() }
        try await Task.sleep(nanoseconds: 200_000_000)
        // Writes closer than the settle time (3 ms) to each other make one callback. The
        // gaps this test leaves between its writes are counted: on a loaded machine (a CI
        // runner, or tests running beside a build) it can be descheduled for longer than
        // that, and each such gap may end a burst, as it should.
        let clock = ContinuousClock()
        var longGaps = 0
        var last = clock.now
        for index in 0..<200 {
            try Data("x".utf8).write(to: folder.url.appendingPathComponent("\(index).md"))
            let now = clock.now
            if now - last >= FolderWatcher.settle { longGaps += 1 }
            last = now
        }
        #expect(await changes.wait(moreThan: 0))
        try await Task.sleep(nanoseconds: 300_000_000)
        // Besides those, a burst ends after 20 settle waits that each saw events (a write
        // is three events), so a few callbacks more are allowed; one per file is not.
        #expect(changes.value < 50 + longGaps, "\(changes.value) callbacks, \(longGaps) gaps of 3 ms or more")
    }
}
