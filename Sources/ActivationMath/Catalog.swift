import AtlasDiagnostics

/// The activations a lesson can name, and the parser for references to them.
///
/// ```swift
/// switch Catalog.resolve("leaky_relu(negative_slope = 0.2)") {
/// case .success(let f): f.value(-1.0)          // -0.2
/// case .failure(let error): print(error.message)
/// }
/// ```
public enum Catalog {
    /// Every activation, in teaching order: the five classics, the smooth gates of modern
    /// networks (GELU, SiLU, Mish, softplus, …), the piecewise ones (steps, clamps, hard
    /// approximations, shrinks), then other smooth shapes.
    public static let entries: [CatalogEntry] =
        [
            Sigmoid.catalogEntry,
            Tanh.catalogEntry,
            ReLU.catalogEntry,
            LeakyReLU.catalogEntry,
            ELU.catalogEntry,
        ] + SmoothGates.catalogEntries + PiecewiseShapes.catalogEntries + SmoothShapes.catalogEntries

    /// The entry whose name or alias is exactly `name` (case-sensitive), if any.
    public static func entry(named name: String) -> CatalogEntry? {
        entries.first { $0.answers(to: name) }
    }

    /// Parses `"name"` or `"name(param=value, …)"` into an activation.
    ///
    /// Whitespace is allowed around every token, and `name()` equals `name`. Values accept
    /// the forms of Swift's `Double(_:)` (`-0.5`, `1e-3`, `.5`, `0x1p-3`) and a leading
    /// U+2212 minus; they must be finite. The first problem found becomes the error, with
    /// the Character offset where it starts.
    public static func resolve(_ reference: String) -> Result<any Activation, TextProblem> {
        self.reference(reference).flatMap { activation(for: $0, writtenAs: reference) }
    }

    /// Parses a reference as written, checking its name, parameters and values, but not
    /// that every required parameter is given (``activation(for:)`` checks that).
    ///
    /// ```swift
    /// Catalog.reference("leaky_relu(negative_slope=0.2)")   // .success(leaky_relu(negative_slope=0.2))
    /// Catalog.reference("threshold")                        // .success: `value` may come later
    /// ```
    public static func reference(_ text: String) -> Result<FunctionReference, TextProblem> {
        var parser = ReferenceParser(text)
        return parser.parse()
    }

    /// The activation a reference names, made from its values and the defaults; fails
    /// (at offset 0, the name) when the name is not in the catalogue, a required
    /// parameter is missing or the values together are refused (``CatalogEntry/problem(with:)``). No text is read: the reference is already typed.
    /// ``activation(for:)`` of a reference parsed from `text`: a missing parameter is
    /// reported at the name in `text`, after any leading whitespace.
    public static func activation(for reference: FunctionReference, writtenAs text: String) -> Result<any Activation, TextProblem> {
        activation(for: reference).mapError { $0.shifted(by: text.prefix { $0.isWhitespace }.count) }
    }

    public static func activation(for reference: FunctionReference) -> Result<any Activation, TextProblem> {
        guard let entry = entry(named: reference.name) else {
            return .failure(
                TextProblem(message: ReferenceParser.unknownActivation(reference.name), offset: 0, isUnknownName: true))
        }
        let missing = entry.parameters.filter { $0.defaultValue == nil && reference.value(of: $0.name) == nil }
        if !missing.isEmpty {
            let needed = missing.map { "'\($0.name)=…'" }.joined(separator: " and ")
            return .failure(TextProblem(message: "'\(entry.name)' needs \(needed)", offset: 0))
        }
        let values = Dictionary(reference.arguments.map { ($0.name, $0.value) }) { first, _ in first }
        if let problem = entry.problem(with: values) { return .failure(TextProblem(message: problem, offset: 0)) }
        return .success(entry.make(values))
    }
}
