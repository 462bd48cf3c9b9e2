import AtlasDiagnostics

extension Catalog {
    /// The catalogue name or alias closest to a mistyped `name`, if one is close enough
    /// (``Spelling``, the did-you-mean of every message).
    ///
    /// ```swift
    /// Catalog.suggestion(for: "sigmod")   // "sigmoid"
    /// Catalog.suggestion(for: "foo")      // nil
    /// ```
    public static func suggestion(for name: String) -> String? {
        Spelling.suggestion(for: name, among: names)
    }

    /// Every catalogue name and alias, split for ``Spelling`` once.
    private static let names = entries.flatMap { [$0.name] + $0.aliases }.map(Spelling.Candidate.init)
}
