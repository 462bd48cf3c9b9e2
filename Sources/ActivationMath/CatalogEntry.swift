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
    /// What the values of several parameters together must satisfy, as PyTorch checks it
    /// (hardtanh's `min_val < max_val`): the problem, or nil when they are fine.
    private let requirement: @Sendable (ParameterValues) -> String?

    /// - Parameter requirement: checks the values together, after each one alone was
    ///   checked; returns the message of a refusal, or nil.
    public init(
        name: String,
        aliases: [String],
        parameters: [ParameterSpec],
        summary: String,
        requirement: @escaping @Sendable (ParameterValues) -> String? = { _ in nil },
        make factory: @escaping @Sendable (ParameterValues) -> any Activation
    ) {
        self.name = name
        self.aliases = aliases
        self.parameters = parameters
        self.summary = summary
        self.requirement = requirement
        self.factory = factory
    }

    /// Why `parameters` (defaults filling the rest) do not make a function, as PyTorch
    /// refuses them, or nil. ``Catalog/activation(for:)`` asks before making one.
    public func problem(with parameters: [String: Double]) -> String? {
        requirement(ParameterValues(specs: self.parameters, given: parameters))
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
