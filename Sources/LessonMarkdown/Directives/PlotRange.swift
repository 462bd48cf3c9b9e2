/// The limits of a plot's `:x:` and `:y:` ranges: beyond them no pixel holds a
/// distinct double, or the numbers say nothing an activation plot could show.
public enum PlotRange {
    /// The largest |bound|: 10¹². Past it, doubles are 10⁻⁴ apart or worse.
    public static let maximumMagnitude = 1e12
    /// The narrowest range: 10⁻²⁰⁰, far above the subnormals.
    public static let minimumWidth = 1e-200
    /// The narrowest range relative to its larger end: 10⁻⁹, so that each of 600 px
    /// still holds thousands of distinct doubles.
    public static let minimumRelativeWidth = 1e-9
}
