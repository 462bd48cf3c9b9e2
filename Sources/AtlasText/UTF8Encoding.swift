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
}
