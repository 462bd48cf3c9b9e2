import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The C calls behind `FileOperations.live`, outside the type so that `rename` and
/// `link` name the C functions rather than the properties.
enum POSIX {
    static func makeDirectory(_ path: String) throws {
        try check("mkdir", mkdir(path, 0o777))
    }

    /// `linkat` without `AT_SYMLINK_FOLLOW`: on macOS plain `link` follows a symbolic link.
    static func hardLink(_ source: String, _ destination: String) throws {
        try check("link", linkat(AT_FDCWD, source, AT_FDCWD, destination, 0))
    }

    /// Writes `bytes` into a new file at `path` (refused if something is there), created
    /// with mode 0666 less the umask, as Foundation's `Data.write` creates it.
    ///
    /// Why not `Data.write`: swift-foundation copies the bytes into a `Data` and calls
    /// `fsync` on every file it writes, which made installing a 1,000-page site wait on
    /// the disk 1,000 times. A site is regenerated, not recovered: the staging folder is
    /// swapped in by one rename (readers never see half a site), and a crash before the
    /// data reaches the disk costs one rebuild, as with Hugo or mdBook, which do not
    /// `fsync` either.
    static func writeNewFile(_ bytes: [UInt8], at path: String) throws {
        var descriptor: Int32
        repeat { descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { throw SystemCallError(call: "open") }
        var failure: SystemCallError?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = SystemCallError(call: "write")
                    return
                }
                offset += written
            }
        }
        // close reports a write that failed late (NFS, a full quota): a file that did not
        // close cleanly is not written. EINTR is not such a failure: on Linux the
        // descriptor is closed by then, and the data was handed over.
        if close(descriptor) != 0, errno != EINTR, failure == nil { failure = SystemCallError(call: "close") }
        if let failure {
            // No half-written file stays behind to make the next try fail with EEXIST.
            unlink(path)
            throw failure
        }
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
extension POSIX {
    /// Linux `renameat2`, found by name at run time.
    ///
    /// Why not call it directly: glibc declares it in `<stdio.h>` only under `_GNU_SOURCE`,
    /// which Swift's Glibc module is not built with, so Swift cannot see it. The symbol is
    /// in glibc since 2.28; `dlsym` with a null handle (`RTLD_DEFAULT`) finds it in the
    /// libraries already loaded, and where it finds nothing (glibc before 2.28, a statically
    /// linked binary) the answer is nil: no exchange, two renames.
    fileprivate enum Renameat2 {
        typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

        /// Looked up once, on first use (Swift initialises a static `let` once, thread-safely).
        static let function: Function? = {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: Function.self)
        }()

        /// `RENAME_EXCHANGE` (`1 << 1`), declared beside `renameat2` and hidden the same way.
        static let exchangeFlag: UInt32 = 2
    }
}
#endif
