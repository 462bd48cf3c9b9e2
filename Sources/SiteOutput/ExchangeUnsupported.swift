import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
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
