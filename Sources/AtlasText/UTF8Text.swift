#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings made from long UTF-8 text, such as a lesson's page, in pieces.
public enum UTF8Text {
    /// The length of a piece: short enough that most pieces of a page are all ASCII, long
    /// enough that joining them costs little (measured: 28 % of the 1 KB pieces of the
    /// benchmark course's pages hold a byte beyond ASCII, 42 % of 4 KB ones).
    @usableFromInline static let pieceLength = 1_024

    /// `String(decoding: bytes, as: UTF8.self)`, the same text (invalid bytes included,
    /// each maximal subpart of an invalid sequence one U+FFFD, so that `80 80` is two)
    /// made faster when most of it is ASCII.
    ///
    /// ```swift
    /// let bytes = Array(("<svg>" + String(repeating: "x", count: 3_000) + "−1</svg>").utf8)
    /// bytes.withUnsafeBufferPointer { UTF8Text.string($0) }  // the same as String(decoding:as:)
    /// ```
    ///
    /// Why: the standard library checks that the bytes are UTF-8 whenever it makes a
    /// String of them, eight bytes at a time while they are ASCII, but from the start
    /// again and byte by byte (about 3.6 instructions a byte) once it meets one byte that
    /// is not. A page of SVG with one `−` in a tick label took the slow path for all of its
    /// 80 KB: 4.4 % of the benchmark course's build. Made 1 KB at a time, the ASCII pieces
    /// keep the fast path; appending a String to a String copies it unchecked.
    ///
    /// A piece ends before a byte that is not a continuation byte (`10xxxxxx`): such a
    /// byte starts a new character or a new invalid run, so the pieces' decodings joined
    /// are the decoding of the whole. (Only where no such byte lies within a piece's
    /// length, which valid UTF-8 never has, is it cut at its length, inside a run of
    /// continuation bytes that are invalid either way, one U+FFFD each.)
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > 2 * pieceLength else { return String(decoding: bytes, as: UTF8.self) }
        var text = ""
        text.reserveCapacity(bytes.count)
        var start = 0
        while start < bytes.count {
            var end = min(start + pieceLength, bytes.count)
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if end == start { end = start + pieceLength }
            text += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            start = end
        }
        return text
    }

    /// The text of `bytes` when they are UTF-8, else nil: `String(validating: bytes, as:
    /// UTF8.self)`, made faster for the many short texts a cache file holds.
    ///
    /// ```swift
    /// [0x61, 0xE2, 0x88, 0x92].withUnsafeBufferPointer { UTF8Text.validated($0) }  // "a−"
    /// [0x61, 0xE2, 0x88].withUnsafeBufferPointer { UTF8Text.validated($0) }        // nil
    /// ```
    ///
    /// Why: `String(validating:as:)` is generic over the encoding and the standard
    /// library does not specialise it, so each call looks up type metadata and witnesses
    /// before it checks a byte: about 80 ns a call, a tenth of reading the search index's
    /// 300,000 terms back from the cache. This decodes with ``string(_:)`` (specialised,
    /// repairing) and compares the bytes: up to the first invalid sequence the decoded
    /// bytes are the input's, and there the decoder writes U+FFFD (`EF BF BD`), which the
    /// input cannot hold at that place (those bytes would have been a valid character).
    /// So the bytes are the same exactly when the input is UTF-8.
    public static func validated(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var text = string(bytes)
        let same = text.withUTF8 { made in
            guard made.count == bytes.count, let start = made.baseAddress, let other = bytes.baseAddress else {
                return made.count == bytes.count
            }
            return memcmp(start, other, bytes.count) == 0
        }
        return same ? text : nil
    }

    /// ``string(_:)`` of an array's bytes.
    public static func string(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { string($0) }
    }
}
