/// A named activation in the catalogue: aliases, parameters and a factory.
///
/// ```swift
/// let entry = Catalog.entry(named: "elu")
/// let f = entry?.make(["alpha": 0.5])   // ELU(alpha: 0.5)
/// ```
public struct CatalogEntry: Sendable {
    /// The canonical name, e.g. `leaky_relu`.
    public let name: String
    /// Other names that resolve to this entry, e.g. `["logistic"]` for sigmoid.
    public let aliases: [String]
    /// The parameters a reference may set, in the order references print them.
    public let parameters: [ParameterSpec]
    /// One line for `atlas list`.
    public let summary: String

    private let factory: @Sendable (ParameterValues) -> any Activation

    public init(
        name: String,
        aliases: [String],
        parameters: [ParameterSpec],
        summary: String,
        make factory: @escaping @Sendable (ParameterValues) -> any Activation
    ) {
        self.name = name
        self.aliases = aliases
        self.parameters = parameters
        self.summary = summary
        self.factory = factory
    }

    /// Makes the activation; missing parameters take their defaults and names the entry
    /// does not declare are ignored (``Catalog/resolve(_:)`` reports those to users).
    public func make(_ parameters: [String: Double]) -> any Activation {
        factory(ParameterValues(specs: self.parameters, given: parameters))
    }

    /// Whether `name` is this entry's name or one of its aliases (exact, case-sensitive).
    public func answers(to name: String) -> Bool {
        self.name == name || aliases.contains(name)
    }
}
