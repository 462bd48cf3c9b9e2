// `atlas-bench sampling`: the cost of drawing a curve to a quarter pixel
// (AdaptiveSampler) next to the baseline it replaced, 241 uniform samples, in the same
// process, on a 568 × 288 px plot area like the site's. Prints one tab-separated line
// per curve: name, µs uniform, µs adaptive, ratio, vertices uniform, vertices adaptive.
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
        let scale = PageScale(x: 568 / (x.upperBound - x.lowerBound), y: 288 / (y.upperBound - y.lowerBound), visibleY: y)
        func curve(_ mode: AdaptiveSampler.Mode) -> SampledCurve {
            AdaptiveSampler.sample(
                { f.value(at: $0) }, from: x.lowerBound, to: x.upperBound, corners: f.metadata.kinks,
                jumps: f.metadata.jumps, scale: scale, mode: mode)
        }
        let uniform = microseconds { curve(.uniform(count: 241)).vertexCount }
        let adaptive = microseconds { curve(.adaptive(findsJumps: false)).vertexCount }
        let vertices = (curve(.uniform(count: 241)).vertexCount, curve(.adaptive(findsJumps: false)).vertexCount)
        print("\(name)\t\(rounded(uniform))\t\(rounded(adaptive))\t\(rounded(adaptive / uniform))\t\(vertices.0)\t\(vertices.1)")
    }
}

private func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
