import AtlasDiagnostics

/// A directive as written, before its options are given types: the MyST form
///
/// ````
/// ```{plot} sigmoid tanh
/// :x: -6 6
/// :derivative:
/// ```
/// ````
struct DirectiveSyntax {
    struct Option {
        var key: Located<String>
        /// The text after `:key:`, trimmed; "" for a flag written `:key:` alone.
        var value: Located<String>
    }

    /// The name between the braces, located at its first character.
    var name: Located<String>
    /// Whitespace-separated arguments after `{name}`; a parenthesised group such as
    /// `elu(alpha = 0.5)` stays one argument even with spaces inside.
    var arguments: [Located<String>]
    var options: [Option]
    /// Lines after the options that are not blank, each located.
    var body: [Located<String>]
    /// Where the opening fence starts.
    var location: SourceLocation

    /// Where each option's value starts, by key; the first mention wins.
    var valueLocations: [String: SourceLocation] {
        Dictionary(options.map { ($0.key.value, $0.value.location) }, uniquingKeysWith: { first, _ in first })
    }
}
