import Foundation

/// A fresh folder under the system's temporary directory, for one test's output.
public struct TemporaryFolder {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("atlas-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Every regular file below `root`, as sorted root-relative paths; hidden files
    /// (`.editorconfig` beside golden files) are left out.
    public static func files(in root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory),
                !isDirectory.boolValue, !path.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
