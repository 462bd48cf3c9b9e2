#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding bytes in a long text with C's `memchr`, which reads a vector at a time where a
/// Swift loop over a buffer reads a byte: a lesson is asked whether it holds a `\r`, a
/// `$` or a placeholder's lead byte before anything else reads it, the values of a plot's
/// attributes (a path's `d`) and its `<script>` are skipped whole, and a page's contents
/// jump from one `<` to the next.
///
/// ```swift
/// Array("a <b> c".utf8).withUnsafeBufferPointer { ByteSearch.first(UInt8(ascii: "<"), in: $0, from: 0) }  // 2
/// Array("a <b> c".utf8).withUnsafeBufferPointer { ByteSearch.first(Array("b>".utf8), in: $0, from: 0) }  // 3
/// ```
///
/// Where the runs between hits are short (a few bytes), the call costs more than a
/// loop: the search sections' tokenizer keeps its own.
public enum ByteSearch {
    /// The index of the first `byte` in `bytes` at or after `start`, or `bytes.count`
    /// (also when `start` is at or past the end). `start` must not be negative.
    public static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        precondition(start >= 0, "ByteSearch.first: a negative start")
        guard start < bytes.count, let base = bytes.baseAddress else { return bytes.count }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The index of the first occurrence of `pattern`, byte for byte, starting at or after
    /// `start`, or nil; an empty pattern is found nowhere. Its first byte is found by
    /// ``first(_:in:from:)``, the rest compared there.
    public static func first(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let lead = pattern.first, bytes.count >= pattern.count else { return nil }
        let last = bytes.count - pattern.count  // the last index where the pattern fits
        var index = first(lead, in: bytes, from: start)
        while index <= last {
            if bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index = first(lead, in: bytes, from: index + 1)
        }
        return nil
    }
}
