import ActivationMath
import Testing

/// Pins every message of ``Catalog/resolve(_:)`` and the offset it points at.
@Suite("Reference error messages")
struct ReferenceProblemTests {
    /// (reference, message, 0-based Character offset).
    static let table: [(String, String, Int)] = [
        ("", "expected an activation name", 0),
        ("   ", "expected an activation name", 3),
        ("(alpha=1)", "expected an activation name", 0),
        ("sigmod", "unknown activation 'sigmod'; did you mean 'sigmoid'?", 0),
        ("  ReLU", "unknown activation 'ReLU'; did you mean 'relu'?", 2),
        ("logistc", "unknown activation 'logistc'; did you mean 'logistic'?", 0),
        ("foo", "unknown activation 'foo'; run 'atlas list' to see the catalogue", 0),
        ("softmax", "unknown activation 'softmax'; run 'atlas list' to see the catalogue", 0),
        ("elu(alpah=1)", "unknown parameter 'alpah' for 'elu'; did you mean 'alpha'?", 4),
        ("elu(beta=1)", "unknown parameter 'beta' for 'elu'; it takes 'alpha'", 4),
        ("leaky_relu(slope=0.2)", "unknown parameter 'slope' for 'leaky_relu'; it takes 'negative_slope'", 11),
        ("relu(alpha=1)", "'relu' takes no parameters", 5),
        ("tanh( 1 )", "'tanh' takes no parameters", 6),
        ("elu(alpha=abc)", "malformed number 'abc' for parameter 'alpha'", 10),
        ("elu(alpha=1..2)", "malformed number '1..2' for parameter 'alpha'", 10),
        ("elu(alpha=)", "expected a number for parameter 'alpha'", 10),
        ("elu(alpha=inf)", "parameter 'alpha' must be finite", 10),
        ("elu(alpha=nan)", "parameter 'alpha' must be finite", 10),
        ("elu(alpha=1e999)", "parameter 'alpha' must be finite", 10),
        ("elu(alpha=1, alpha=2)", "parameter 'alpha' is given twice", 13),
        // U+2212 is one Character: offsets count Characters, not bytes or UTF-16 units.
        ("elu(alpha=\u{2212}1, alpha=2)", "parameter 'alpha' is given twice", 14),
        ("elu(alpha=1", "expected ')' after the parameters of 'elu'", 11),
        ("elu(alpha=1 2)", "expected ')' after the parameters of 'elu'", 12),
        ("leaky_relu(negative_slope=0.2", "expected ')' after the parameters of 'leaky_relu'", 29),
        ("elu(", "expected 'name=value' in the parameters of 'elu'", 4),
        ("elu(1)", "expected 'name=value' in the parameters of 'elu'", 4),
        ("elu(alpha)", "expected 'name=value' in the parameters of 'elu'", 4),
        ("elu(alpha=1,)", "expected 'name=value' in the parameters of 'elu'", 12),
        ("elu x", "unexpected 'x' after 'elu'", 4),
        ("elu(alpha=1) x ", "unexpected 'x' after 'elu(alpha=1)'", 13),
    ]

    @Test("Message and offset", arguments: table.indices)
    func message(index: Int) {
        let (reference, message, offset) = Self.table[index]
        switch Catalog.resolve(reference) {
        case .success(let f):
            Issue.record("'\(reference)' resolved to '\(f.reference)'")
        case .failure(let error):
            #expect(error.message == message && error.offset == offset, "'\(reference)'")
            #expect(error.isUnknownName == message.hasPrefix("unknown activation"), "'\(reference)'")
        }
    }

    @Test("Messages follow the house style: no trailing period, no capital first letter")
    func style() {
        for (reference, _, _) in Self.table {
            guard case .failure(let error) = Catalog.resolve(reference) else { continue }
            #expect(!error.message.hasSuffix("."))
            #expect(error.message.first.map { !$0.isUppercase } ?? false)
            #expect(error.description == error.message)
        }
    }
}
