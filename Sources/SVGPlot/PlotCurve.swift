/// One curve to plot: a function of x, what is known of its corners and jumps, and how to
/// draw it. The input of ``Plot/draw(_:options:sampling:)``.
///
/// `kinks` and `jumps` are where the function is not smooth: a kink is a corner of a
/// continuous curve (relu at 0), placed exactly as a vertex; a jump breaks the curve
/// (the binary step at 0, or relu′ at relu's kink) and gets dots (see ``Discontinuity``).
/// Positions outside the plotted x range are ignored. With `findsJumps` the sampler also
/// looks for jumps nobody listed, by bisection, for functions whose shape is unknown
/// (a lesson's `{define}`); it costs evaluations, so listed functions leave it off.
///
/// Edge cases: `function` may return NaN or ±∞; the curve then has a gap (no NaN ever
/// reaches the SVG). An id or label may hold any text; it is escaped.
///
/// ```swift
/// let relu = PlotCurve(id: "relu", label: "relu", kinks: [0]) { max(0, $0) }
/// let slope = PlotCurve(id: "relu'", label: "relu′", jumps: [0], dashed: true) { $0 > 0 ? 1 : 0 }
/// ```
public struct PlotCurve {
    /// Written as `data-series="…"` on the curve's `<path>`, e.g. `sigmoid` or `sigmoid'`.
    public var id: String
    /// The legend text, e.g. `sigmoid` or `sigmoid′`.
    public var label: String
    /// The function drawn; called only with finite x inside the plotted range.
    public var function: (Double) -> Double
    /// Where the curve has a corner: each becomes a vertex, exactly.
    public var kinks: [Double]
    /// Where the curve jumps: it breaks there and the jump is reported with its limits.
    public var jumps: [Double]
    /// Whether to look for jumps not listed in `jumps`.
    public var findsJumps: Bool
    /// Whether the line is dashed (the site dashes derivatives).
    public var dashed: Bool
    /// Palette slot; curves sharing one share a colour (a function and its derivative).
    /// Taken modulo the palette size (7), so any integer, even negative, works.
    public var colorIndex: Int
    /// The member of a family of curves (`data-group="N"` on its path, dots and legend
    /// entry), for a page script that shows one member at a time; `nil` outside families.
    public var group: Int?

    /// Creates a curve; `function` comes last so that it can be a trailing closure.
    public init(
        id: String, label: String, kinks: [Double] = [], jumps: [Double] = [], findsJumps: Bool = false,
        dashed: Bool = false, colorIndex: Int = 0, group: Int? = nil, function: @escaping (Double) -> Double
    ) {
        self.id = id
        self.label = label
        self.function = function
        self.kinks = kinks
        self.jumps = jumps
        self.findsJumps = findsJumps
        self.dashed = dashed
        self.colorIndex = colorIndex
        self.group = group
    }
}
