/// One named parameter of a catalogue activation, with PyTorch's default.
///
/// ```swift
/// ParameterSpec(name: "alpha", defaultValue: 1, summary: "Value −α that elu approaches as x → −∞")
/// ParameterSpec(name: "approximate", defaultValue: 0, summary: "…", words: ["none": 0, "tanh": 1], acceptsNumbers: false)
/// ParameterSpec(name: "threshold", defaultValue: .infinity, summary: "…", words: ["none": .infinity])
/// ParameterSpec(name: "lambda", defaultValue: 0.5, summary: "…", aliases: ["lambd"])
/// ParameterSpec(name: "value", defaultValue: nil, summary: "…")   // required
/// ```
public struct ParameterSpec: Sendable, Equatable {
    /// The name used in references, e.g. `negative_slope` in `leaky_relu(negative_slope=0.2)`.
    public let name: String
    /// The value used when a reference leaves the parameter out; nil when it must be given.
    public let defaultValue: Double?
    /// One line for `atlas list` and parameter tables.
    public let summary: String
    /// Values written as words, e.g. `approximate=tanh`, `threshold=none`.
    public let words: [String: Double]
    /// Whether a number may be written (false for a choice such as `approximate`).
    public let acceptsNumbers: Bool
    /// Other spellings of the name, e.g. PyTorch's `lambd` for `lambda`.
    public let aliases: [String]

    public init(
        name: String, defaultValue: Double?, summary: String, words: [String: Double] = [:],
        acceptsNumbers: Bool = true, aliases: [String] = []
    ) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
        self.words = words
        self.acceptsNumbers = acceptsNumbers
        self.aliases = aliases
    }

    /// How a value reads in a reference: its word if it has one, else the shortest decimal.
    public func text(for value: Double) -> String {
        if let word = words.filter({ $0.value == value || ($0.value.isNaN && value.isNaN) }).keys.min() { return word }
        return NumberText.shortest(value)
    }

    /// Whether `name` is this parameter's name or one of its aliases.
    public func answers(to name: String) -> Bool {
        self.name == name || aliases.contains(name)
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
    /// not declare or a required value not given (a programming mistake that shows up as
    /// NaN curves, not a crash; ``Catalog/resolve(_:)`` reports a missing one to users).
    public subscript(name: String) -> Double {
        if let value = given[name] { return value }
        return specs.first(where: { $0.name == name })?.defaultValue ?? .nan
    }
}
