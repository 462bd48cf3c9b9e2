import AtlasTestSupport
import AtlasText
import Testing

/// `UTF8Text.string` against the standard library's `String(decoding:as:)`, byte for
/// byte (not `==`, which would call canonically equivalent texts equal), on pages whose
/// characters and invalid bytes fall on every side of the 1 KB pieces.
struct UTF8TextTests {
    /// What a page is made of: ASCII runs, characters of two to four bytes, and bytes
    /// that are not UTF-8 (a stray continuation, a lead byte without its continuations,
    /// an overlong form, a surrogate's encoding, a byte that never occurs).
    static let pieces: [[UInt8]] = [
        Array("<path d=\"M0 0L1 1\"/>\n".utf8), Array("x".utf8), Array("é".utf8), Array("−".utf8), Array("中文".utf8),
        Array("😀".utf8), Array("\u{85}".utf8), [0x80], [0xBF, 0xBF], [0xE2], [0xE2, 0x88], [0xF0, 0x9F, 0x98], [0xC0, 0xAF],
        [0xED, 0xA0, 0x80], [0xFF], [0xF4, 0x90, 0x80, 0x80],
    ]

    static func expectSame(_ bytes: [UInt8], _ comment: Comment) {
        let made = UTF8Text.string(bytes), expected = String(decoding: bytes, as: UTF8.self)
        #expect(Array(made.utf8) == Array(expected.utf8), comment)
        #expect(made.count == expected.count, comment)
    }

    @Test("Random pages of valid and invalid UTF-8 decode as the standard library decodes them whole")
    func randomPages() {
        var generator = SeededGenerator(seed: 0x7E47)
        for page in 0..<300 {
            var bytes: [UInt8] = []
            let length = Int.random(in: 0...9_000, using: &generator)
            // Mostly ASCII, as a page is, or mostly other pieces, as a Chinese page is.
            let asciiShare = [0.5, 0.95, 0.999].randomElement(using: &generator)!
            while bytes.count < length {
                bytes +=
                    Double.random(in: 0..<1, using: &generator) < asciiShare
                    ? Self.pieces[0] : Self.pieces.randomElement(using: &generator)!
            }
            Self.expectSame(bytes, "page \(page), \(bytes.count) bytes")
        }
    }

    @Test("A character or an invalid run across each piece boundary", arguments: [1_024, 2_048, 3_072])
    func acrossBoundaries(boundary: Int) {
        for piece in Self.pieces.dropFirst() {
            for shift in -4...4 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: boundary + shift)
                bytes += piece
                bytes += [UInt8](repeating: UInt8(ascii: "b"), count: 2_100)
                Self.expectSame(bytes, "\(piece) at \(boundary + shift)")
            }
        }
    }

    @Test("A long run of continuation bytes, with and without a lead byte before it")
    func continuationRuns() {
        // After 2 KB of ASCII (shorter text is decoded whole), so that the forced cuts fall
        // at every piece boundary from the lead byte on.
        let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: 2_048)
        for lead: [UInt8] in [[], [0xE2], [0xF0], [UInt8(ascii: "a")]] {
            for length in [1_023, 1_024, 1_025, 5_000] {
                Self.expectSame(ascii + lead + [UInt8](repeating: 0x80, count: length) + Array("end".utf8), "\(lead) + \(length)")
            }
        }
    }

    /// `validated` against the standard library's `String(validating:as:)`: the same
    /// answer, nil or the same bytes, for short and long texts of every piece, valid or not.
    @Test("validated answers as String(validating:) does, for valid and invalid bytes")
    func validatedAsStandardLibrary() {
        var generator = SeededGenerator(seed: 0x7A11D)
        var invalid = 0
        for text in 0..<3_000 {
            var bytes: [UInt8] = []
            let length = [0, 1, 3, 15, 16, 40, 3_000].randomElement(using: &generator)!
            while bytes.count < length {
                bytes +=
                    Double.random(in: 0..<1, using: &generator) < 0.7
                    ? Array("ab".utf8) : Self.pieces.randomElement(using: &generator)!
            }
            let expected = String(validating: bytes, as: UTF8.self)
            let made = bytes.withUnsafeBufferPointer { UTF8Text.validated($0) }
            #expect(made.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "text \(text): \(bytes)")
            if expected == nil { invalid += 1 }
        }
        // Both answers were asked for often.
        #expect(invalid > 500 && invalid < 2_500)
        for bytes: [UInt8] in [[], Array("\u{FFFD}".utf8), [0xEF, 0xBF], [0xEF, 0xBF, 0xBD, 0x80], [0xF4, 0x8F, 0xBF, 0xBF]] {
            let made = bytes.withUnsafeBufferPointer { UTF8Text.validated($0) }
            #expect(made.map { Array($0.utf8) } == String(validating: bytes, as: UTF8.self).map { Array($0.utf8) }, "\(bytes)")
        }
    }
}
