import AtlasDiagnostics

/// Function calls: built-ins, catalogue activations with PyTorch-style keyword
/// parameters, lesson-defined functions (through the lookup closure) and `f'(…)`.
extension ExpressionParser {
    /// One `name=value` after the arguments, with the tokens for mapping error offsets.
    private struct Parameter {
        var name: ExpressionToken
        var equals: ExpressionToken
        /// The value as a reference writes it (U+2212 read as `-`).
        var value: String
        var valueOffset: Int
        var comma: ExpressionToken
    }

    /// Parses `name(…)` or `name'(…)` with `peek` at the `(`.
    mutating func parseCall(name: ExpressionToken, derivative: Bool) throws(TextProblem) -> ExpressionNode {
        let open = advance()
        try enter(at: open)
        defer { depth -= 1 }
        if peek.kind == .identifier, peekSecond.kind == .equals {
            throw TextProblem(
                message: "the argument of '\(name.text)' comes first; write '\(name.text)(x, \(peek.text)=…)'",
                offset: peek.offset)
        }
        var arguments = [try parseExpression()]
        var parameters: [Parameter] = []
        while peek.kind == .comma {
            let comma = advance()
            if peek.kind == .identifier, peekSecond.kind == .equals {
                parameters.append(try parseParameter(after: comma))
            } else if let first = parameters.first {
                throw TextProblem(
                    message: "arguments of '\(name.text)' come before its parameters", offset: first.name.offset)
            } else {
                arguments.append(try parseExpression())
            }
        }
        guard peek.kind == .close else { throw missingClose(opener: "\(name.text)(") }
        let close = advance()
        if let builtin = BuiltinFunction(rawValue: name.text) {
            return try builtinCall(builtin, name: name, arguments: arguments, parameters: parameters, derivative: derivative)
        }
        let function = try resolve(name: name, open: open, parameters: parameters, close: close)
        guard arguments.count == 1 else {
            throw TextProblem(
                message: "'\(name.text)' takes 1 argument; write parameters as 'name=value'", offset: name.offset)
        }
        dependencies.insert(name.text)
        let call = ExpressionNode.Call(function: function, parameters: parameters.map { ($0.name.text, $0.value) })
        return derivative ? .activationDerivative(call, arguments[0]) : .activation(call, arguments[0])
    }

    /// `name = value` where value is a word or an optionally negative number.
    private mutating func parseParameter(after comma: ExpressionToken) throws(TextProblem) -> Parameter {
        let name = advance()
        let equals = advance()
        let valueOffset = peek.offset
        var value = ""
        if peek.kind == .minus {
            index += 1
            value = "-"
        }
        guard peek.kind == .number || (peek.kind == .identifier && value.isEmpty) else {
            if case .invalid(let problem) = peek.kind { throw TextProblem(message: problem, offset: peek.offset) }
            throw TextProblem(message: "expected a value for parameter '\(name.text)'", offset: peek.offset)
        }
        value += advance().text
        return Parameter(name: name, equals: equals, value: value, valueOffset: valueOffset, comma: comma)
    }

    private func builtinCall(
        _ builtin: BuiltinFunction, name: ExpressionToken, arguments: [ExpressionNode],
        parameters: [Parameter], derivative: Bool
    ) throws(TextProblem) -> ExpressionNode {
        if let first = parameters.first {
            throw TextProblem(message: "'\(builtin.rawValue)' takes no parameters", offset: first.name.offset)
        }
        guard arguments.count == builtin.arity else {
            let count = builtin.arity == 1 ? "1 argument" : "\(builtin.arity) arguments"
            throw TextProblem(message: "'\(builtin.rawValue)' takes \(count)", offset: name.offset)
        }
        guard derivative else { return .builtin(builtin, arguments) }
        guard builtin.arity == 1 else {
            throw TextProblem(
                message: "'\(builtin.rawValue)'' is not available; it takes 2 arguments", offset: name.offset)
        }
        return .builtinDerivative(builtin, arguments[0])
    }

    /// Builds the canonical reference `name(param=value, …)`, resolves it through `lookup`
    /// and maps an error's offset in the reference back into the expression.
    private func resolve(
        name: ExpressionToken, open: ExpressionToken, parameters: [Parameter], close: ExpressionToken
    ) throws(TextProblem) -> any Activation {
        // (offset in the reference, offset in the expression, length) for each piece.
        var pieces: [(reference: Int, expression: Int, length: Int)] = []
        var reference = ""
        func append(_ text: String, at offset: Int) {
            pieces.append((reference.count, offset, text.count))
            reference += text
        }
        append(name.text, at: name.offset)
        if !parameters.isEmpty {
            append("(", at: open.offset)
            for (i, parameter) in parameters.enumerated() {
                if i > 0 { append(", ", at: parameter.comma.offset) }
                append(parameter.name.text, at: parameter.name.offset)
                append("=", at: parameter.equals.offset)
                append(parameter.value, at: parameter.valueOffset)
            }
            append(")", at: close.offset)
        }
        switch lookup(reference) {
        case .success(let function):
            return function
        case .failure(let error):
            // Catalog.resolve's "unknown activation" becomes the language's own message,
            // whose suggestions also cover the built-ins.
            if error.offset == 0, error.isUnknownName {
                throw TextProblem(message: Self.unknownFunction(name.text), offset: name.offset)
            }
            let piece = pieces.last { $0.reference <= error.offset } ?? (0, name.offset, 0)
            let within = Swift.min(error.offset - piece.reference, Swift.max(piece.length - 1, 0))
            throw TextProblem(message: error.message, offset: piece.expression + within)
        }
    }

    static func unknownFunction(_ name: String) -> String {
        let known = BuiltinFunction.allCases.map(\.rawValue) + Catalog.entries.flatMap { [$0.name] + $0.aliases }
        if let suggestion = Spelling.suggestion(for: name, among: known) {
            return "unknown function '\(name)'; did you mean '\(suggestion)'?"
        }
        return "unknown function '\(name)'; run 'atlas list' to see the catalogue"
    }
}
