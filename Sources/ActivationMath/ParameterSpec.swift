/// One named parameter of a catalogue activation, with PyTorch's default.
///
/// ```swift
/// ParameterSpec(name: "alpha", defaultValue: 1, summary: "Value −α that elu approaches as x → −∞")
/// ```
public struct ParameterSpec: Sendable, Equatable {
    /// The name used in references, e.g. `negative_slope` in `leaky_relu(negative_slope=0.2)`.
    public let name: String
    /// The value used when a reference leaves the parameter out.
    public let defaultValue: Double
    /// One line for `atlas list` and parameter tables.
    public let summary: String

    public init(name: String, defaultValue: Double, summary: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

/// The parameter values handed to a catalogue factory: given values, else the defaults.
public struct ParameterValues: Sendable {
    private let specs: [ParameterSpec]
    private let given: [String: Double]

    init(specs: [ParameterSpec], given: [String: Double]) {
        self.specs = specs
        self.given = given
    }

    /// The given value for `name`, else its default, else NaN for a name the entry does
    /// not declare (a programming mistake that shows up as NaN curves, not a crash).
    public subscript(name: String) -> Double {
        if let value = given[name] { return value }
        return specs.first(where: { $0.name == name })?.defaultValue ?? .nan
    }
}

/// Canonical reference strings: `name` or `name(p=v, q=w)` listing only non-default values.
enum ReferenceText {
    /// Pairs `parameters` with `values` in order and keeps those that differ from the
    /// default; values print as the shortest round-trip decimal.
    static func make(name: String, parameters: [ParameterSpec], values: [Double]) -> String {
        let changed = zip(parameters, values)
            .filter { spec, value in value != spec.defaultValue }
            .map { spec, value in "\(spec.name)=\(NumberText.shortest(value))" }
        return changed.isEmpty ? name : "\(name)(\(changed.joined(separator: ", ")))"
    }
}
