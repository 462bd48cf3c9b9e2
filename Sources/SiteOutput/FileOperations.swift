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
/// Callers outside this module pass ``live`` (the default of
/// ``OutputLocation/install(_:clean:operations:)``) or what a test made of it; the
/// operations themselves are internal, reached by tests with `@testable import`:
///
/// ```swift
/// var operations = FileOperations.live
/// operations.writeFile = { _, _ in throw SystemCallError(call: "write", code: ENOSPC) }
/// ```
///
/// Every operation works on the path it is given and never follows a symbolic link at
/// the last component: `link` makes a hard link to a link, not to its target, and
/// `rename` moves the link itself.
public struct FileOperations: Sendable {
    /// Creates one folder; its parent must exist, and the folder must not.
    var makeDirectory: @Sendable (_ url: DiskPath) throws -> Void
    /// Writes a new file with these bytes.
    var writeFile: @Sendable (_ bytes: [UInt8], _ url: DiskPath) throws -> Void
    /// Makes `destination` a second name of the file at `source` (a hard link).
    var link: @Sendable (_ source: DiskPath, _ destination: DiskPath) throws -> Void
    /// Copies one file's bytes, for file systems without hard links.
    var copyFile: @Sendable (_ source: DiskPath, _ destination: DiskPath) throws -> Void
    /// Makes a symbolic link at `url` that points to `destination`, as written.
    var makeSymbolicLink: @Sendable (_ url: DiskPath, _ destination: String) throws -> Void
    /// Renames within one file system; never copies. Fails when `destination` exists
    /// and is not an empty folder (POSIX `rename`).
    var rename: @Sendable (_ source: DiskPath, _ destination: DiskPath) throws -> Void
    /// Trades the names of two existing paths in one step, so that no one ever sees
    /// either name missing (Linux `renameat2` with `RENAME_EXCHANGE`). Throws
    /// ``ExchangeUnsupported`` when this system or this file system cannot do it, and
    /// then nothing was moved; any other error also means nothing was moved.
    var exchange: @Sendable (_ first: DiskPath, _ second: DiskPath) throws -> Void
    /// Removes a file, a link or a whole folder; links inside are removed, not followed.
    var remove: @Sendable (_ url: DiskPath) throws -> Void

    /// The real file system.
    public static let live = FileOperations(
        makeDirectory: { url in
            try POSIX.makeDirectory(url.path)
        },
        writeFile: { bytes, url in
            try POSIX.writeNewFile(bytes, at: url.path)
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
        exchange: { first, second in
            try POSIX.exchange(first.path, second.path)
        },
        remove: { url in
            try FileManager.default.removeItem(atPath: url.path)
        })

    /// Writes `bytes` into a new file at `url`, refusing to replace anything there, and
    /// without `fsync` (see `POSIX.writeNewFile`): `writeFile` of ``live``, for other
    /// writers of regenerable files (the build cache).
    public static func writeNewFile(_ bytes: [UInt8], to url: URL) throws {
        try POSIX.writeNewFile(bytes, at: url.path)
    }

    /// A short reason for a message: `Permission denied`, `No space left on device`.
    ///
    /// ```swift
    /// "cannot read the content folder (\(FileOperations.explain(error)))"
    /// ```
    public static func explain(_ error: any Error) -> String {
        if let error = error as? SystemCallError { return error.description }
        if let error = error as? ExchangeUnsupported { return error.description }
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

    /// True when `error` says that the path was not there (`ENOENT`), as when another
    /// build moved or removed it first; FileManager reports this as a Cocoa error, with
    /// or without the POSIX one beneath.
    static func isMissing(_ error: any Error) -> Bool {
        if let error = error as? SystemCallError { return error.code == ENOENT }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return nsError.code == Int(ENOENT) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return underlying.code == Int(ENOENT)
        }
        return (error as? CocoaError).flatMap { posixCode(for: $0.code) } == ENOENT
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
