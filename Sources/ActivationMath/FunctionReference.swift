import AtlasDiagnostics

/// A function named by a lesson, parsed once: the catalogue name and its parameter values,
/// typed. Nothing later reads the text again.
///
/// Two kinds of reference exist:
/// - as written: what ``Catalog/reference(_:)`` parses from `elu(alpha=1)`, with every
///   value the author gave, even one equal to its default;
/// - canonical: an activation's ``Activation/functionReference``, with only the values
///   that differ from the defaults (and required ones), in the catalogue's parameter
///   order. Two activations are the same function exactly when these are equal, so
///   `elu(alpha=1)`, `elu(alpha=1.0)` and `elu` are one curve with one id.
///
/// ```swift
/// let written = try Catalog.reference("elu(alpha = 0.5)").get()
/// written.name                               // "elu"
/// written.arguments                          // [Argument(name: "alpha", value: 0.5, text: "0.5")]
/// try Catalog.activation(for: written).get().functionReference.description   // "elu(alpha=0.5)"
/// ```
public struct FunctionReference: Sendable, Hashable, CustomStringConvertible {
    /// One parameter's value: its canonical name (never an alias), the value, and the
    /// value as a reference prints it (a word such as `tanh` or `none`, else the shortest
    /// decimal that reads back as the value).
    public struct Argument: Sendable, Hashable {
        public let name: String
        public let value: Double
        public let text: String

        public init(_ spec: ParameterSpec, value: Double) {
            self.name = spec.name
            self.value = value
            self.text = spec.text(for: value)
        }
    }

    /// The catalogue name (an alias resolved to it), or a `{define}`d function's name.
    public let name: String
    /// The parameters set, in the catalogue's parameter order.
    public let arguments: [Argument]

    public init(name: String, arguments: [Argument] = []) {
        self.name = name
        self.arguments = arguments
    }

    /// `alpha=0.5, beta=2`, or nil when no parameter is set: what a table header writes
    /// after the variable, as in `elu′(x; alpha=0.5)`.
    public var argumentText: String? {
        arguments.isEmpty ? nil : arguments.map { "\($0.name)=\($0.text)" }.joined(separator: ", ")
    }

    /// `name` or `name(p=v, q=w)`; for a canonical reference, the id of the function's
    /// curves and table columns.
    public var description: String {
        argumentText.map { "\(name)(\($0))" } ?? name
    }

    /// The value given for `parameter` (its canonical name), if any.
    public func value(of parameter: String) -> Double? {
        arguments.first { $0.name == parameter }?.value
    }
}

extension FunctionReference {
    /// The canonical reference of a catalogue function: `parameters` paired with `values`
    /// in order, keeping those that differ from the default (a required one always shows).
    static func canonical(name: String, parameters: [ParameterSpec], values: [Double]) -> FunctionReference {
        let changed = zip(parameters, values)
            .filter { spec, value in spec.defaultValue.map { value != $0 } ?? true }
            .map { spec, value in Argument(spec, value: value) }
        return FunctionReference(name: name, arguments: changed)
    }

    /// This reference with `parameter` set to the value `valueText` denotes: a member of a
    /// `:vary:` family. The parameter and the value are checked as in a written reference.
    ///
    /// An error's offset counts Characters in the text `parameter=valueText`, so 0 is a
    /// problem with the parameter (unknown, given twice, none taken) and anything past the
    /// `=` one with the value.
    ///
    /// ```swift
    /// try Catalog.reference("elu").get().setting("alpha", to: "0.5")   // elu(alpha=0.5)
    /// try Catalog.reference("elu").get().setting("alpah", to: "0.5")
    /// // .failure: "unknown parameter 'alpah' for 'elu'; did you mean 'alpha'?", offset 0
    /// ```
    public func setting(_ parameter: String, to valueText: String) -> Result<FunctionReference, TextProblem> {
        guard let entry = Catalog.entry(named: name) else {
            return .failure(TextProblem(message: ReferenceParser.unknownActivation(name), offset: 0, isUnknownName: true))
        }
        if entry.parameters.isEmpty {
            return .failure(TextProblem(message: "'\(entry.name)' takes no parameters", offset: 0))
        }
        guard let spec = entry.parameters.first(where: { $0.answers(to: parameter) }) else {
            return .failure(TextProblem(message: ReferenceParser.unknownParameter(parameter, of: entry), offset: 0))
        }
        if value(of: spec.name) != nil {
            return .failure(TextProblem(message: "parameter '\(spec.name)' is given twice", offset: 0))
        }
        switch ReferenceParser.value(of: valueText, for: spec) {
        case .success(let value):
            let given = Dictionary(arguments.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
                .merging([spec.name: value]) { _, new in new }
            return .success(FunctionReference(entry: entry, given: given))
        case .failure(let problem):
            return .failure(problem.shifted(by: parameter.count + 1))
        }
    }

    /// A reference as written: the values in `given`, in `entry`'s parameter order.
    init(entry: CatalogEntry, given: [String: Double]) {
        self.init(
            name: entry.name,
            arguments: entry.parameters.compactMap { spec in given[spec.name].map { Argument(spec, value: $0) } })
    }
}
