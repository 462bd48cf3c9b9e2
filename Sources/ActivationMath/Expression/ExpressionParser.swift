import AtlasDiagnostics

/// Recursive-descent parser for the expression language; stops at the leftmost problem.
///
/// Grammar (whitespace allowed between all tokens):
/// ```
/// expression := term { ("+" | "-") term }
/// term       := unary { ("*" | "/") unary }          // juxtaposition is an error
/// unary      := "-" unary | power                     // so -x^2 = -(x^2)
/// power      := primary [ "^" unary ]                 // right-associative: 2^3^2 = 2^9
/// primary    := number | "x" | "pi" | "e" | "(" expression ")"
///             | name [ "'" ] "(" expression { "," expression } { "," name "=" value } ")"
/// ```
/// Each parenthesis, call, unary minus and exponent opens one nesting level; the level is
/// checked *before* recursing, so input nested past ``Expression/maximumDepth`` is an
/// error, never a stack overflow.
struct ExpressionParser {
    let tokens: [ExpressionToken]
    let lookup: (String) -> Result<any Activation, TextProblem>
    var index = 0
    var depth = 0
    /// Names of the non-built-in functions called, for ``Expression/dependencies``.
    var dependencies: Set<String> = []

    init(text: String, lookup: @escaping (String) -> Result<any Activation, TextProblem>) {
        tokens = ExpressionLexer.tokens(of: text)
        self.lookup = lookup
    }

    mutating func parse() throws(TextProblem) -> ExpressionNode {
        if peek.kind == .end {
            throw TextProblem(
                message: "empty expression; write a formula in 'x', e.g. 'x*sigmoid(x)'", offset: peek.offset)
        }
        let node = try parseExpression()
        guard peek.kind == .end else { throw unexpectedAfterExpression() }
        return node
    }

    // MARK: Grammar

    mutating func parseExpression() throws(TextProblem) -> ExpressionNode {
        var terms = [ExpressionNode.Term(isSubtracted: false, node: try parseTerm())]
        while peek.kind == .plus || peek.kind == .minus {
            let isSubtracted = advance().kind == .minus
            terms.append(ExpressionNode.Term(isSubtracted: isSubtracted, node: try parseTerm()))
        }
        return terms.count == 1 ? terms[0].node : .sum(terms)
    }

    private mutating func parseTerm() throws(TextProblem) -> ExpressionNode {
        var factors = [ExpressionNode.Factor(isDivisor: false, node: try parseUnary())]
        while true {
            if peek.kind == .star || peek.kind == .slash {
                let isDivisor = advance().kind == .slash
                factors.append(ExpressionNode.Factor(isDivisor: isDivisor, node: try parseUnary()))
            } else if peek.startsOperand {
                let left = tokens[index - 1].text
                let right = peek.text
                throw TextProblem(
                    message: "missing operator between '\(left)' and '\(right)'; write '\(left)*\(right)'",
                    offset: peek.offset)
            } else {
                break
            }
        }
        return factors.count == 1 ? factors[0].node : .product(factors)
    }

    private mutating func parseUnary() throws(TextProblem) -> ExpressionNode {
        guard peek.kind == .minus else { return try parsePower() }
        try enter(at: advance())
        defer { depth -= 1 }
        return .negate(try parseUnary())
    }

    private mutating func parsePower() throws(TextProblem) -> ExpressionNode {
        let base = try parsePrimary()
        guard peek.kind == .caret else { return base }
        try enter(at: advance())
        defer { depth -= 1 }
        let exponent = try parseUnary()
        return .power(base, exponent, exponentIsConstant: !exponent.mentionsX)
    }

    private mutating func parsePrimary() throws(TextProblem) -> ExpressionNode {
        let token = peek
        switch token.kind {
        case .number:
            index += 1
            let text = token.text
            guard let value = Double(text) else {
                throw TextProblem(message: "malformed number '\(text)'", offset: token.offset)
            }
            guard value.isFinite else {
                throw TextProblem(message: "number '\(text)' is too large", offset: token.offset)
            }
            return .constant(value, .number)
        case .open:
            index += 1
            try enter(at: token)
            defer { depth -= 1 }
            let inner = try parseExpression()
            guard peek.kind == .close else { throw missingClose(opener: "(") }
            index += 1
            return inner
        case .identifier:
            index += 1
            if peek.kind == .prime, !["x", "pi", "e"].contains(token.text) {
                index += 1
                guard peek.kind == .open else {
                    throw TextProblem(
                        message: "expected '(' after '\(token.text)''; write '\(token.text)'(x)'", offset: peek.offset)
                }
                return try parseCall(name: token, derivative: true)
            }
            if peek.kind == .open { return try parseCall(name: token, derivative: false) }
            return try namedValue(token)
        default:
            throw expectedOperand()
        }
    }

    /// `x`, `pi`, `e`, or the error for any other bare name.
    private func namedValue(_ token: ExpressionToken) throws(TextProblem) -> ExpressionNode {
        switch token.text {
        case "x": return .variable
        case "pi": return .constant(Double.pi, .pi)
        case "e": return .constant(2.718281828459045, .e)
        default: break
        }
        let name = token.text
        if BuiltinFunction(rawValue: name) != nil || Catalog.entry(named: name) != nil
            || (try? lookup(name).get()) != nil
        {
            throw TextProblem(message: "'\(name)' is a function; write '\(name)(x)'", offset: token.offset)
        }
        if let suggestion = Spelling.suggestion(for: name, among: ["pi"]) {
            throw TextProblem(message: "unknown name '\(name)'; did you mean '\(suggestion)'?", offset: token.offset)
        }
        throw TextProblem(message: "unknown name '\(name)'; the variable is 'x'", offset: token.offset)
    }

    // MARK: Nesting

    /// Opens one nesting level at `token`, or fails if that would pass the limit.
    mutating func enter(at token: ExpressionToken) throws(TextProblem) {
        guard depth < Expression.maximumDepth else {
            throw TextProblem(
                message: "expression nests deeper than \(Expression.maximumDepth) levels", offset: token.offset)
        }
        depth += 1
    }

    // MARK: Tokens

    var peek: ExpressionToken { tokens[index] }

    /// The token after `peek` (the end token repeats).
    var peekSecond: ExpressionToken { tokens[Swift.min(index + 1, tokens.count - 1)] }

    mutating func advance() -> ExpressionToken {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    // MARK: Errors

    /// The error for a missing operand at `peek`, naming the token before it.
    func expectedOperand() -> TextProblem {
        let token = peek
        if case .invalid(let problem) = token.kind { return TextProblem(message: problem, offset: token.offset) }
        let previous = index > 0 ? tokens[index - 1] : nil
        if let previous, previous.kind == .star, token.kind == .star {
            return TextProblem(message: "'**' is not an operator; write '^' for powers", offset: previous.offset)
        }
        var message = "expected a number, 'x' or '('"
        if let previous { message += " after '\(previous.text)'" }
        if token.kind != .end { message += ", not '\(token.text)'" }
        return TextProblem(message: message, offset: token.offset)
    }

    /// The error when `peek` is not the `)` that closes `opener`.
    func missingClose(opener: String) -> TextProblem {
        if case .invalid(let problem) = peek.kind { return TextProblem(message: problem, offset: peek.offset) }
        if peek.kind == .prime { return Self.misplacedPrime(at: peek.offset) }
        return TextProblem(message: "missing ')' to close '\(opener)'", offset: peek.offset)
    }

    static func misplacedPrime(at offset: Int) -> TextProblem {
        TextProblem(message: "a prime marks the derivative of a function, as in 'sigmoid'(x)'", offset: offset)
    }

    /// The error for input left after a complete expression.
    private func unexpectedAfterExpression() -> TextProblem {
        let token = peek
        switch token.kind {
        case .invalid(let problem):
            return TextProblem(message: problem, offset: token.offset)
        case .close:
            return TextProblem(message: "unmatched ')'; remove it or add '(' before it", offset: token.offset)
        case .prime:
            return Self.misplacedPrime(at: token.offset)
        default:
            return TextProblem(message: "unexpected '\(token.text)' after the expression", offset: token.offset)
        }
    }
}
