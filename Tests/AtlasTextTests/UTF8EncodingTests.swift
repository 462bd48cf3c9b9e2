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
}
