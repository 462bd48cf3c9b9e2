import AtlasDiagnostics

/// A remedy for the YAML mistakes authors make most, whose libyaml message names the
/// grammar rather than the fix ("mapping values are not allowed in this context").
///
/// - A `: ` inside a value (`title: Sigmoid: the S curve`) starts a second mapping on the
///   line: quote the value, and the hint writes the line quoted.
/// - A key indented under a plain value (`  order: 2` after `title: x`): start each key
///   at the same column.
/// - A value starting with a character YAML reserves (`` ` ``, `@`): quote the value.
enum YAMLHint {
    /// The hint for libyaml's `problem` at 1-based `column` of `line` (the YAML line as
    /// written), or nil when there is no better advice than the message.
    static func hint(problem: String, line: String, column: Int) -> String? {
        if problem.hasPrefix("mapping values are not allowed") {
            let indent = line.prefix(while: { $0 == " " || $0 == "\t" })
            guard let split = line.range(of: ": ") ?? line.range(of: ":\t") else { return nil }
            let key = line[indent.endIndex..<split.lowerBound]
            let value = String(line[split.upperBound...]).trimmingCharacters(inSetOf: [" ", "\t", "\r"])
            // The problem at the first `key:` of an indented line: the indentation, not a value.
            let keyEnd = line.distance(from: line.startIndex, to: split.lowerBound) + 1
            if column <= keyEnd {
                return indent.isEmpty
                    ? nil
                    : "this line is indented under the line above, whose value is plain text; start each key at the same column"
            }
            return "a ': ' inside a value starts another mapping; quote the value: \(key): \(quoted(value))"
        }
        if problem.contains("cannot start any token") {
            return "a value that starts with '`', '@' or another character YAML reserves must be quoted, e.g. title: \"`relu` and friends\""
        }
        return nil
    }

    /// `value` in double quotes, its backslashes and quotes escaped as YAML reads them.
    static func quoted(_ value: String) -> String {
        var text = "\""
        for character in value {
            if character == "\"" || character == "\\" { text.append("\\") }
            text.append(character)
        }
        return text + "\""
    }
}
