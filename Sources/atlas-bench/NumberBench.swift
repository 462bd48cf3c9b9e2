// `atlas-bench numbers`: AtlasText's correctly rounded formatters against Foundation's
// `String(format:)` (which calls C's printf), in the same process, on the same 10^5
// doubles: sigmoid's values and slopes over −10…10, as a table or a plot read-out shows
// them, and as many spread over 10⁻¹⁰ … 10¹⁰. Prints one tab-separated line per format:
// name, ns per number ours, ns per number String(format:), ratio ours / theirs, and how
// many texts differ (0: the benchmark compares like with like).
import AtlasText
import Foundation

/// Best time over `runs` passes of `body` over `xs`, in nanoseconds per element.
private func nanosecondsPerNumber(_ xs: [Double], runs: Int = 5, _ body: (Double) -> String) -> Double {
    var best = Double.infinity
    var sink = 0
    for _ in 0..<runs {
        let start = ContinuousClock.now
        for x in xs { sink &+= body(x).utf8.count }
        let elapsed = ContinuousClock.now - start
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    // Using the sum keeps the optimiser from dropping the loop.
    if sink == Int.min { print("", terminator: "") }
    return best * 1e9 / Double(xs.count)
}

func numberBench() {
    let count = 100_000
    var xs: [Double] = []
    for index in 0..<count / 2 {
        let x = -10 + 20 * Double(index) / Double(count / 2 - 1)
        let s = 1 / (1 + exp(-x))
        xs += [s, s * (1 - s)]
    }
    var random = SystemRandomNumberGenerator()
    for index in 0..<xs.count where index % 2 == 1 { xs[index] = pow(10, Double.random(in: -10...10, using: &random)) }

    let cases: [(String, (Double) -> String, (Double) -> String)] = [
        (
            "%.4g", { DecimalParts($0, significantDigits: 4)?.text(exponentStyle: .printf) ?? "" },
            { String(format: "%.4g", $0) }
        ),
        (
            "%.6g", { DecimalParts($0, significantDigits: 6)?.text(exponentStyle: .printf) ?? "" },
            { String(format: "%.6g", $0) }
        ),
        (
            "%.17g", { DecimalParts($0, significantDigits: 17)?.text(exponentStyle: .printf) ?? "" },
            { String(format: "%.17g", $0) }
        ),
        ("%.3f", { DecimalNumber($0, decimals: 3)?.parts(.positional).text() ?? "" }, { String(format: "%.3f", $0) }),
    ]
    print("format\tours ns\tString(format:) ns\tratio\tdiffering")
    for (name, ours, theirs) in cases {
        let differing = xs.filter { ours($0) != theirs($0) }.count
        let mine = nanosecondsPerNumber(xs, ours)
        let foundation = nanosecondsPerNumber(xs, theirs)
        print("\(name)\t\(rounded(mine))\t\(rounded(foundation))\t\(rounded(mine / foundation, places: 100))\t\(differing)")
    }
    let shortest = nanosecondsPerNumber(xs) { shortestDecimal($0) }
    let description = nanosecondsPerNumber(xs) { $0.description }
    print("shortest\t\(rounded(shortest))\t\(rounded(description)) (description)\t\(rounded(shortest / description, places: 100))\t-")
}

private func rounded(_ value: Double, places: Double = 10) -> Double { (value * places).rounded() / places }
