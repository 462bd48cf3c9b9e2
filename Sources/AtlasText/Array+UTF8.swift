extension Array where Element == UInt8 {
    /// Appends the UTF-8 encoding of `scalar`, one to four bytes: the bytes of
    /// `append(contentsOf: scalar.utf8)`.
    ///
    /// Why: to `append(contentsOf:)`, `scalar.utf8` is a collection like any other, taken
    /// through the generic path at about 190 instructions a scalar; the site's search
    /// encodes every word of every lesson this way (SiteBuilder's `SearchTerms` and
    /// `SearchSections`). `UTF8EncodingTests` holds it to `scalar.utf8` on every scalar.
    @inlinable
    public mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            append(UInt8(truncatingIfNeeded: value))
        case 0x80..<0x800:
            append(0xC0 | UInt8(truncatingIfNeeded: value >> 6))
            append(0x80 | UInt8(truncatingIfNeeded: value & 0x3F))
        case 0x800..<0x1_0000:
            append(0xE0 | UInt8(truncatingIfNeeded: value >> 12))
            append(0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F))
            append(0x80 | UInt8(truncatingIfNeeded: value & 0x3F))
        default:
            append(0xF0 | UInt8(truncatingIfNeeded: value >> 18))
            append(0x80 | UInt8(truncatingIfNeeded: (value >> 12) & 0x3F))
            append(0x80 | UInt8(truncatingIfNeeded: (value >> 6) & 0x3F))
            append(0x80 | UInt8(truncatingIfNeeded: value & 0x3F))
        }
    }
}
