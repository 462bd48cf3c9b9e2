// `atlas-bench sampling`: the cost of drawing a curve to a quarter pixel (SVGPlot's
// adaptive sampling) next to the baseline it replaced, 241 uniform samples (`:samples:
// 241`), in the same process: one whole `Plot.draw` each (sampling, layout, SVG), with
// the y range given, so that no first look is taken, at the site's 640 × 400 px. Prints
// one tab-separated line per curve: name, µs uniform, µs adaptive, ratio, vertices
// uniform, vertices adaptive.
import ActivationMath
import SVGPlot

/// Best time over `runs` calls of `body`, in microseconds.
func microseconds(runs: Int = 20, _ body: () -> Int) -> Double {
    var best = Double.infinity
    var sink = 0
    for _ in 0..<runs {
        let start = ContinuousClock.now
        sink &+= body()
        let elapsed = ContinuousClock.now - start
        best = min(best, Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) * 1e-12)
    }
    if sink == Int.min { print("", terminator: "") }
    return best
}

func samplingBench() {
    let cases: [(String, ClosedRange<Double>, ClosedRange<Double>)] = [
        ("sigmoid", -6...6, -0.2...1.2), ("tanh", -4...4, -1.2...1.2), ("relu", -3...3, -0.5...3.5),
        ("elu", -3...3, -1.5...3.5), ("gelu", -4...3, -0.5...3.5), ("mish", -5...2, -0.5...2.5),
        ("binary_step", -2...2, -0.2...1.2),
    ]
    print("curve\tuniform µs\tadaptive µs\tratio\tuniform vertices\tadaptive vertices")
    for (name, x, y) in cases {
        guard case .success(let f) = Catalog.resolve(name) else { continue }
        let curve = PlotCurve(id: name, label: name, kinks: f.metadata.kinks, jumps: f.metadata.jumps) { f.value(at: $0) }
        func vertices(_ samples: Int?) -> Int {
            let options = PlotOptions(xDomain: x, yDomain: y, title: name, sampleCount: samples, styling: .external)
            return Plot.draw([curve], options: options).curves.reduce(0) { $0 + $1.vertexCount }
        }
        let uniform = microseconds { vertices(241) }
        let adaptive = microseconds { vertices(nil) }
        print("\(name)\t\(rounded(uniform))\t\(rounded(adaptive))\t\(rounded(adaptive / uniform))\t\(vertices(241))\t\(vertices(nil))")
    }
}

private func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
