import ActivationMath
import Foundation
import Testing

/// Distance between two floating-point values in units in the last place.
///
/// Both values are mapped to their position in the ordered sequence of representable
/// values of `T` (magnitude bits as an integer, negated for negative numbers), so the
/// distance counts how many representable values lie between them. Consequences:
/// - +0 and −0 share position 0 and are equal (distance 0).
/// - In the subnormal range neighbouring values are exactly `leastNonzeroMagnitude` apart,
///   so when the reference is 0 or subnormal this is the absolute distance in units of
///   the smallest subnormal: the ulp of the subnormal scale, the only meaningful unit
///   where relative error is unbounded (a result of 1 subnormal against a reference of 0
///   is 1 ulp off, not infinitely wrong).
/// - Across a power of two the count uses the finer ulp of the smaller side, which is
///   the stricter choice.
/// Two NaNs are at distance 0; NaN against a number is at distance `UInt64.max`.
func ulpDistance<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> UInt64 {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : .max }
    let (pa, sa) = position(a)
    let (pb, sb) = position(b)
    if sa == sb || pa == 0 || pb == 0 { return pa > pb ? pa - pb : pb - pa }
    let (sum, overflow) = pa.addingReportingOverflow(pb)
    return overflow ? .max : sum
}

/// Magnitude position and sign of a non-NaN value.
private func position<T: BinaryFloatingPoint>(_ x: T) -> (UInt64, Bool) {
    let magnitude =
        UInt64(x.exponentBitPattern) << UInt64(T.significandBitCount)
        | UInt64(x.significandBitPattern)
    return (magnitude, x.sign == .minus)
}

/// One line of a committed reference-vector file.
struct ReferenceVector: Sendable {
    var reference: String
    var x: Double
    var value: Double
    var derivative: Double
    /// An absolute tolerance for the derivative near a zero of f′, where a relative
    /// (ulp) measure is meaningless: the generator's 5th column, 0 elsewhere.
    var derivativeAbsoluteTolerance: Double
    var line: Int
}

/// Reads `Vectors/<name>` beside this source file (the files are not bundled resources).
func loadVectors(_ name: String, filePath: String = #filePath) throws -> [ReferenceVector] {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Vectors").appendingPathComponent(name)
    let text = try String(contentsOf: url, encoding: .utf8)
    var vectors: [ReferenceVector] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if line.isEmpty || line.hasPrefix("#") { continue }
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 4 || fields.count == 5, let x = Double(String(fields[1])),
            let value = Double(String(fields[2])), let derivative = Double(String(fields[3]))
        else {
            throw VectorFileError(message: "\(name):\(index + 1): malformed line '\(line)'")
        }
        let tolerance = fields.count == 5 ? Double(String(fields[4])) ?? 0 : 0
        vectors.append(
            ReferenceVector(
                reference: String(fields[0]), x: x, value: value, derivative: derivative,
                derivativeAbsoluteTolerance: tolerance, line: index + 1))
    }
    return vectors
}

struct VectorFileError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Unwraps a resolution that the test expects to succeed, as a test failure rather than a trap.
func activation(_ reference: String) throws -> any Activation {
    try Catalog.resolve(reference).get()
}

/// Expects `f`'s value and derivative within 1 ulp of `reference` at every x, and
/// prints the worst distance of each (how close to the bound the code runs).
///
/// - Parameter reference: the value and the derivative at x from an independent,
///   more precise computation (2^−100 double-double in `FastPathTests` and `SincKernelTests`).
func expectWithinOneUlp(
    _ name: String, _ f: any Activation, at points: some Sequence<Double>,
    reference: (Double) -> (value: Double, slope: Double),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    var failures: [String] = []
    var worst: (value: UInt64, slope: UInt64) = (0, 0)
    for x in points {
        let (v, d) = (f.value(x), f.derivative(x))
        let (rv, rd) = reference(x)
        let (ev, ed) = (ulpDistance(v, rv), ulpDistance(d, rd))
        worst = (max(worst.value, ev), max(worst.slope, ed))
        if ev > 1 { failures.append("\(name)(\(x)) = \(v), reference \(rv) (\(ev) ulp)") }
        if ed > 1 { failures.append("\(name)′(\(x)) = \(d), reference \(rd) (\(ed) ulp)") }
    }
    print("worst ulp against the 2^−100 reference, \(name): value \(worst.value), derivative \(worst.slope)")
    #expect(
        failures.isEmpty, "\(failures.count) failures:\n\(failures.prefix(10).joined(separator: "\n"))",
        sourceLocation: sourceLocation)
}
