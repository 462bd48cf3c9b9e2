// Times every catalogue function, value and derivative, on 10^6 Doubles spread over
// [−10, 10]. Prints one tab-separated line per function: name, ns per value, ns per
// derivative (best of 5 runs). `make bench` runs this and Scripts/bench.py, which puts
// numpy's time for the same functions beside it.
import ActivationMath

let count = 1_000_000
let xs = (0..<count).map { -10 + 20 * Double($0) / Double(count - 1) }

/// Best time over `runs` of `body`, in nanoseconds per element; the sum defeats
/// dead-code elimination.
func time(_ runs: Int = 5, _ body: () -> Double) -> Double {
    var best = Double.infinity
    var sink = 0.0
    for _ in 0..<runs {
        let start = ContinuousClock.now
        sink += body()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        best = min(best, seconds)
    }
    if sink == 42 { print("") }  // never true in practice; keeps `sink` alive
    return best * 1e9 / Double(count)
}

for entry in Catalog.entries where entry.parameters.allSatisfy({ $0.defaultValue != nil }) {
    let f = entry.make([:])
    let value = time { xs.reduce(0) { $0 + f.value($1) } }
    let derivative = time { xs.reduce(0) { $0 + f.derivative($1) } }
    print("\(entry.name)\t\(value)\t\(derivative)")
}
