import ActivationMath
import RealModule
import Testing

/// Protects the accuracy contract (DESIGN §6): values and derivatives within 1 ulp of the
/// correctly rounded mpmath references, in Double and in Float.
@Suite("Reference vectors")
struct ReferenceVectorTests {
    static let tolerance: UInt64 = 1

    static let references = [
        "sigmoid", "tanh", "relu", "leaky_relu", "leaky_relu(negative_slope=0.2)", "elu", "elu(alpha=0.5)",
    ]

    @Test("Double within 1 ulp", arguments: references)
    func double(reference: String) throws {
        try check(Double.self, file: "double.tsv", reference: reference)
    }

    @Test("Float within 1 ulp", arguments: references)
    func float(reference: String) throws {
        try check(Float.self, file: "float.tsv", reference: reference)
    }

    @Test("Every reference in the vector files is covered")
    func coverage() throws {
        for file in ["double.tsv", "float.tsv"] {
            let names = Set(try loadVectors(file).map(\.reference))
            #expect(names == Set(Self.references), "\(file)")
        }
    }

    /// The generic check, run for Float and Double: every vector of `reference` in `file`.
    private func check<T: ActivationFloat>(_: T.Type, file: String, reference: String) throws {
        let f = try activation(reference)
        let vectors = try loadVectors(file).filter { $0.reference == reference }
        #expect(vectors.count > 500)
        var failures: [String] = []
        for v in vectors {
            // Float vectors hold Float-representable x and binary32-rounded references,
            // so these conversions are exact.
            let x = T(v.x)
            if Double(x) != v.x {
                failures.append("\(file):\(v.line) x=\(v.x) is not representable in \(T.self)")
            }
            let value = f.value(x)
            let derivative = f.derivative(x)
            let valueError = ulpDistance(value, T(v.value))
            let derivativeError = ulpDistance(derivative, T(v.derivative))
            if valueError > Self.tolerance {
                failures.append("\(file):\(v.line) \(reference) x=\(x): value \(value), expected \(T(v.value)) (\(valueError) ulp)")
            }
            if derivativeError > Self.tolerance {
                failures.append("\(file):\(v.line) \(reference) x=\(x): derivative \(derivative), expected \(T(v.derivative)) (\(derivativeError) ulp)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(20).joined(separator: "\n"))")
    }
}
