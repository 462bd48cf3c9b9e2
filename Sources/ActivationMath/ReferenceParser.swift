import AtlasDiagnostics
import AtlasText

/// Parses one activation reference, `name` or `name(param=value, …)`, left to right.
///
/// Grammar (spaces allowed between all tokens):
/// ```
/// reference  := name [ "(" [ assignment { "," assignment } ] ")" ]
/// assignment := name "=" ( number | word )
/// ```
/// The parser stops at the first problem, so its error points at the leftmost mistake.
struct ReferenceParser {
    private let characters: [Character]
    private var position = 0

    init(_ reference: String) {
        characters = Array(reference)
    }

    /// The reference as written. Whether every required parameter is given is not
    /// checked here (``Catalog/activation(for:)`` does), so that a `:vary:` family may
    /// supply one.
    mutating func parse() -> Result<FunctionReference, TextProblem> {
        skipWhitespace()
        let nameStart = position
        let name = readIdentifier()
        guard !name.isEmpty else {
            return .failure(TextProblem(message: "expected an activation name", offset: nameStart))
        }
        guard let entry = Catalog.entry(named: name) else {
            return .failure(TextProblem(message: Self.unknownActivation(name), offset: nameStart, isUnknownName: true))
        }
        skipWhitespace()
        var values: [String: Double] = [:]
        if peek == "(" {
            position += 1
            switch parseParameters(of: entry, into: &values) {
            case .success: break
            case .failure(let error): return .failure(error)
            }
            skipWhitespace()
        }
        if position < characters.count {
            let consumed = String(characters[nameStart..<position]).trimmingTrailingWhitespace
            let rest = String(characters[position...]).trimmingTrailingWhitespace
            return .failure(
                TextProblem(message: "unexpected '\(rest)' after '\(consumed)'", offset: position))
        }
        return .success(FunctionReference(entry: entry, given: values))
    }

    /// A parameter's value: one of its words, or a finite number if it takes numbers; a
    /// problem is at offset 0 of the token.
    static func value(of token: String, for spec: ParameterSpec) -> Result<Double, TextProblem> {
        if let value = spec.words[token] { return .success(value) }
        let wordList = spec.words.keys.sorted().map { "'\($0)'" }.joined(separator: " or ")
        guard spec.acceptsNumbers else {
            return .failure(TextProblem(message: "parameter '\(spec.name)' is \(wordList), not '\(token)'", offset: 0))
        }
        guard !token.isEmpty else { return .failure(TextProblem(message: "expected a number for parameter '\(spec.name)'", offset: 0)) }
        guard let value = number(token) else {
            return .failure(TextProblem(message: "malformed number '\(token)' for parameter '\(spec.name)'", offset: 0))
        }
        guard value.isFinite else {
            let words = spec.words.isEmpty ? "" : ", or \(wordList)"
            return .failure(TextProblem(message: "parameter '\(spec.name)' must be finite\(words)", offset: 0))
        }
        return .success(value)
    }

    /// Parses assignments up to and including the closing parenthesis.
    private mutating func parseParameters(
        of entry: CatalogEntry, into values: inout [String: Double]
    ) -> Result<Void, TextProblem> {
        skipWhitespace()
        if peek == ")" {
            position += 1
            return .success(())
        }
        while true {
            skipWhitespace()
            let itemStart = position
            if entry.parameters.isEmpty {
                return .failure(TextProblem(message: "'\(entry.name)' takes no parameters", offset: itemStart))
            }
            let parameter = readIdentifier()
            skipWhitespace()
            guard !parameter.isEmpty, peek == "=" else {
                return .failure(
                    TextProblem(
                        message: "expected 'name=value' in the parameters of '\(entry.name)'", offset: itemStart))
            }
            guard let spec = entry.parameters.first(where: { $0.answers(to: parameter) }) else {
                return .failure(
                    TextProblem(
                        message: Self.unknownParameter(parameter, of: entry), offset: itemStart))
            }
            if values[spec.name] != nil {
                return .failure(
                    TextProblem(
                        message: "parameter '\(spec.name)' is given twice", offset: itemStart))
            }
            position += 1  // "="
            skipWhitespace()
            let numberStart = position
            let token = readNumberToken()
            switch Self.value(of: token, for: spec) {
            case .success(let value): values[spec.name] = value
            case .failure(let problem): return .failure(problem.shifted(by: numberStart))
            }
            skipWhitespace()
            switch peek {
            case ",":
                position += 1
            case ")":
                position += 1
                return .success(())
            default:
                return .failure(
                    TextProblem(
                        message: "expected ')' after the parameters of '\(entry.name)'", offset: position))
            }
        }
    }

    // MARK: Tokens

    private var peek: Character? {
        position < characters.count ? characters[position] : nil
    }

    private mutating func skipWhitespace() {
        while let c = peek, CharacterClass.isWhitespace(c) { position += 1 }
    }

    /// Letters, digits and underscores; may be empty.
    private mutating func readIdentifier() -> String {
        let start = position
        while let c = peek, CharacterClass.isLetter(c) || CharacterClass.isNumber(c) || c == "_" { position += 1 }
        return String(characters[start..<position])
    }

    /// Everything up to whitespace, a comma or a closing parenthesis; may be empty.
    private mutating func readNumberToken() -> String {
        let start = position
        while let c = peek, !CharacterClass.isWhitespace(c), c != ",", c != ")" { position += 1 }
        return String(characters[start..<position])
    }

    /// The value of a number token, reading U+2212 as an ASCII minus (it is what
    /// typeset text and some keyboards produce); nil if `Double(_:)` rejects it.
    static func number(_ token: String) -> Double? {
        Double(String(token.map { $0 == "\u{2212}" ? "-" : $0 }))
    }

    // MARK: Messages

    static func unknownActivation(_ name: String) -> String {
        if let suggestion = Catalog.suggestion(for: name) {
            return "unknown activation '\(name)'; did you mean '\(suggestion)'?"
        }
        return "unknown activation '\(name)'; run 'atlas list' to see the catalogue"
    }

    static func unknownParameter(_ name: String, of entry: CatalogEntry) -> String {
        let names = entry.parameters.map(\.name)
        let start = "unknown parameter '\(name)' for '\(entry.name)'"
        if let suggestion = Spelling.suggestion(for: name, among: names) {
            return "\(start); did you mean '\(suggestion)'?"
        }
        return "\(start); it takes " + names.map { "'\($0)'" }.joined(separator: ", ")
    }
}

extension String {
    fileprivate var trimmingTrailingWhitespace: String {
        var text = self
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
