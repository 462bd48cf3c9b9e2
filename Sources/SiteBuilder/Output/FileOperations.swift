import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The disk operations that install a site, gathered so that a test can make one of
/// them fail at a chosen moment (a full disk halfway through, a rename refused).
///
/// Every operation works on the path it is given and never follows a symbolic link at
/// the last component: `link` makes a hard link to a link, not to its target, and
/// `rename` moves the link itself.
struct FileOperations: Sendable {
    /// Creates one folder; its parent must exist, and the folder must not.
    var makeDirectory: @Sendable (_ url: URL) throws -> Void
    /// Writes a new file with these bytes.
    var writeFile: @Sendable (_ bytes: [UInt8], _ url: URL) throws -> Void
    /// Makes `destination` a second name of the file at `source` (a hard link).
    var link: @Sendable (_ source: URL, _ destination: URL) throws -> Void
    /// Copies one file's bytes, for file systems without hard links.
    var copyFile: @Sendable (_ source: URL, _ destination: URL) throws -> Void
    /// Makes a symbolic link at `url` that points to `destination`, as written.
    var makeSymbolicLink: @Sendable (_ url: URL, _ destination: String) throws -> Void
    /// Renames within one file system; never copies. Fails when `destination` exists
    /// and is not an empty folder (POSIX `rename`).
    var rename: @Sendable (_ source: URL, _ destination: URL) throws -> Void
    /// Removes a file, a link or a whole folder; links inside are removed, not followed.
    var remove: @Sendable (_ url: URL) throws -> Void

    /// The real file system.
    static let live = FileOperations(
        makeDirectory: { url in
            try POSIX.makeDirectory(url.path)
        },
        writeFile: { bytes, url in
            try Data(bytes).write(to: url, options: .withoutOverwriting)
        },
        link: { source, destination in
            try POSIX.hardLink(source.path, destination.path)
        },
        copyFile: { source, destination in
            try FileManager.default.copyItem(atPath: source.path, toPath: destination.path)
        },
        makeSymbolicLink: { url, destination in
            try POSIX.symbolicLink(at: url.path, to: destination)
        },
        rename: { source, destination in
            // Not FileManager.moveItem: across file systems it falls back to copying,
            // which would make the swap neither quick nor atomic.
            try POSIX.rename(source.path, destination.path)
        },
        remove: { url in
            try FileManager.default.removeItem(atPath: url.path)
        })

    /// A short reason for a message: `Permission denied`, `No space left on device`.
    static func explain(_ error: any Error) -> String {
        if let error = error as? SystemCallError { return error.description }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        // Foundation on Linux gives FileManager's errors no underlying POSIX error, and
        // their own text is a sentence ("The operation could not be completed. A file
        // with the same name already exists."): the common ones read as C's instead.
        if let code = (error as? CocoaError).flatMap({ posixCode(for: $0.code) }) { return String(cString: strerror(code)) }
        return nsError.localizedDescription
    }

    private static func posixCode(for code: CocoaError.Code) -> Int32? {
        switch code {
        case .fileWriteFileExists: EEXIST
        case .fileNoSuchFile, .fileReadNoSuchFile: ENOENT
        case .fileReadNoPermission, .fileWriteNoPermission: EACCES
        case .fileWriteOutOfSpace: ENOSPC
        case .fileWriteVolumeReadOnly: EROFS
        default: nil
        }
    }
}

/// The C calls behind `FileOperations.live`, outside the type so that `rename` and
/// `link` name the C functions rather than the properties.
private enum POSIX {
    static func makeDirectory(_ path: String) throws {
        try check("mkdir", mkdir(path, 0o777))
    }

    /// `linkat` without `AT_SYMLINK_FOLLOW`: on macOS plain `link` follows a symbolic link.
    static func hardLink(_ source: String, _ destination: String) throws {
        try check("link", linkat(AT_FDCWD, source, AT_FDCWD, destination, 0))
    }

    static func symbolicLink(at path: String, to destination: String) throws {
        try check("symlink", symlink(destination, path))
    }

    static func rename(_ source: String, _ destination: String) throws {
        try check("rename", renameFile(source, destination))
    }

    private static func check(_ call: String, _ result: Int32) throws {
        guard result == 0 else { throw SystemCallError(call: call) }
    }
}

/// C `rename`, at file scope where the name is not shadowed by `POSIX.rename`.
private func renameFile(_ source: String, _ destination: String) -> Int32 {
    rename(source, destination)
}

/// A failed system call, with `errno` read at once, before anything can change it.
struct SystemCallError: Error, CustomStringConvertible {
    var call: String
    var code: Int32

    init(call: String, code: Int32 = errno) {
        self.call = call
        self.code = code
    }

    var description: String { String(cString: strerror(code)) }
}
