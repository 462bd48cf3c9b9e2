import Foundation

/// The files of the output folder, and only those: a request's names are joined under
/// the folder's real path and the result's real path (every symbolic link resolved)
/// must still lie inside it, so a link that leads out is refused like `..`.
///
/// The folder is looked up again for each request: a build swaps a new site in under
/// the same name, so its real path can change between two requests.
struct SiteFiles: Sendable {
    /// The output folder as given (`_site`, or an absolute path).
    let root: String

    enum Lookup: Equatable {
        /// A regular file inside the folder: its bytes and an entity tag that changes with it.
        case file(name: String, bytes: [UInt8], etag: String)
        /// A folder asked for without its trailing `/`: the same path with one.
        case folder
        /// Nothing there (or not a regular file, or a folder without `index.html`).
        case notFound
        /// The real path lies outside the folder: a symbolic link that leads out.
        case outside
    }

    func lookup(_ path: RequestPath) -> Lookup {
        guard let base = Self.realPath(root) else { return .notFound }
        let joined = ([base] + path.segments).joined(separator: "/")
        guard let real = Self.realPath(joined) else { return .notFound }
        guard Self.contains(base, real) else { return .outside }
        var status = stat()
        guard stat(real, &status) == 0 else { return .notFound }
        if status.st_mode & S_IFMT == S_IFDIR {
            guard path.asksForFolder else { return .folder }
            guard let index = Self.realPath(real + "/index.html") else { return .notFound }
            guard Self.contains(base, index) else { return .outside }
            return Self.readFile(index)
        }
        return Self.readFile(real)
    }

    /// `real` is `base` or below it.
    private static func contains(_ base: String, _ real: String) -> Bool {
        real == base || real.hasPrefix(base == "/" ? "/" : base + "/")
    }

    /// The bytes of a regular file, with an entity tag made of its size, modification
    /// time and inode: a build that rewrites a file changes at least one of them.
    private static func readFile(_ real: String) -> Lookup {
        let descriptor = open(real, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .notFound }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return .notFound }
        let size = Int(status.st_size)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let start = buffer.baseAddress else { return 0 }
                return read(descriptor, start + done, size - done)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            done += count
        }
        guard done == size else { return .notFound }
        #if canImport(Darwin)
        let modified = Int64(status.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(status.st_mtimespec.tv_nsec)
        #else
        let modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
        #endif
        let etag = "\"\(String(UInt64(status.st_ino), radix: 36))-\(String(size, radix: 36))-\(String(modified, radix: 36))\""
        let name = String(real[real.index(after: real.lastIndex(of: "/") ?? real.startIndex)...])
        return .file(name: name, bytes: bytes, etag: etag)
    }

    /// `realpath(3)`: absolute, every link resolved; nil when nothing is there.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
