import AtlasDiagnostics

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
