/// A 128-bit digest of bytes, the name of everything the build cache holds: MurmurHash3
/// x64-128 (Austin Appleby, SMHasher, public domain), seed 0, its two words little-endian.
///
/// Not a cryptographic hash: the cache is the author's own, on their own disk, and a
/// digest only decides whether a stored result is reused. What matters is speed (a
/// build with nothing changed digests every lesson, 6 MB for 1,000 lessons, in a few
/// milliseconds, where SHA-256 written in Swift would take ten times as long) and that
/// two different inputs never meet by accident: with 128 bits, a cache of a billion
/// entries meets a collision with a probability near 10⁻²¹.
///
/// Checked against the reference implementation's vectors and its SMHasher
/// verification value (`ContentDigestTests`).
///
/// ```swift
/// ContentDigest.of(Array("hello".utf8)).hex  // "029bbd41b3a7d8cb191dae486a901e5b"
/// ```
struct ContentDigest: Hashable, Sendable {
    var low: UInt64
    var high: UInt64

    /// The digest of `bytes`.
    static func of(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> ContentDigest {
        let c1: UInt64 = 0x87c3_7b91_1142_53d5, c2: UInt64 = 0x4cf5_ad43_2745_937f
        var h1 = seed, h2 = seed
        let count = bytes.count
        let blocks = count / 16
        for block in 0..<blocks {
            var k1 = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: block * 16, as: UInt64.self))
            var k2 = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: block * 16 + 8, as: UInt64.self))
            k1 &*= c1
            k1 = rotate(k1, 31)
            k1 &*= c2
            h1 ^= k1
            h1 = rotate(h1, 27) &+ h2
            h1 = h1 &* 5 &+ 0x52dc_e729
            k2 &*= c2
            k2 = rotate(k2, 33)
            k2 &*= c1
            h2 ^= k2
            h2 = rotate(h2, 31) &+ h1
            h2 = h2 &* 5 &+ 0x3849_5ab5
        }
        let tail = blocks * 16
        let rest = count - tail
        if rest > 8 {
            var k2: UInt64 = 0
            for index in stride(from: rest - 1, through: 8, by: -1) { k2 = k2 << 8 | UInt64(bytes[tail + index]) }
            k2 &*= c2
            k2 = rotate(k2, 33)
            k2 &*= c1
            h2 ^= k2
        }
        if rest > 0 {
            var k1: UInt64 = 0
            for index in stride(from: min(rest, 8) - 1, through: 0, by: -1) { k1 = k1 << 8 | UInt64(bytes[tail + index]) }
            k1 &*= c1
            k1 = rotate(k1, 31)
            k1 &*= c2
            h1 ^= k1
        }
        h1 ^= UInt64(count)
        h2 ^= UInt64(count)
        h1 &+= h2
        h2 &+= h1
        h1 = mix(h1)
        h2 = mix(h2)
        h1 &+= h2
        h2 &+= h1
        return ContentDigest(low: h1, high: h2)
    }

    static func of(_ bytes: [UInt8]) -> ContentDigest {
        bytes.withUnsafeBytes { of($0) }
    }

    /// The digest of `text`'s UTF-8 bytes.
    static func of(_ text: String) -> ContentDigest {
        var text = text
        return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
    }

    /// 32 lower-case hex digits, the bytes in order (`low` first, each little-endian),
    /// as the reference implementation prints them: a file name in the cache.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(32)
        for word in [low, high] {
            for byte in 0..<8 {
                let value = Int(word >> (UInt64(byte) * 8) & 0xff)
                text.append(digits[value >> 4])
                text.append(digits[value & 15])
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        value << count | value >> (64 - count)
    }

    /// MurmurHash3's finalisation: every input bit reaches every output bit.
    private static func mix(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k &*= 0xff51_afd7_ed55_8ccd
        k ^= k >> 33
        k &*= 0xc4ce_b9fe_1a85_ec53
        k ^= k >> 33
        return k
    }
}
