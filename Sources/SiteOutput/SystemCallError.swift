import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
