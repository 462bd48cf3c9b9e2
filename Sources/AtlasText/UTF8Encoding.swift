/// A scalar's UTF-8 bytes, appended to a byte array without going through a collection.
public enum UTF8Encoding {
    /// Appends the UTF-8 encoding of `scalar`, one to four bytes, to `bytes`: the bytes of
    /// `bytes.append(contentsOf: scalar.utf8)`.
    ///
    /// ```swift
    /// var bytes: [UInt8] = []
    /// UTF8Encoding.append("中", to: &bytes)  // [0xE4, 0xB8, 0xAD]
    /// ```
    ///
    /// Why: to `append(contentsOf:)`, `scalar.utf8` is a collection like any other, taken
    /// through the generic path at about 190 instructions a scalar; the site's search
    /// encodes every word of every lesson (SiteBuilder's `SearchTerms` and
    /// `SearchSections`). A static function on a concrete `[UInt8]`, not an extension of
    /// `Array`: the extension ran unspecialized in the other module, a call and a generic
    /// append per byte, and made the benchmark course's search slower. Callers keep their
    /// own one-byte path for ASCII. `UTF8EncodingTests` holds it to `scalar.utf8` on every
    /// scalar.
    @inlinable
    public static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(truncatingIfNeeded: value))
        case 0x80..<0x800:
            bytes.append(0xC0 | UInt8(truncatingIfNeeded: value >> 6))
            bytes.append(0x80 | UInt8(truncatingIfNeeded: value & 0x3F))
        case 0x800..<0x1_0000:
            bytes.append(0xE0 | UInt8(truncatingIfNeeded: value >> 12))
            bytes.append(0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F))
            bytes.append(0x80 | UInt8(truncatingIfNeeded: value & 0x3F))
        default:
            bytes.append(0xF0 | UInt8(truncatingIfNeeded: value >> 18))
            bytes.append(0x80 | UInt8(truncatingIfNeeded: (value >> 12) & 0x3F))
            bytes.append(0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F))
            bytes.append(0x80 | UInt8(truncatingIfNeeded: value & 0x3F))
        }
    }

    /// The scalar whose UTF-8 encoding starts at `bytes[index]`, and its length in bytes,
    /// for bytes known to be valid UTF-8 (a String's): the lead byte tells the length,
    /// and the continuation bytes are not checked. A String's `unicodeScalars` checks
    /// nothing either, but its iterator was a third of counting a lesson's words.
    ///
    /// ```swift
    /// Array("a中".utf8).withUnsafeBufferPointer { UTF8Encoding.scalar(in: $0, at: 1) }  // ("中", 3)
    /// ```
    @inlinable
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let value: UInt32, length: Int
        switch lead {
        case 0..<0x80:
            (value, length) = (lead, 1)
        case 0..<0xE0:
            (value, length) = ((lead & 0x1F) << 6 | continuation(bytes, index + 1, 0), 2)
        case 0..<0xF0:
            (value, length) = ((lead & 0x0F) << 12 | continuation(bytes, index + 1, 6) | continuation(bytes, index + 2, 0), 3)
        default:
            (value, length) = (
                (lead & 0x07) << 18 | continuation(bytes, index + 1, 12) | continuation(bytes, index + 2, 6)
                    | continuation(bytes, index + 3, 0), 4
            )
        }
        // Never the replacement for valid UTF-8, which encodes no surrogate and nothing
        // beyond U+10FFFF; it keeps bytes that are not from trapping.
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The six payload bits of the continuation byte at `index`, shifted left by `shift`;
    /// 0 past the end.
    @inlinable
    static func continuation(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ shift: UInt32) -> UInt32 {
        index < bytes.count ? (UInt32(bytes[index]) & 0x3F) << shift : 0
    }
}
