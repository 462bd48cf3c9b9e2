import AtlasDiagnostics

/// `{define} NAME`: a function for the rest of the lesson, from an expression in the body.
///
/// ````
/// ```{define} swish15
/// :formula: x\,\sigma(1.5x)
/// x * sigmoid(1.5 * x)
/// ```
/// ````
public struct DefineDirective: Sendable, Hashable {
    /// The new name: letters, digits and `_`, starting with a letter.
    public var name: Located<String>
    /// The body's lines, each located; together they are the expression.
    public var expression: [Located<String>]
    /// `:formula:` TeX shown in `{formula}` and legends.
    public var formula: String?
    public var location: SourceLocation
    public var optionLocations: [String: SourceLocation]

    static let optionNames = ["formula"]

    /// The body as one expression text, lines joined by spaces.
    public var expressionText: String { expression.map(\.value).joined(separator: " ") }

    /// The file location of Character `offset` in `expressionText`.
    public func location(ofCharacter offset: Int) -> SourceLocation {
        var remaining = offset
        for line in expression {
            if remaining <= line.value.count { return line.location.advanced(by: remaining) }
            remaining -= line.value.count + 1
        }
        return expression.last.map { $0.location.advanced(by: $0.value.count) } ?? location
    }
}
