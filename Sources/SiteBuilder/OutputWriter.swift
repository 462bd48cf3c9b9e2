import Foundation

/// Writes a finished site. Files the generator did not make are left alone.
enum OutputWriter {
    /// Writes each site-relative path, creating folders; a file whose bytes are
    /// unchanged is not rewritten, so its modification time stays.
    static func write(_ files: [String: [UInt8]], to directory: URL) throws(BuildError) {
        let manager = FileManager.default
        for path in files.keys.sorted() {
            guard let bytes = files[path] else { continue }
            let url = directory.appendingPathComponent(path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                if let existing = manager.contents(atPath: url.path), existing.elementsEqual(bytes) { continue }
                try Data(bytes).write(to: url, options: .atomic)
            } catch {
                throw .fileSystem(path: url.path, reason: "cannot write (\(error.localizedDescription))")
            }
        }
    }
}
