import Foundation

/// Everything below a folder — folders, files with their bytes, symbolic links with their
/// targets, hidden entries included — for checking that an output is exactly as it was.
/// Links are recorded, never followed.
public struct FileTree: Equatable, CustomStringConvertible {
    public enum Entry: Equatable {
        case folder
        /// The bytes, and the modification time when the tree was read `withDates`.
        case file(Data, modified: Date?)
        case link(to: String)
    }

    /// Root-relative path → entry.
    public var entries: [String: Entry]

    /// Reads the tree under `root`; `withDates` also records each file's modification time.
    public init(_ root: URL, withDates: Bool = false) throws {
        let manager = FileManager.default
        var entries: [String: Entry] = [:]
        func walk(_ relative: String) throws {
            let folder = relative.isEmpty ? root : root.appendingPathComponent(relative)
            for name in try manager.contentsOfDirectory(atPath: folder.path) {
                let path = relative.isEmpty ? name : relative + "/" + name
                let url = root.appendingPathComponent(path)
                let attributes = try manager.attributesOfItem(atPath: url.path)
                switch attributes[.type] as? FileAttributeType {
                case .typeDirectory?:
                    entries[path] = .folder
                    try walk(path)
                case .typeSymbolicLink?:
                    entries[path] = .link(to: try manager.destinationOfSymbolicLink(atPath: url.path))
                default:
                    let bytes = manager.contents(atPath: url.path) ?? Data()
                    entries[path] = .file(bytes, modified: withDates ? attributes[.modificationDate] as? Date : nil)
                }
            }
        }
        try walk("")
        self.entries = entries
    }

    /// The paths, sorted.
    public var paths: [String] { entries.keys.sorted() }

    /// One line per difference: `missing: a`, `unexpected: b`, `changed: c`; empty when equal.
    public func differences(from expected: FileTree) -> [String] {
        let all = Set(entries.keys).union(expected.entries.keys).sorted()
        return all.compactMap { path in
            switch (expected.entries[path], entries[path]) {
            case (nil, _?): "unexpected: \(path)"
            case (_?, nil): "missing: \(path)"
            case let (old?, new?) where old != new: "changed: \(path)"
            default: nil
            }
        }
    }

    public var description: String { paths.joined(separator: "\n") }
}
