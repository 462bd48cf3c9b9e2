/// A YAML scalar as YAML's core schema resolves it: `2` is an integer, `true` a boolean,
/// `"2"` and `The sigmoid` are text.
public enum YAMLValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case null
    /// A list of plain values (`[en, zh]`); a list holding a list or mapping is `other`.
    case list([YAMLValue])
    /// A nested mapping, a list of lists or mappings, or a tag this project does not read.
    case other

    /// Text for a field that should be text: strings, and plain numbers such as a title "2048".
    public var text: String? {
        switch self {
        case .text(let text): text
        case .integer(let number): String(number)
        case .number(let number): String(number)
        default: nil
        }
    }
}
