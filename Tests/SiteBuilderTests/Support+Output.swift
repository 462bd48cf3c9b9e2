import AtlasTestSupport
import Foundation
@testable import SiteBuilder

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
    /// with `code`; `from` limits it to sources whose name starts so.
    static func failingRename(to name: String, from prefix: String = "", code: Int32 = EACCES) -> FileOperations {
        var operations = FileOperations.live
        let live = FileOperations.live
        operations.rename = { source, destination in
            if destination.lastPathComponent == name, source.lastPathComponent.hasPrefix(prefix) {
                throw SystemCallError(call: "rename", code: code)
            }
            try live.rename(source, destination)
        }
        return operations
    }
}
