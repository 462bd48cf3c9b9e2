import AtlasDiagnostics

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
