extension MarkupText {
    /// The UTF-8 of U+FFFD, what a forbidden character becomes: `EF BF BD`.
    public static let replacementUTF8: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// The length in bytes of the forbidden character (see the policy on ``MarkupText``)
    /// that starts at `index` of valid UTF-8 `bytes`, or 0 when the character there is
    /// allowed or `index` is inside a character.
    ///
    /// The policy's characters spelt as UTF-8, so that a scan needs no decoding:
    /// - one byte: `00`–`08`, `0B`, `0C`, `0E`–`1F`, `7F`;
    /// - two: `C2 80`–`C2 9F` (the C1 controls);
    /// - three: `EF B7 90`–`EF B7 AF` (U+FDD0–U+FDEF), `EF BF BE` and `EF BF BF`;
    /// - four: the last two code points of planes 1–16, whose low 16 bits are all ones
    ///   but the last: `F? ?F BF BE` and `F? ?F BF BF`.
    ///
    /// ```swift
    /// Array("a\u{85}".utf8).withUnsafeBufferPointer { MarkupText.forbiddenLength(in: $0, at: 1) }  // 2
    /// ```
    @inlinable
    public static func forbiddenLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        switch lead {
        case 0x09, 0x0A, 0x0D: return 0
        case 0x00...0x1F, 0x7F: return 1
        case 0xC2:
            return index + 1 < bytes.count && bytes[index + 1] <= 0x9F ? 2 : 0
        case 0xEF:
            guard index + 2 < bytes.count else { return 0 }
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0xB7, (0x90...0xAF).contains(third) { return 3 }
            return second == 0xBF && third >= 0xBE ? 3 : 0
        case 0xF0...0xF4:
            guard index + 3 < bytes.count else { return 0 }
            return bytes[index + 1] & 0x0F == 0x0F && bytes[index + 2] == 0xBF && bytes[index + 3] >= 0xBE ? 4 : 0
        default: return 0
        }
    }

    /// Whether `byte` may start a forbidden character: a cheap test that lets a scan copy
    /// runs of other bytes at once. True for every lead byte ``forbiddenLength(in:at:)``
    /// can answer more than 0 for.
    @inlinable
    public static func mayStartForbidden(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xC2 || byte == 0xEF
            || byte >= 0xF0
    }

    /// The index of the first forbidden character in `bytes` (valid UTF-8), or nil.
    ///
    /// Sixteen bytes at a time (``mayStartForbidden(in:)``): a whole page is asked this.
    /// A block is read byte by byte only when one of its bytes may start a forbidden
    /// character, which in a page is the rare `C2`, `EF` or `F0`–`F4` of a non-ASCII
    /// character (full-width punctuation such as `，` is `EF BC 8C`): never a tab, a line
    /// break or a CJK ideograph. (The eight-byte word test this replaces could not leave
    /// those out, and sent 18 % of a page's words, and nearly all of a Chinese page, to the
    /// byte loop: 4.8 instructions a byte in all.)
    @inlinable
    public static func firstForbidden(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        if let base = bytes.baseAddress {
            while index + 16 <= bytes.count {
                if mayStartForbidden(in: UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)) {
                    for offset in index..<(index + 16)
                    where mayStartForbidden(bytes[offset]) && forbiddenLength(in: bytes, at: offset) > 0 {
                        return offset
                    }
                }
                index += 16
            }
        }
        while index < bytes.count {
            if mayStartForbidden(bytes[index]), forbiddenLength(in: bytes, at: index) > 0 { return index }
            index += 1
        }
        return nil
    }

    /// Whether ``mayStartForbidden(_:)`` holds for any of sixteen bytes.
    ///
    /// Each test is exact within its own lane and leaves its answer in the lane's top bit,
    /// with wrapping arithmetic, `&`, `|` and `^` only: lanes do not carry into each other,
    /// and those operations become single SSE instructions, where the comparison
    /// operators (`.<`, `.==`) are compiled into a loop over the lanes. In a lane `b`:
    /// - `b < 0x20`: `~b & (b &- 0x20)`, as `b - 0x20` wraps past 0x80 only below 0x20 (or
    ///   from 0xA0 up, which `~b` rules out);
    /// - `b == c`: with `t = b ^ c`, `~t & (t &- 1)`, whose top bit is set only for `t == 0`;
    /// - `b >= 0xF0`: `b & ~(b &+ 0x10)`: from 0xF0 up, `b + 0x10` wraps below 0x80; below
    ///   0x70 it is below 0x80 too, but then `b` itself rules the lane out.
    @inlinable @inline(__always)
    static func mayStartForbidden(in block: SIMD16<UInt8>) -> Bool {
        @inline(__always) func equal(_ value: UInt8) -> SIMD16<UInt8> {
            let difference = block ^ SIMD16(repeating: value)
            return ~difference & (difference &- SIMD16(repeating: 1))
        }
        let below = ~block & (block &- SIMD16(repeating: 0x20))
        let control = below & ~(equal(0x09) | equal(0x0A) | equal(0x0D))
        let top = block & ~(block &+ SIMD16(repeating: 0x10))
        let lanes = (control | equal(0x7F) | equal(0xC2) | equal(0xEF) | top) & SIMD16(repeating: 0x80)
        let halves = unsafeBitCast(lanes, to: (UInt64, UInt64).self)
        return halves.0 | halves.1 != 0
    }

    /// Appends `bytes` (valid UTF-8) to `out` with every forbidden character replaced by
    /// U+FFFD, copying the runs between them whole.
    public static func appendReplacingForbiddenCharacters(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard mayStartForbidden(bytes[index]) else {
                index += 1
                continue
            }
            let length = forbiddenLength(in: bytes, at: index)
            guard length > 0 else {
                index += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
            out.append(contentsOf: replacementUTF8)
            index += length
            copied = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
    }
}
