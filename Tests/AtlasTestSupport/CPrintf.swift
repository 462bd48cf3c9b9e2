#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// C's own `snprintf` (glibc's on Linux, Darwin's libc on macOS): the independent
/// reference that number formatters are checked against, digit for digit.
///
/// Both libraries print the exact decimal expansion of a binary value, correctly
/// rounded (half to even on true ties), in the C locale unless a program changes it.
///
/// ```swift
/// cPrintf("%.*g", 4, 0.0024731)   // "0.002473"
/// ```
public func cPrintf(_ format: String, _ arguments: any CVarArg...) -> String {
    // Room for the longest %f of a Double (309 integer digits) with many decimals.
    var buffer = [CChar](repeating: 0, count: 2048)
    let length = withVaList(arguments) { list in
        buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, format, list) }
    }
    precondition(length >= 0 && Int(length) < buffer.count, "snprintf(\(format)) failed or needs more room")
    return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
