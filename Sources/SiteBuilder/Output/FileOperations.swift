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
    /// Trades the names of two existing paths in one step, so that no one ever sees
    /// either name missing (Linux `renameat2` with `RENAME_EXCHANGE`). Throws
    /// ``ExchangeUnsupported`` when this system or this file system cannot do it, and
    /// then nothing was moved; any other error also means nothing was moved.
    var exchange: @Sendable (_ first: URL, _ second: URL) throws -> Void
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
        exchange: { first, second in
            try POSIX.exchange(first.path, second.path)
        },
        remove: { url in
            try FileManager.default.removeItem(atPath: url.path)
        })

    /// A short reason for a message: `Permission denied`, `No space left on device`.
    static func explain(_ error: any Error) -> String {
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

    /// `renameat2(…, RENAME_EXCHANGE)` where the C library has it; elsewhere (macOS, an
    /// old glibc) the caller falls back to two renames.
    static func exchange(_ first: String, _ second: String) throws {
        #if os(Linux)
        guard let renameat2 = Renameat2.function else { throw ExchangeUnsupported(code: nil) }
        guard renameat2(AT_FDCWD, first, AT_FDCWD, second, Renameat2.exchangeFlag) != 0 else { return }
        let code = errno
        if ExchangeUnsupported.codes.contains(code) { throw ExchangeUnsupported(code: code) }
        throw SystemCallError(call: "renameat2", code: code)
        #else
        throw ExchangeUnsupported(code: nil)
        #endif
    }

    private static func check(_ call: String, _ result: Int32) throws {
        guard result == 0 else { throw SystemCallError(call: call) }
    }
}

/// C `rename`, at file scope where the name is not shadowed by `POSIX.rename`.
private func renameFile(_ source: String, _ destination: String) -> Int32 {
    rename(source, destination)
}

#if os(Linux)
/// Linux `renameat2`, found by name at run time.
///
/// Why not call it directly: glibc declares it in `<stdio.h>` only under `_GNU_SOURCE`,
/// which Swift's Glibc module is not built with, so Swift cannot see it. The symbol is
/// in glibc since 2.28; `dlsym` with a null handle (`RTLD_DEFAULT`) finds it in the
/// libraries already loaded, and where it finds nothing (glibc before 2.28, a statically
/// linked binary) the answer is nil: no exchange, two renames.
private enum Renameat2 {
    typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// Looked up once, on first use (Swift initialises a static `let` once, thread-safely).
    static let function: Function? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }()

    /// `RENAME_EXCHANGE` (`1 << 1`), declared beside `renameat2` and hidden the same way.
    static let exchangeFlag: UInt32 = 2
}
#endif

/// Thrown by ``FileOperations/exchange`` when this system or file system cannot trade two
/// names in one step; nothing was moved, and the caller swaps with two renames instead.
struct ExchangeUnsupported: Error, CustomStringConvertible {
    /// The `errno` of the refusal, or nil when the system has no such call at all.
    var code: Int32?

    /// What `renameat2` answers when it cannot exchange here: `ENOSYS` (a kernel before
    /// 3.15), `EINVAL` (a file system that does not support the flag, such as some
    /// network and FUSE file systems), `EOPNOTSUPP` (`ENOTSUP` is the same number on
    /// Linux), and `EXDEV` (the two paths on different mounts: the two renames then fail
    /// with a message of their own).
    static let codes: [Int32] = [ENOSYS, EINVAL, EOPNOTSUPP, EXDEV]

    var description: String {
        code.map { String(cString: strerror($0)) } ?? "exchanging two names is not supported on this system"
    }
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
