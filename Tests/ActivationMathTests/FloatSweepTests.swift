import ActivationMath
import Foundation
import Testing

/// Protects DESIGN §6 for Float everywhere, not only at the committed vectors: every Float
/// result within 1 ulp of the correctly rounded one, over dense sweeps for tanh and for
/// elu with a small α (issue 12), and over Floats of every magnitude for every function.
///
/// The references are Double computations within a few Double ulps (2^(−29) of a Float
/// ulp), so a Float that is within 1 ulp of the reference's rounding, or of the other
/// candidate where the reference lies next to a midpoint, is within 1 ulp of the exact
/// value's rounding.
@Suite("Float within 1 ulp everywhere")
struct FloatSweepTests {
    @Test("tanh: every 397th Float of magnitude 2^−13 to 2^5, and every Float in [0.5, 0.5 + 2^−9)")
    func tanhSweep() throws {
        let f = try activation("tanh")
        // Foundation's Double tanh (libm), independent of ActivationMath's kernel; sech² as
        // (2/(e^x + e^−x))², a few Double roundings.
        let xs = Self.floats(from: 0x1p-13, to: 0x1p5, stride: 397) + Self.floats(from: 0.5, to: 0.5 + 0x1p-9, stride: 1)
        // glibc's tanhf, which the Float path used before, is 2 ulp off at 0.24 % of the
        // Floats in [2^−13, 32].
        let failures = sweep(xs) { x in
            let sech = 2 / (Foundation.exp(x) + Foundation.exp(-x))
            return (Foundation.tanh(x), sech * sech)
        } check: { x in
            (f.value(x), f.derivative(x))
        }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(10).joined(separator: "\n"))")
    }

    @Test("elu(alpha=0.001): every 601st Float in [−104, −2^−20] and every Float in [−1, −1 + 2^−9)")
    func smallAlphaELUSweep() throws {
        let f = try activation("elu(alpha=0.001)")
        // Float(0.001)·expm1f(x), the Float path before, is 2 ulp off at 1.2 % of the
        // Floats in [−32, −2^−13].
        let negative = (Self.floats(from: 0x1p-20, to: 104, stride: 601) + Self.floats(from: 1 - 0x1p-9, to: 1, stride: 1)).map { -$0 }
        // libm's expm1 and exp in Double; 0.001 as its nearest Double, 2^(−53) from the
        // decimal, far below a Float ulp.
        let failures = sweep(negative) { x in
            (0.001 * Foundation.expm1(x), 0.001 * Foundation.exp(x))
        } check: { x in
            (f.value(x), f.derivative(x))
        }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(10).joined(separator: "\n"))")
    }

    /// Every reference of the vector files, and small parameters whose Float rounding alone
    /// would cost half an ulp.
    static let references: [String] =
        ReferenceVectorTests.references + ["elu(alpha=0.001)", "celu(alpha=0.001)", "silu(beta=0.001)", "softplus(beta=0.001)"]

    @Test("2,000 Floats of every magnitude against the Double evaluation", arguments: references)
    func everyMagnitude(reference: String) throws {
        let f = try activation(reference)
        var generator = SplitMix64(seed: UInt64(reference.utf8.count) &* 7919 &+ UInt64(reference.utf8.first ?? 0))
        // Uniform bit patterns are log-uniform in magnitude: subnormals to 3e38, both signs.
        let xs =
            (0..<2_000).map { _ in Float(bitPattern: UInt32(truncatingIfNeeded: generator.next())) }
            .filter { $0.isFinite } + [0, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude]
        // The Double path is within 1 Double ulp of the exact value (ReferenceVectorTests
        // and the kernels' error bounds), far inside half a Float ulp.
        let failures = sweep(xs) { x in
            (f.value(at: x), f.derivative(at: x))
        } check: { x in
            (f.value(x), f.derivative(x))
        }
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(10).joined(separator: "\n"))")
    }

    /// Floats of magnitude in [low, high), every `stride`-th bit pattern.
    static func floats(from low: Float, to high: Float, stride step: UInt32) -> [Float] {
        Swift.stride(from: low.bitPattern, to: high.bitPattern, by: Int(step)).map { Float(bitPattern: $0) }
    }

    /// The xs whose Float value or derivative is more than 1 ulp from the reference's.
    private func sweep(
        _ xs: [Float], reference: (Double) -> (Double, Double), check: (Float) -> (Float, Float)
    ) -> [String] {
        var failures: [String] = []
        for x in xs {
            let (value, derivative) = check(x)
            let (expectedValue, expectedDerivative) = reference(Double(x))
            if !withinOneULP(value, of: expectedValue) {
                failures.append("x=\(x) (\(x.bitPattern)): value \(value), expected \(expectedValue)")
            }
            if !withinOneULP(derivative, of: expectedDerivative) {
                failures.append("x=\(x) (\(x.bitPattern)): derivative \(derivative), expected \(expectedDerivative)")
            }
        }
        return failures
    }

    /// Whether `result` is within 1 ulp of the Float nearest to the exact value, given a
    /// reference within a few Double ulps of it: the nearest Float to the reference, or,
    /// when the reference lies within 2^(−20) ulp of a midpoint, the Float on its other side.
    private func withinOneULP(_ result: Float, of reference: Double) -> Bool {
        let rounded = Float(reference)
        if ulpDistance(result, rounded) <= 1 { return true }
        guard rounded.isFinite, reference.isFinite else { return false }
        let other = Double(rounded) < reference ? rounded.nextUp : rounded.nextDown
        let midpoint = (Double(rounded) + Double(other)) / 2
        let ulp = abs(Double(other) - Double(rounded))
        return abs(reference - midpoint) <= 0x1p-20 * ulp && ulpDistance(result, other) <= 1
    }
}
