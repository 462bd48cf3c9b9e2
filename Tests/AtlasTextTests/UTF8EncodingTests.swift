import AtlasText
import Testing

/// `UTF8Encoding.append` against the standard library's own encoding (`Unicode.Scalar.utf8`).
struct UTF8EncodingTests {
    @Test("Every scalar appends the bytes of its standard UTF-8 view, after what was there")
    func everyScalar() {
        var bytes: [UInt8] = []
        var expected: [UInt8] = []
        for value in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }  // the surrogates
            bytes.removeAll(keepingCapacity: true)
            bytes.append(0x2A)
            UTF8Encoding.append(scalar, to: &bytes)
            expected.removeAll(keepingCapacity: true)
            expected.append(0x2A)
            expected.append(contentsOf: scalar.utf8)
            if bytes != expected {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)): \(bytes) is not \(expected)")
                return
            }
        }
    }

    @Test("Every scalar decodes from its standard UTF-8 bytes, between others, with its length")
    func everyScalarDecodes() {
        for value in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }  // the surrogates
            let bytes = [0x2A] + Array(scalar.utf8) + [0x2A]
            let (decoded, length) = bytes.withUnsafeBufferPointer { UTF8Encoding.scalar(in: $0, at: 1) }
            if decoded != scalar || length != scalar.utf8.count {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)): \(decoded) of length \(length)")
                return
            }
        }
    }

    @Test("Cut-off and invalid bytes give a scalar and a length of one to four bytes, never a trap")
    func truncated() {
        for bytes: [UInt8] in [[0xC3], [0xE4, 0xB8], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF]] {
            let (_, length) = bytes.withUnsafeBufferPointer { UTF8Encoding.scalar(in: $0, at: 0) }
            #expect((1...4).contains(length))
        }
    }
}
