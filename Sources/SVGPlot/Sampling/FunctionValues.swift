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
    // Why unchecked: a class's stored properties are checked for overlapping access at
    // run time, on every lookup here (swift_beginAccess and its access set took 1.8 % of
    // a 1,000-lesson build's profile). No access can
    // overlap: the class never leaves the one sampler that calls it, and `f` is the
    // caller's pure function, which cannot reach this object.
    @exclusivity(unchecked) private var table = ValueTable()
    /// The points computed so far, in the order they were computed: deterministic, unlike
    /// the order of the table.
    @exclusivity(unchecked) private(set) var computed: [PlotPoint] = []

    init(_ f: @escaping (Double) -> Double) {
        self.f = f
    }

    /// Calls of the function so far.
    var evaluations: Int { computed.count }

    /// f(x), computed now unless it was before.
    func callAsFunction(_ x: Double) -> Double {
        // NaN is never asked for by sampling, but one bit pattern of it is the table's
        // empty mark: such an x is computed and not kept.
        guard !x.isNaN else { return f(x) }
        if let y = table[x.bitPattern] { return y }
        let y = f(x)
        table.insert(y, for: x.bitPattern)
        computed.append(PlotPoint(x: x, y: y))
        return y
    }

    /// f(x) if it is known or the budget (``AdaptiveSampler/maximumEvaluations``) allows
    /// one more call; `nil` once the budget is spent. A value already computed is always
    /// given, so a later pass can descend as far as an earlier one went.
    func withinBudget(_ x: Double) -> Double? {
        guard !x.isNaN else { return self(x) }
        if let y = table[x.bitPattern] { return y }
        guard evaluations < AdaptiveSampler.maximumEvaluations else { return nil }
        return self(x)
    }
}

/// A hash table from an x's bit pattern to f(x), for ``FunctionValues``.
///
/// Why not `Dictionary`: it hashes every key with SipHash, built to resist keys chosen
/// by an attacker, and the lookups of a figure's sampling cost more than most functions
/// they spare. These keys come from the sampler, not from an adversary, so a
/// multiplicative (Fibonacci) hash of the bit pattern is enough: open addressing, linear
/// probing, a power-of-two capacity kept at most half full.
///
/// The empty slot is marked by `UInt64.max`, a NaN's bit pattern, which is never a key
/// (sampling asks only at finite x, and ``FunctionValues`` keeps no NaN x).
private struct ValueTable {
    private static let empty = UInt64.max
    /// Room for 1,024 values before the first growth: a smooth curve of a 640 px plot
    /// takes 100 to 500 (a pole or many jumps about 1,500), and growing rehashes them all.
    private static let initialCapacity = 2_048
    private var keys = [UInt64](repeating: ValueTable.empty, count: ValueTable.initialCapacity)
    private var values = ValueTable.unfilled(ValueTable.initialCapacity)
    private var count = 0

    /// `count` values left as the allocation gives them: a slot's value is read only once
    /// its key is stored, which writes the value too (``grow()`` included), so filling
    /// them (16 KB for each curve of each figure) was work never read.
    private static func unfilled(_ count: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }

    /// The value stored for `key`, or nil.
    subscript(key: UInt64) -> Double? {
        var slot = Self.slot(of: key, capacity: keys.count)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == Self.empty { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// Stores `value` for `key`, which is not stored yet.
    mutating func insert(_ value: Double, for key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.slot(of: key, capacity: keys.count)
        while keys[slot] != Self.empty { slot = (slot + 1) & (keys.count - 1) }
        keys[slot] = key
        values[slot] = value
        count += 1
    }

    /// The top bits of the key times 2⁶⁴/φ: nearby doubles (which differ in their low
    /// bits) land far apart.
    private static func slot(of key: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - capacity.trailingZeroBitCount))
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        values = Self.unfilled(oldKeys.count * 2)
        count = 0
        for slot in oldKeys.indices where oldKeys[slot] != Self.empty { insert(oldValues[slot], for: oldKeys[slot]) }
    }
}
