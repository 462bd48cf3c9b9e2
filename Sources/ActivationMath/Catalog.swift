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
        var parser = ReferenceParser(reference)
        return parser.parse()
    }
}
