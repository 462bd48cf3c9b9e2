import Foundation
import Testing

@testable import SVGPlot

/// A function that counts its calls, and the calls at an x it was called at before: for
/// the tests that each curve is sampled once.
///
/// ```swift
/// let counter = CountingFunction { $0 * $0 }
/// _ = Plot.draw([PlotCurve(id: "sq", label: "x²", function: counter.function)], options: options)
/// counter.repeated   // 0
/// ```
final class CountingFunction {
    private let f: (Double) -> Double
    private var seen: Set<UInt64> = []
    /// Calls so far.
    private(set) var count = 0
    /// Calls at an x (bit for bit) called at before.
    private(set) var repeated = 0

    init(_ f: @escaping (Double) -> Double) {
        self.f = f
    }

    /// The function, counting.
    var function: (Double) -> Double {
        { [self] x in
            count += 1
            if !seen.insert(x.bitPattern).inserted { repeated += 1 }
            return f(x)
        }
    }
}

/// A curve that is hard to sample, with what `PlotCurve` needs to know of it.
struct HardCurve: Sendable, CustomTestStringConvertible {
    var name: String
    var x: ClosedRange<Double>
    var kinks: [Double] = []
    var jumps: [Double] = []
    var findsJumps = false
    var f: @Sendable (Double) -> Double
    var testDescription: String { name }

    /// Oscillates ever faster towards 0, a steep gate, poles, jumps listed and found, a
    /// peak too narrow for the first look, a corner, and a wave that could alias.
    static let all: [HardCurve] = [
        HardCurve(name: "sin(1/x)", x: 0.05...1) { sin(1 / $0) },
        HardCurve(name: "1/x, pole found", x: -1...2, findsJumps: true) { 1 / $0 },
        HardCurve(name: "tan, poles found", x: -4...4, findsJumps: true) { tan($0) },
        HardCurve(name: "steep sigmoid", x: -1...1) { 1 / (1 + exp(-60 * $0)) },
        HardCurve(name: "binary step, jump listed", x: -2...2, jumps: [0]) { $0 < 0 ? 0 : 1 },
        HardCurve(name: "floor, jumps found", x: -2.5...2.5, findsJumps: true) { ($0).rounded(.down) },
        HardCurve(name: "narrow peak", x: -3...3) { exp(-500 * ($0 - 0.0123) * ($0 - 0.0123)) },
        HardCurve(name: "relu", x: -3...3, kinks: [0]) { max(0, $0) },
        HardCurve(name: "sin(4πx)", x: -9.5...9.5) { sin(4 * Double.pi * $0) },
    ]

    /// The curve to draw, calling `counter`'s function.
    func plotCurve(_ counter: CountingFunction) -> PlotCurve {
        PlotCurve(id: name, label: name, kinks: kinks, jumps: jumps, findsJumps: findsJumps, function: counter.function)
    }
}
