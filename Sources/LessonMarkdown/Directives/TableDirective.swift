import AtlasDiagnostics

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
