#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding one byte in a long text with C's `memchr`, which reads a vector at a time
/// where a Swift loop over a buffer reads a byte: a lesson is asked whether it holds a
/// `\r`, a `$` or a placeholder's lead byte before anything else reads it, the values of
/// a plot's attributes (a path's `d`) and its `<script>` are skipped whole, and a page's
/// contents and search sections jump from one `<` to the next.
public enum ByteSearch {
    /// The index of the first `byte` in `bytes` at or after `start`, or `bytes.count`.
    public static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress else { return bytes.count }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}
