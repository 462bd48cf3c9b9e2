// Times every catalogue function, value and derivative, on 10^6 Doubles spread over
// [−10, 10]. Prints one tab-separated line per function: name, ns per value, ns per
// derivative (best of 5 runs), after a baseline line for the loop alone (x → x).
// `make bench` runs this and Scripts/bench.py, which puts numpy's time for the same
// functions beside it. `atlas-bench sampling` (SamplingBench.swift) times whole plots,
// `atlas-bench numbers` (NumberBench.swift) the number formatter.
import ActivationMath

/// Best time over `runs` passes of `body` over `xs`, in nanoseconds per element.
///
/// Why a function with locals rather than top-level code: globals of main.swift are
/// reached through lazy accessors, which made even the empty loop cost ~40 ns per element.
func nanoseconds(_ xs: [Double], runs: Int = 5, _ body: (Double) -> Double) -> Double {
    var best = Double.infinity
    var sink = 0.0
    for _ in 0..<runs {
        let start = ContinuousClock.now
        for x in xs { sink += body(x) }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        best = min(best, seconds)
    }
    // Using the sum keeps the optimiser from dropping the loop.
    if sink.isNaN { print("", terminator: "") }
    return best * 1e9 / Double(xs.count)
}

func main() {
    let count = 1_000_000
    let xs = (0..<count).map { -10 + 20 * Double($0) / Double(count - 1) }
    let loop = nanoseconds(xs) { $0 }
    print("(loop)\t\(loop)\t\(loop)")
    for entry in Catalog.entries where entry.parameters.allSatisfy({ $0.defaultValue != nil }) {
        let f = entry.make([:])
        let value = nanoseconds(xs) { f.value(at: $0) }
        let derivative = nanoseconds(xs) { f.derivative(at: $0) }
        print("\(entry.name)\t\(value)\t\(derivative)")
    }
}

switch CommandLine.arguments.dropFirst().first {
case "sampling": samplingBench()
case "numbers": numberBench()
default: main()
}
