// Times every catalogue function, value and derivative, on 10^6 Doubles spread over
// [−10, 10]. Prints one tab-separated line per function: reference, ns per value, ns per
// derivative (best of 5 runs), after a baseline line for the loop alone (x → x).
// Arguments, if any, are the references to time instead of the whole catalogue.
// `make bench` runs this and Scripts/bench.py, which puts numpy's or scipy's time for the
// same functions beside it and marks the ones over the limit (issue 12).
// `atlas-bench sampling` (SamplingBench.swift) times whole plots, `atlas-bench numbers`
// (NumberBench.swift) the number formatter.
import ActivationMath

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The references timed: every catalogue entry with its defaults, the one whose
/// parameters have none (`threshold`) with a typical choice, and the tanh form of gelu,
/// which is a separate code path with its own numpy formula.
func benchReferences() -> [String] {
    var references: [String] = []
    for entry in Catalog.entries {
        if entry.parameters.allSatisfy({ $0.defaultValue != nil }) {
            references.append(entry.name)
        } else if entry.name == "threshold" {
            references.append("threshold(threshold=0.5, value=-1)")
        }
    }
    references.insert("gelu(approximate=tanh)", at: (references.firstIndex(of: "gelu") ?? 0) + 1)
    return references
}

/// This thread's CPU time in nanoseconds.
///
/// Why CPU time and not the wall clock: `make bench` runs on machines shared with other
/// builds, and the limit has an absolute part (20 ns per value); time spent waiting for a
/// core is not the function's cost. Scripts/bench.py times numpy the same way.
func cpuNanoseconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) * 1e9 + Double(now.tv_nsec)
}

/// Best time over `runs` passes of `body` over `xs`, in nanoseconds per element.
///
/// Each pass writes its results into an array, as numpy's functions do, rather than
/// adding them up: a running sum is a chain through memory (the call clobbers the
/// registers) that cost 3 ns per element, more than relu itself.
/// Why a function with locals rather than top-level code: globals of main.swift are
/// reached through lazy accessors, which made even the empty loop cost ~40 ns per element.
func nanoseconds(_ xs: [Double], runs: Int = 5, _ body: (Double) -> Double) -> Double {
    var best = Double.infinity
    var results = [Double](repeating: 0, count: xs.count)
    for _ in 0..<runs {
        let start = cpuNanoseconds()
        results.withUnsafeMutableBufferPointer { results in
            for (index, x) in xs.enumerated() { results[index] = body(x) }
        }
        best = min(best, cpuNanoseconds() - start)
    }
    // Reading the results keeps the optimiser from dropping the loop.
    if results.contains(where: { $0 == 0x1.234p-1000 }) { print("", terminator: "") }
    return best / Double(xs.count)
}

/// ns per value and per derivative of `f`, called through its `value(at:)` and
/// `derivative(at:)` witnesses as plots and tables call them.
///
/// Why generic: passing the `any Activation` here opens the existential once; calling it
/// inside the loop would project the existential's box on every call (a runtime call of
/// its own, a quarter of relu's measured time), which is the harness's cost, not the
/// function's.
@inline(never)
func time<F: Activation>(_ f: F, over xs: [Double]) -> (value: Double, derivative: Double) {
    (nanoseconds(xs) { f.value(at: $0) }, nanoseconds(xs) { f.derivative(at: $0) })
}

func main() {
    let count = 1_000_000
    let xs = (0..<count).map { -10 + 20 * Double($0) / Double(count - 1) }
    let loop = nanoseconds(xs) { $0 }
    print("(loop)\t\(loop)\t\(loop)")
    // `atlas-bench tanh 'elu(alpha=0.5)'` times only the references given.
    let chosen = Array(CommandLine.arguments.dropFirst())
    for reference in chosen.isEmpty ? benchReferences() : chosen {
        guard let f = try? Catalog.resolve(reference).get() else {
            print("\(reference)\tnan\tnan")
            continue
        }
        let (value, derivative) = time(f, over: xs)
        print("\(reference)\t\(value)\t\(derivative)")
    }
}

switch CommandLine.arguments.dropFirst().first {
case "sampling": samplingBench()
case "numbers": numberBench()
default: main()
}
