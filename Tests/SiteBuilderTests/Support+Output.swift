import AtlasTestSupport
import Foundation

@testable import SiteBuilder
@testable import SiteOutput

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary folder holding `_site`, so that a test sees what a build leaves beside
/// the output as well as in it.
struct OutputWorkspace {
    let root: TemporaryFolder

    init() throws { root = try TemporaryFolder() }

    var output: URL { root.url.appendingPathComponent("_site") }

    /// Everything beside `_site`: a staging or set-aside folder a build failed to remove.
    func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.url.path).filter { $0 != "_site" }.sorted()
    }

    /// Writes `text` to `relative` inside the output, making folders on the way.
    func put(_ text: String, at relative: String) throws {
        let url = output.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() { root.remove() }
}

extension FileOperations {
    /// These operations, except that removing the folder at `url` fails, as for a folder
    /// the user may not delete.
    func failingRemove(of url: URL) -> FileOperations {
        var operations = self
        let remove = self.remove
        operations.remove = { candidate in
            if candidate.path == url.path { throw SystemCallError(call: "rmdir", code: EPERM) }
            try remove(candidate)
        }
        return operations
    }

    /// The real operations, except that every way of putting a file named `name` into the
    /// new site (writing, linking, copying) fails with `code`, as on a full disk.
    static func failing(at name: String, code: Int32 = ENOSPC) -> FileOperations {
        var operations = FileOperations.live
        let live = FileOperations.live
        operations.writeFile = { bytes, url in
            guard url.lastPathComponent != name else { throw SystemCallError(call: "write", code: code) }
            try live.writeFile(bytes, url)
        }
        operations.link = { source, destination in
            guard destination.lastPathComponent != name else { throw SystemCallError(call: "link", code: code) }
            try live.link(source, destination)
        }
        operations.copyFile = { source, destination in
            guard destination.lastPathComponent != name else { throw SystemCallError(call: "copy", code: code) }
            try live.copyFile(source, destination)
        }
        return operations
    }

    /// The real operations, except that renaming anything to a path named `name` fails
    /// with `code`, and so does exchanging anything with it; `from` limits it to sources
    /// whose name starts so.
    static func failingRename(to name: String, from prefix: String = "", code: Int32 = EACCES) -> FileOperations {
        var operations = FileOperations.live
        let live = FileOperations.live
        operations.rename = { source, destination in
            if destination.lastPathComponent == name, source.lastPathComponent.hasPrefix(prefix) {
                throw SystemCallError(call: "rename", code: code)
            }
            try live.rename(source, destination)
        }
        operations.exchange = { first, second in
            if second.lastPathComponent == name, first.lastPathComponent.hasPrefix(prefix) {
                throw SystemCallError(call: "renameat2", code: code)
            }
            try live.exchange(first, second)
        }
        return operations
    }

    /// These operations on a system or file system that cannot exchange two names (as on
    /// macOS), so that a swap takes two renames.
    func withoutExchange() -> FileOperations {
        var operations = self
        operations.exchange = { _, _ in throw ExchangeUnsupported(code: EINVAL) }
        return operations
    }

    /// These operations, noting each rename, exchange and removal in `log` (by the paths'
    /// last names) before doing it.
    func logged(in log: OperationLog) -> FileOperations {
        var operations = self
        let (rename, exchange, remove) = (self.rename, self.exchange, self.remove)
        operations.rename = { source, destination in
            log.note("rename \(source.lastPathComponent) \(destination.lastPathComponent)")
            try rename(source, destination)
        }
        operations.exchange = { first, second in
            log.note("exchange \(first.lastPathComponent) \(second.lastPathComponent)")
            try exchange(first, second)
        }
        operations.remove = { url in
            log.note("remove \(url.lastPathComponent)")
            try remove(url)
        }
        return operations
    }
}

/// What a build asked of the file system, in order; see ``FileOperations/logged(in:)``.
final class OperationLog: @unchecked Sendable {
    // @unchecked: every access to `entries` holds `lock`.
    private let lock = NSLock()
    private var entries: [String] = []

    func note(_ entry: String) {
        lock.lock()
        defer { lock.unlock() }
        entries.append(entry)
    }

    var notes: [String] {
        lock.lock()
        defer { lock.unlock() }
        return entries
    }
}
