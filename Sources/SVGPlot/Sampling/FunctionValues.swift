/// Every value of one curve's function computed for a figure, and the only door through
/// which sampling calls the function: each x is evaluated at most once, however many
/// passes (the first look, a pass against each layout) ask for it.
///
/// Why a table of values rather than a tree of intervals: refinement places every point
/// by halving and by the golden section, starting from a grid fixed before the layout
/// (see ``CurveSampler``), so a later pass asks for exactly the same x wherever it
/// descends as far as an earlier one did. Looking x up reuses each value with no tree
/// to keep in step with the refinement's rules.
///
/// Keys are bit patterns, so −0 and +0 are different points (1/x tells them apart) and
/// NaN never reaches the table (sampling only asks at finite x).
///
/// ```swift
/// let values = FunctionValues { $0 * $0 }
/// values(3)             // 9, computed
/// values(3)             // 9, looked up
/// values.evaluations    // 1
/// ```
final class FunctionValues {
    private let f: (Double) -> Double
    private var table: [UInt64: Double] = [:]
    /// The points computed so far, in the order they were computed: deterministic, unlike
    /// the order of the table.
    private(set) var computed: [PlotPoint] = []

    init(_ f: @escaping (Double) -> Double) {
        self.f = f
    }

    /// Calls of the function so far.
    var evaluations: Int { computed.count }

    /// f(x), computed now unless it was before.
    func callAsFunction(_ x: Double) -> Double {
        if let y = table[x.bitPattern] { return y }
        let y = f(x)
        table[x.bitPattern] = y
        computed.append(PlotPoint(x: x, y: y))
        return y
    }

    /// f(x) if it is known or the budget (``AdaptiveSampler/maximumEvaluations``) allows
    /// one more call; `nil` once the budget is spent. A value already computed is always
    /// given, so a later pass can descend as far as an earlier one went.
    func withinBudget(_ x: Double) -> Double? {
        if let y = table[x.bitPattern] { return y }
        guard evaluations < AdaptiveSampler.maximumEvaluations else { return nil }
        return self(x)
    }
}
