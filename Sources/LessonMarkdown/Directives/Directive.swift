import AtlasDiagnostics
/// A directive read from a lesson, its options given types and positions.
///
/// LessonMarkdown reads directives; it never evaluates the functions they name.
/// Function references stay text (`"elu(alpha=0.5)"`) with their locations, for
/// SiteBuilder to resolve against ActivationMath's catalogue.
public enum Directive: Sendable, Hashable {
    case plot(PlotDirective)
    case table(TableDirective)
    case formula(FormulaDirective)
    case compare(CompareDirective)
    case define(DefineDirective)

    /// Where the opening fence starts.
    public var location: SourceLocation {
        switch self {
        case .plot(let plot): plot.location
        case .table(let table): table.location
        case .formula(let formula): formula.location
        case .compare(let compare): compare.location
        case .define(let define): define.location
        }
    }

    /// The directive names this version understands, in the order `atlas` documents them.
    public static let names = ["plot", "table", "formula", "compare", "define"]

    /// More functions than this in one directive is an error: a plot of 13 curves cannot
    /// be read, and the colour palette repeats after 7.
    public static let maximumFunctions = 12
}

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

/// `:vary: alpha 0.5 1 2`: a parameter and the values it takes, one curve each.
public struct ParameterFamily: Sendable, Hashable {
    public var parameter: Located<String>
    /// The values as written (numbers, or words such as `tanh` for `approximate`).
    public var values: [Located<String>]
}

/// `{table} F…`: a row per x, a column per function (and derivative).
///
/// ````
/// ```{table} sigmoid tanh
/// :x: -2 -1 0 1 2
/// :derivative:
/// :digits: 4
/// ```
/// ````
public struct TableDirective: Sendable, Hashable {
    public var functions: [Located<String>]
    /// The x values, from `:x: v1 v2 …` or `:x: a b step s`; default −2 −1 0 1 2.
    public var xs: [Double]
    public var derivative: Bool
    /// `:digits: n`, significant digits, 1…17; default 6.
    public var digits: Int
    public var caption: String?
    /// `:name:` label, for ``{ref}`label` `` ("Table 2") and as the table's id.
    public var name: Located<String>?
    public var location: SourceLocation
    /// Where each option's value is written, by key (`"x"` → 2:5), for messages about it.
    public var optionLocations: [String: SourceLocation]

    public static let defaultXs: [Double] = [-2, -1, 0, 1, 2]
    public static let defaultDigits = 6
    /// More rows than this is an error, so a typo such as `step 0.0001` cannot make a
    /// page of megabytes.
    public static let maximumRows = 1_000
    static let optionNames = ["x", "derivative", "digits", "caption", "name"]
}

/// `{formula} F`: the definition of a function and of its derivative, typeset as display
/// math, parameters substituted.
///
/// ````
/// ```{formula} elu(alpha=0.5)
/// :derivative: false
/// ```
/// ````
public struct FormulaDirective: Sendable, Hashable {
    /// Exactly one function reference.
    public var function: Located<String>
    /// `:derivative: false` leaves out f′; shown by default.
    public var derivative: Bool
    public var location: SourceLocation
    public var optionLocations: [String: SourceLocation]

    static let optionNames = ["derivative"]
}

/// `{compare} F…`: the properties of functions side by side (range, f(0), f′(0),
/// monotonicity, zero-centring, smoothness, saturation, kinks and jumps).
///
/// ````
/// ```{compare} relu leaky_relu elu gelu
/// :caption: Four rectifiers
/// ```
/// ````
public struct CompareDirective: Sendable, Hashable {
    public var functions: [Located<String>]
    public var caption: String?
    public var location: SourceLocation
    public var optionLocations: [String: SourceLocation]

    static let optionNames = ["caption"]
}

/// `{define} NAME`: a function for the rest of the lesson, from an expression in the body.
///
/// ````
/// ```{define} swish15
/// :formula: x\,\sigma(1.5x)
/// x * sigmoid(1.5 * x)
/// ```
/// ````
public struct DefineDirective: Sendable, Hashable {
    /// The new name: letters, digits and `_`, starting with a letter.
    public var name: Located<String>
    /// The body's lines, each located; together they are the expression.
    public var expression: [Located<String>]
    /// `:formula:` TeX shown in `{formula}` and legends.
    public var formula: String?
    public var location: SourceLocation
    public var optionLocations: [String: SourceLocation]

    static let optionNames = ["formula"]

    /// The body as one expression text, lines joined by spaces.
    public var expressionText: String { expression.map(\.value).joined(separator: " ") }

    /// The file location of Character `offset` in `expressionText`.
    public func location(ofCharacter offset: Int) -> SourceLocation {
        var remaining = offset
        for line in expression {
            if remaining <= line.value.count { return line.location.advanced(by: remaining) }
            remaining -= line.value.count + 1
        }
        return expression.last.map { $0.location.advanced(by: $0.value.count) } ?? location
    }
}
