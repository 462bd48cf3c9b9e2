import AtlasDiagnostics

/// Commands that take arguments: fractions, roots, fences, fonts, text, accents.
extension MathParser {
    /// A mandatory argument: a group, or one token (`\frac12`, `\hat\alpha`).
    mutating func parseArgument(missing: @autoclosure () -> TextProblem) throws(TextProblem) -> MathNode {
        skipSpaces()
        guard let token = peek, Self.startsArgument(token) else { throw missing() }
        if token.kind == .beginGroup { return try parseGroup() }
        try enter(at: token.offset)
        defer { leave() }
        return try parsePrimary(singleDigit: true).node
    }

    /// `\frac{a}{b}`; `\dfrac` forces display style, `\tfrac` text style.
    mutating func parseFraction(_ name: String, at offset: Int) throws(TextProblem) -> MathNode {
        let missing = TextProblem(message: "'\\\(name)' needs 2 arguments, e.g. '\\\(name){a}{b}'", offset: offset)
        let numerator = try parseArgument(missing: missing)
        let denominator = try parseArgument(missing: missing)
        let style: MathNode.FractionStyle =
            switch name {
            case "dfrac": .display
            case "tfrac": .text
            default: .inherited
            }
        return .fraction(numerator, denominator, style: style)
    }

    /// `\sqrt{x}` or `\sqrt[n]{x}`.
    mutating func parseSquareRoot(at offset: Int) throws(TextProblem) -> MathNode {
        skipSpaces()
        var index: MathNode?
        if let open = peek, open.kind == .character("[") {
            try enter(at: open.offset)
            defer { leave() }
            advance()
            let items = try parseRow(stopAtBracket: true)
            guard let close = peek else {
                throw TextProblem(message: "unclosed '[' after '\\sqrt'; add a matching ']'", offset: open.offset)
            }
            guard close.kind == .character("]") else { throw misplaced(close) }
            advance()
            let nodes = Self.finish(items, afterOperator: false)
            index = nodes.count == 1 ? nodes[0] : .row(nodes)
        }
        let radicand = try parseArgument(
            missing: TextProblem(message: "'\\sqrt' needs an argument, e.g. '\\sqrt{x}'", offset: offset))
        return .root(radicand, index: index)
    }

    /// The delimiter after `\left`, `\right` or `\big…`: its text ("" for `.`), or an error.
    mutating func parseDelimiter(after command: String, at offset: Int) throws(TextProblem) -> (text: String, written: String) {
        skipSpaces()
        guard let token = peek else {
            throw TextProblem(message: "'\\\(command)' needs a delimiter, e.g. '\\\(command)(' or '\\\(command).'", offset: offset)
        }
        let written: String =
            switch token.kind {
            case .character(let character): String(character)
            case .command(let name): "\\" + name
            case .beginGroup: "{"
            case .endGroup: "}"
            default: ""
            }
        guard let text = MathSymbols.delimiters[written] else {
            if token.kind == .endGroup || written.isEmpty {
                throw TextProblem(message: "'\\\(command)' needs a delimiter, e.g. '\\\(command)(' or '\\\(command).'", offset: offset)
            }
            throw TextProblem(
                message: "'\\\(command)' cannot take '\(written)'; use a delimiter such as '(', '[', '\\{', '|', '\\langle' or '.'",
                offset: token.offset)
        }
        advance()
        return (text, written)
    }

    /// `\left( … \right)`: an `<mrow>` whose fences stretch to the content.
    ///
    /// Core stretches a `stretchy` operator to the height and depth of its non-stretchy
    /// siblings in the same `<mrow>`, so the body goes into the fences' row rather than a
    /// nested one. `\left.` and `\right.` write no operator at all.
    mutating func parseLeftRight(at offset: Int) throws(TextProblem) -> MathNode {
        let open = try parseDelimiter(after: "left", at: offset)
        try enter(at: offset)
        defer { leave() }
        leftDepth += 1
        let items = try parseRow()
        leftDepth -= 1
        guard let token = peek, token.kind == .command("right") else {
            if let token = peek, environmentDepth == 0, token.kind == .alignment || token.kind == .command("\\") {
                throw misplaced(token)
            }
            throw TextProblem(message: "'\\left\(open.written)' has no matching '\\right'", offset: offset)
        }
        advance()
        let close = try parseDelimiter(after: "right", at: token.offset)
        var nodes: [MathNode] = []
        if !open.text.isEmpty { nodes.append(.op(Self.fence(open.text, .open))) }
        nodes += Self.finish(items, afterOperator: true)
        if !close.text.isEmpty { nodes.append(.op(Self.fence(close.text, .close))) }
        return .row(nodes)
    }

    /// A stretchy fence; `form` is explicit because `|` and `‖` have the same
    /// character on both sides and Core could not tell which side it is on.
    static func fence(_ text: String, _ role: MathOperator.Role) -> MathOperator {
        var value = MathOperator(text, role)
        value.stretchy = true
        value.fence = true
        value.form =
            switch role {
            case .open: "prefix"
            case .close: "postfix"
            default: "infix"
            }
        return value
    }

    /// `\middle|` between `\left` and `\right`.
    mutating func parseMiddle(at offset: Int) throws(TextProblem) -> MathNode {
        guard leftDepth > 0 else {
            throw TextProblem(message: "'\\middle' must be between '\\left' and '\\right'", offset: offset)
        }
        let delimiter = try parseDelimiter(after: "middle", at: offset)
        return delimiter.text.isEmpty ? .row([]) : .op(Self.fence(delimiter.text, .relation))
    }

    /// `\big(`, `\Bigr]`, …: a fence of fixed size. `minsize` = `maxsize` pins the
    /// stretched height whatever the neighbours are.
    mutating func parseBig(_ name: String, at offset: Int) throws(TextProblem) -> MathNode {
        var size = name
        var role = MathOperator.Role.ordinary
        if name.hasSuffix("l") || name.hasSuffix("r") {
            role = name.hasSuffix("l") ? .open : .close
            size.removeLast()
        }
        guard let em = MathSymbols.bigSizes[size] else { throw unknownCommand(name, at: offset) }
        let delimiter = try parseDelimiter(after: name, at: offset)
        guard !delimiter.text.isEmpty else { return .row([]) }
        var value = role == .ordinary ? MathOperator(delimiter.text, .ordinary) : Self.fence(delimiter.text, role)
        value.stretchy = true
        value.size = em
        value.flat = role == .ordinary  // plain `\big|` is an Ord atom in TeX
        return .op(value)
    }

    /// `\operatorname{ReLU}` (and `\operatorname*` with limits): an upright function name.
    mutating func parseOperatorName(at offset: Int) throws(TextProblem) -> Primary {
        var starred = false
        if let token = peek, token.kind == .character("*") {
            starred = true
            advance()
        }
        let saved = font
        font = .roman
        defer { font = saved }
        var node = try parseArgument(
            missing: TextProblem(message: "'\\operatorname' needs an argument, e.g. '\\operatorname{ReLU}'", offset: offset))
        if case .row(let children) = node {
            // Letters and digits only: one name, as in `\operatorname{log2}`.
            var name = ""
            var plain = true
            for child in children {
                switch child {
                case .identifier(let text, _), .number(let text): name += text
                default: plain = false
                }
            }
            if plain, !name.isEmpty { node = .identifier(name, upright: true) }
        }
        return Primary(node: node, isFunction: true, placement: starred ? .limitsInDisplay : .side)
    }

    /// `\mathbf{…}` and the other alphabets: the argument with `font` in force.
    mutating func parseFont(_ newFont: MathFont, _ name: String, at offset: Int) throws(TextProblem) -> MathNode {
        let example =
            switch newFont {
            case .doubleStruck: "R"
            case .script: "L"
            case .boldItalic: "\\theta"
            default: "x"
            }
        let saved = font
        font = newFont
        defer { font = saved }
        return try parseArgument(
            missing: TextProblem(message: "'\\\(name)' needs an argument, e.g. '\\\(name){\(example)}'", offset: offset))
    }

    /// `\hat{x}` and friends: `<mover accent="true">`; `\underline` is `<munder>`.
    mutating func parseAccent(
        _ name: String, _ accent: (mark: String, stretchy: Bool, under: Bool), at offset: Int
    ) throws(TextProblem) -> MathNode {
        let base = try parseArgument(
            missing: TextProblem(message: "'\\\(name)' needs an argument, e.g. '\\\(name){x}'", offset: offset))
        var mark = MathOperator(accent.mark, .ordinary)
        mark.stretchy = accent.stretchy
        return .accent(base, mark: mark, under: accent.under)
    }
}
