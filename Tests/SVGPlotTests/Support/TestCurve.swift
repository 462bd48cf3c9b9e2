import Foundation

/// Functions for the sampler's tests, written out as closures (SVGPlot never sees an
/// activation): the value, the derivative where a test needs it, and the kinks.
///
/// Faithful to the catalogue's definitions, though not to its last ulp: the tests measure
/// the sampler against these closures themselves.
struct TestCurve: Sendable {
    var value: @Sendable (Double) -> Double
    var derivative: (@Sendable (Double) -> Double)?
    var kinks: [Double] = []

    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
    static func softplus(_ x: Double) -> Double { x > 30 ? x : log1p(exp(x)) }

    static let named: [String: TestCurve] = [
        "hardtanh": TestCurve(value: { min(max($0, -1), 1) }, kinks: [-1, 1]),
        "leaky_relu": TestCurve(value: { $0 < 0 ? 0.2 * $0 : $0 }, kinks: [0]),
        "relu6": TestCurve(value: { min(max($0, 0), 6) }, kinks: [0, 6]),
        "hardsigmoid": TestCurve(value: { $0 <= -3 ? 0 : $0 >= 3 ? 1 : $0 / 6 + 0.5 }, kinks: [-3, 3]),
        "identity": TestCurve(value: { $0 }),
        "sigmoid": TestCurve(value: sigmoid, derivative: { sigmoid($0) * (1 - sigmoid($0)) }),
        "tanh": TestCurve(value: tanh, derivative: { 1 - tanh($0) * tanh($0) }),
        "gelu": TestCurve(
            value: { 0.5 * $0 * (1 + erf($0 / 2.0.squareRoot())) },
            derivative: { 0.5 * (1 + erf($0 / 2.0.squareRoot())) + $0 * exp(-$0 * $0 / 2) / (2 * Double.pi).squareRoot() }),
        "mish": TestCurve(
            value: { $0 * tanh(softplus($0)) },
            derivative: { x in
                let t = tanh(softplus(x))
                return t + x * (1 - t * t) * sigmoid(x)
            }),
        "gaussian": TestCurve(value: { exp(-$0 * $0) }, derivative: { -2 * $0 * exp(-$0 * $0) }),
        "sinc": TestCurve(
            value: { $0 == 0 ? 1 : sin($0) / $0 },
            derivative: { $0 == 0 ? 0 : (cos($0) * $0 - sin($0)) / ($0 * $0) }),
        "softplus": TestCurve(value: softplus, derivative: sigmoid),
    ]
}
