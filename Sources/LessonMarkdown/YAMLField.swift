import AtlasDiagnostics

/// One `key: value` line of a YAML mapping, with where the key is written.
public struct YAMLField: Sendable, Equatable {
    public var key: String
    public var location: SourceLocation
    public var value: YAMLValue
}
