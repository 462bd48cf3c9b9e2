import AtlasDiagnostics

/// `:vary: alpha 0.5 1 2`: a parameter and the values it takes, one curve each.
public struct ParameterFamily: Sendable, Hashable {
    public var parameter: Located<String>
    /// The values as written (numbers, or words such as `tanh` for `approximate`).
    public var values: [Located<String>]
}
