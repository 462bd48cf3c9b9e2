import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What is at a path, read with `lstat`: a symbolic link is reported as a link, never
/// as what it points to.
struct FileStatus: Sendable {
    enum Kind: Sendable, Equatable {
        case directory, symbolicLink, regularFile, other
    }

    var kind: Kind
    var size: Int
    /// The permission bits (`0o755`), without the file type.
    var permissions: Int
    /// Last access and last modification, to the nanosecond.
    var accessed: timespec
    var modified: timespec

    /// The status of `url`, or nil when nothing is there. Throws when the path cannot be
    /// examined (a folder on the way without search permission, say): the caller must
    /// not take "cannot see it" for "it is not there".
    static func of(_ url: URL) throws -> FileStatus? {
        try of(DiskPath(url))
    }

    /// The status of `path`, as for a URL above.
    static func of(_ path: DiskPath) throws -> FileStatus? {
        var info = stat()
        guard lstat(path.path, &info) == 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw SystemCallError(call: "lstat", code: code)
        }
        let kind: Kind
        switch info.st_mode & S_IFMT {
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        case S_IFREG: kind = .regularFile
        default: kind = .other
        }
        #if canImport(Darwin)
        let (accessed, modified) = (info.st_atimespec, info.st_mtimespec)
        #else
        let (accessed, modified) = (info.st_atim, info.st_mtim)
        #endif
        return FileStatus(
            kind: kind, size: Int(info.st_size), permissions: Int(info.st_mode & 0o7777), accessed: accessed,
            modified: modified)
    }

    /// True when nothing is at `url`; false when something is, or when it cannot be told.
    static func isGone(_ url: URL) -> Bool {
        do {
            return try of(url) == nil
        } catch {
            return false
        }
    }

    /// Gives the file at `copy` the times and permission bits of the one at `original`,
    /// exactly (FileManager's dates lose the last digits of the nanoseconds, and `make`
    /// compares all of them). Neither path may be a symbolic link.
    static func copyTimesAndPermissions(from original: DiskPath, to copy: DiskPath) throws {
        guard let status = try of(original) else { throw SystemCallError(call: "lstat", code: ENOENT) }
        var times = [status.accessed, status.modified]
        guard utimensat(AT_FDCWD, copy.path, &times, AT_SYMLINK_NOFOLLOW) == 0 else {
            throw SystemCallError(call: "utimensat")
        }
        guard chmod(copy.path, mode_t(status.permissions)) == 0 else { throw SystemCallError(call: "chmod") }
    }
}
