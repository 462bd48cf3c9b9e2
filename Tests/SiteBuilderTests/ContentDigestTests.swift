import Testing

@testable import SiteBuilder

/// Protects the build cache's names: ContentDigest is MurmurHash3 x64-128 exactly, so
/// that a digest means the same bytes in every build and on every machine.
@Suite struct ContentDigestTests {
    @Test(
        "Digests equal the reference implementation's",
        arguments: [
            ("", "00000000000000000000000000000000"),
            ("a", "897859f6655555855a890e51483ab5e6"),
            ("hello", "029bbd41b3a7d8cb191dae486a901e5b"),
            ("The quick brown fox jumps over the lazy dog", "6c1b07bc7bbc4be347939ac4a93c437a"),
        ])
    func vectors(text: String, hex: String) {
        #expect(ContentDigest.of(text).hex == hex)
    }

    @Test("Every tail length, and SMHasher's verification value 0x6384BA69")
    func verification() {
        // SMHasher: the digests of [], [0], [0, 1], … [0 … 254], each with seed 256 − length,
        // one after the other, digested with seed 0; the first four bytes, little-endian.
        var all: [UInt8] = []
        for length in 0..<256 {
            let key = (0..<length).map { UInt8($0) }
            let digest = key.withUnsafeBytes { ContentDigest.of($0, seed: UInt64(256 - length)) }
            var writer = CacheWriter()
            writer.write(digest)
            all += writer.bytes
        }
        let final = ContentDigest.of(all)
        #expect(UInt32(truncatingIfNeeded: final.low) == 0x6384_BA69)
        #expect(ContentDigest.of((0..<31).map { UInt8($0) }).hex == "94d02ca3e1d33d05905400b4ef9ae59e")
    }
}
