import AtlasDiagnostics
import AtlasText

/// Reads a directive's `:key: value` options into typed values, collecting diagnostics
/// instead of stopping at the first problem.
struct OptionReader {
    let syntax: DirectiveSyntax
    private var values: [String: DirectiveSyntax.Option] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(syntax: DirectiveSyntax) {
        self.syntax = syntax
        for option in syntax.options {
            let key = option.key.value
            if values[key] == nil {
                values[key] = option
            } else {
                diagnostics.append(Diagnostic(.directive, "option ':\(key):' is given twice", at: option.key.location))
            }
        }
    }

    private var directiveName: String { "'{\(syntax.name.value)}'" }

    /// A problem found by the directive's own reader.
    mutating func report(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.directive, message, at: location))
    }

    mutating func checkKnown(_ known: [String]) {
        for option in syntax.options where !known.contains(option.key.value) {
            let key = option.key.value
            let hint =
                Spelling.suggestion(for: key, among: known).map { "; did you mean ':\($0):'?" }
                ?? "; \(directiveName) takes \(known.map { ":\($0):" }.joined(separator: ", "))"
            diagnostics.append(Diagnostic(.directive, "unknown option ':\(key):' for \(directiveName)\(hint)", at: option.key.location))
        }
    }

    /// At least one argument, and each one a function reference `check` accepts.
    mutating func requireFunctions(maximum: Int = Directive.maximumFunctions) {
        if maximum == 1, syntax.arguments.count > 1 {
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "\(directiveName) takes one function; write one directive per function", at: syntax.arguments[1].location))
        } else if syntax.arguments.count > maximum {
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "\(directiveName) takes at most \(maximum) functions, not \(syntax.arguments.count); split it into several",
                    at: syntax.arguments[maximum].location))
        }
        guard syntax.arguments.isEmpty else { return }
        diagnostics.append(
            Diagnostic(
                .directive,
                "\(directiveName) needs at least one function, e.g. '{\(syntax.name.value)} sigmoid'",
                at: syntax.name.location))
    }

    mutating func rejectBody() {
        guard let first = syntax.body.first else { return }
        diagnostics.append(
            Diagnostic(
                .directive,
                "\(directiveName) takes no body; options are ':key: value' lines at its top", at: first.location))
    }

    /// `:key:` alone or `:key: true` is true; `:key: false` is false; no option is `default`.
    mutating func flag(_ key: String, default defaultValue: Bool = false) -> Bool {
        guard let option = values[key] else { return defaultValue }
        switch option.value.value {
        case "", "true": return true
        case "false": return false
        default:
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "':\(key):' is a flag; write ':\(key):' alone, or ':\(key): false'", at: option.value.location))
            return false
        }
    }

    mutating func text(_ key: String) -> String? {
        guard let option = values[key] else { return nil }
        if option.value.value.isEmpty {
            diagnostics.append(Diagnostic(.directive, "':\(key):' needs text after it", at: option.key.location))
            return nil
        }
        return option.value.value
    }

    /// - Parameter limitName: names the upper bound in the message, e.g. "the most a plot samples".
    mutating func integer(_ key: String, in bounds: ClosedRange<Int>, limitName: String? = nil) -> Int? {
        guard let option = values[key] else { return nil }
        guard let number = Int(option.value.value), bounds.contains(number) else {
            let limit = limitName.map { " (\($0))" } ?? ""
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "':\(key):' takes a whole number from \(bounds.lowerBound) to \(bounds.upperBound)\(limit), "
                        + "not '\(option.value.value)'",
                    at: option.value.location))
            return nil
        }
        return number
    }

    /// `:key: label`: a letter, then letters, digits, `-` and `_`; usable as an HTML id.
    /// Labels starting `plot-` or `table-` cannot be taken: the generator's own ids
    /// (`plot-3`, `plot-3-title`, `table-1-note-2`) start so.
    mutating func label(_ key: String) -> Located<String>? {
        guard let option = values[key] else { return nil }
        let label = option.value.value
        guard label.first.map(CharacterClass.isLetter) == true,
            label.allSatisfy({ CharacterClass.isASCIILetter($0) || CharacterClass.isASCIIDigit($0) || $0 == "-" || $0 == "_" })
        else {
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "'\(label)' is not a label; use a letter, then letters, digits, '-' and '_', e.g. ':\(key): fig-sigmoid'",
                    at: label.isEmpty ? option.key.location : option.value.location))
            return nil
        }
        for reserved in ["plot-", "table-"] where label.hasPrefix(reserved) {
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "labels starting '\(reserved)' are kept for the generator's own ids; choose another, e.g. 'fig-\(label.dropFirst(reserved.count))'",
                    at: option.value.location))
            return nil
        }
        return Located(label, at: option.value.location)
    }

    /// `:key: PARAM v1 v2 …`: a parameter name and 1…`maximumValues` values, each located.
    mutating func family(_ key: String, maximumValues: Int) -> ParameterFamily? {
        guard let option = values[key] else { return nil }
        let tokens = DirectiveSyntaxReader.splitArguments(option.value.value).map {
            Located($0.text, at: option.value.location.advanced(by: $0.offset))
        }
        guard let parameter = tokens.first, tokens.count >= 2 else {
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "':\(key):' takes a parameter and its values, e.g. ':\(key): alpha 0.5 1 2'",
                    at: tokens.first?.location ?? option.key.location))
            return nil
        }
        let values = Array(tokens.dropFirst())
        if values.count > maximumValues {
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "':\(key):' lists \(values.count) values; a family holds at most \(maximumValues), one per palette colour",
                    at: values[maximumValues].location))
            return nil
        }
        var seen = Set<String>()
        for value in values where !seen.insert(value.value).inserted {
            diagnostics.append(Diagnostic(.directive, "'\(value.value)' is listed twice in ':\(key):'", at: value.location))
            return nil
        }
        return ParameterFamily(parameter: parameter, values: values)
    }

    /// `:key: a b` with finite a < b.
    mutating func range(_ key: String) -> ClosedRange<Double>? {
        guard let option = values[key], let numbers = numbers(in: option, key: key) else { return nil }
        guard numbers.count == 2 else {
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "':\(key):' takes two numbers 'a b', e.g. ':\(key): -5 5'", at: option.value.location))
            return nil
        }
        guard numbers[0] < numbers[1] else {
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "':\(key):' needs its first number below its second, e.g. ':\(key): -5 5'", at: option.value.location))
            return nil
        }
        let (low, high) = (numbers[0], numbers[1])
        guard max(abs(low), abs(high)) <= PlotRange.maximumMagnitude else {
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "':\(key):' must lie within ±10¹² (the largest range a plot draws), e.g. ':\(key): -1e6 1e6'",
                    at: option.value.location))
            return nil
        }
        guard high - low >= max(PlotRange.minimumWidth, PlotRange.minimumRelativeWidth * max(abs(low), abs(high))) else {
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "':\(key):' is too narrow to draw: its width must be at least 10⁻⁹ of its larger end and at least 10⁻²⁰⁰",
                    at: option.value.location))
            return nil
        }
        return low...high
    }

    /// `:key: v1 v2 …` or `:key: a b step s` (a ≤ b, s > 0; a, a+s, a+2s, … up to b).
    mutating func xValues(_ key: String, maximumCount: Int) -> [Double]? {
        guard let option = values[key] else { return nil }
        let tokens = DirectiveSyntaxReader.splitArguments(option.value.value)
        if tokens.count == 4, tokens[2].text == "step" {
            guard let numbers = numbers(in: option, key: key, skipping: 2) else { return nil }
            let written = [tokens[0], tokens[1], tokens[3]].map { SteppedRange.decimalPlaces(of: $0.text) }
            let places = written.contains(where: { $0 == nil }) ? nil : written.compactMap { $0 }.max()
            switch SteppedRange.values(
                from: numbers[0], to: numbers[1], step: numbers[2], decimalPlaces: places, maximumCount: maximumCount)
            {
            case .success(let values):
                return values
            case .failure(.badBounds):
                diagnostics.append(
                    Diagnostic(
                        .directive,
                        "':\(key): a b step s' needs a ≤ b and s > 0, e.g. ':\(key): -2 2 step 0.5'", at: option.value.location))
            case .failure(.tooMany):
                diagnostics.append(
                    Diagnostic(
                        .directive,
                        "':\(key):' gives more than \(maximumCount) rows; a table holds at most \(maximumCount)",
                        at: option.value.location))
            }
            return nil
        }
        guard let numbers = numbers(in: option, key: key) else { return nil }
        if numbers.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "':\(key):' needs numbers, e.g. ':\(key): -2 -1 0 1 2' or ':\(key): -2 2 step 0.5'", at: option.key.location))
            return nil
        }
        if numbers.count > maximumCount {
            diagnostics.append(
                Diagnostic(
                    .directive,
                    "':\(key):' gives \(numbers.count) rows; a table holds at most \(maximumCount)", at: option.value.location))
            return nil
        }
        return numbers
    }

    /// The numbers in an option's value; nil (with diagnostics) when one is malformed.
    private mutating func numbers(in option: DirectiveSyntax.Option, key: String, skipping skipped: Int? = nil) -> [Double]? {
        var result: [Double] = []
        var failed = false
        for (index, token) in DirectiveSyntaxReader.splitArguments(option.value.value).enumerated() where index != skipped {
            if let number = NumberSyntax.finiteDouble(token.text) {
                result.append(number)
            } else {
                failed = true
                let infinite = NumberSyntax.isNonFinite(token.text)
                diagnostics.append(
                    Diagnostic(
                        .directive,
                        infinite
                            ? "'\(token.text)' is not a finite number; ':\(key):' takes finite numbers, e.g. ':\(key): -5 5'"
                            : "malformed number '\(token.text)' in ':\(key):'",
                        at: option.value.location.advanced(by: token.offset)))
            }
        }
        return failed ? nil : result
    }
}
