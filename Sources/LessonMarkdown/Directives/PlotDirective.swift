import AtlasDiagnostics

/// `{plot} F…`: one SVG figure with a curve per function.
///
/// ````
/// ```{plot} sigmoid tanh
/// :x: -6 6
/// :y: -1.5 1.5
/// :derivative:
/// :caption: The sigmoid and tanh, slopes dashed
/// :name: fig-squashing
/// ```
/// ````
public struct PlotDirective: Sendable, Hashable {
    /// Function references as written, at least one.
    public var functions: [Located<String>]
    /// `:x: a b`, a < b; default −5 … 5.
    public var x: ClosedRange<Double>
    /// `:y: a b`; nil to fit the curves.
    public var y: ClosedRange<Double>?
    /// `:derivative:` adds each f′ dashed in its function's colour.
    public var derivative: Bool
    /// `:caption:` text, shown under the figure and used as the SVG title.
    public var caption: String?
    /// `:samples: n`: exactly n uniform samples per curve instead of adaptive sampling.
    public var samples: Int?
    /// `:alt:` text: the accessible description, instead of the generated one.
    public var alt: String?
    /// `:name:` label, for ``{ref}`label` `` and as the figure's id.
    public var name: Located<String>?
    /// `:vary: PARAM v1 v2 …`: one curve per value of a parameter.
    public var vary: ParameterFamily?
    /// `:width: px` and `:height: px` of the figure's view box (default 640 × 400); the
    /// page scales the figure to its column, so together they set its shape.
    public var width: Int?
    public var height: Int?
    public var location: SourceLocation
    /// Where each option's value is written, by key (`"x"` → 2:5), for messages about it.
    public var optionLocations: [String: SourceLocation]

    public static let defaultX: ClosedRange<Double> = -5...5
    /// The most samples `:samples:` may ask for: beyond this a curve adds bytes, not detail.
    public static let maximumSamples = 100_000
    /// `:width:` and `:height:` in px: from a small inset to a full screen.
    public static let sizeRange = 200...2_000
    /// The most values `:vary:` may list: the palette has seven colours.
    public static let maximumFamilySize = 7
    static let optionNames = ["x", "y", "derivative", "caption", "samples", "alt", "name", "vary", "width", "height"]
}
