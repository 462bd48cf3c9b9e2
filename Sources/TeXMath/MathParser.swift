import AtlasDiagnostics

/// Recursive-descent parser from `MathToken`s to a `MathNode` tree, one TeX "list" per row.
///
/// The parser stops at the first error, since TeX's own recovery would only produce a
/// cascade of follow-up messages for a one-line formula. Recursion is bounded: every
/// construct that nests (a group, a script, a command argument, `\left`, an environment)
/// calls `enter(at:)`, which fails past `MathMLConverter.maximumNesting` levels instead of
/// letting deep input exhaust the stack.
///
/// See also: `MathParser+Commands.swift` (commands with arguments) and
/// `MathParser+Environments.swift` (`\begin…\end`).
struct MathParser {
    let tokens: [MathToken]
    let display: Bool
    var position = 0
    var depth = 0
    var environmentDepth = 0
    var leftDepth = 0
    /// The font of `\mathbf{…}` and friends while their argument is parsed.
    var font: MathFont? = nil

    init(tokens: [MathToken], display: Bool) {
        self.tokens = tokens
        self.display = display
    }

    /// One parsed atom of a row and what the row needs to know about it.
    struct RowItem {
        var node: MathNode
        /// `\sin`, `\operatorname{…}`: followed by U+2061 and, before an argument that is
        /// not a parenthesis, the thin space TeX puts after an Op atom.
        var isFunction = false
    }

    /// Where scripts of a base go.
    enum ScriptPlacement {
        /// Always at the side: ordinary atoms.
        case side
        /// Below and above in display style: ∑, ∏, `\lim`, `\max`.
        case limitsInDisplay
        /// At the side unless `\limits`: ∫, ∮.
        case integral
    }

    struct Primary {
        var node: MathNode
        var isFunction = false
        var placement = ScriptPlacement.side
    }

    var peek: MathToken? { position < tokens.count ? tokens[position] : nil }

    mutating func advance() { position += 1 }

    mutating func skipSpaces() {
        while let token = peek, token.kind == .space { advance() }
    }

    /// Opens one nesting level; pair with `leave()` in a `defer`.
    mutating func enter(at offset: Int) throws(TextProblem) {
        depth += 1
        if depth > MathMLConverter.maximumNesting {
            throw TextProblem(message: "formula nests deeper than \(MathMLConverter.maximumNesting) levels", offset: offset)
        }
    }

    mutating func leave() { depth -= 1 }

    // MARK: - Rows

    /// The whole formula as one row.
    mutating func parseFormula() throws(TextProblem) -> MathNode {
        let items = try parseRow()
        if let token = peek { throw misplaced(token) }
        return .row(Self.finish(items, afterOperator: false))
    }

    /// Atoms up to the end of input or a token that closes something (`}`, `\right`,
    /// `&`, `\\`, `\end`, and `]` when `stopAtBracket`), which is left for the caller.
    mutating func parseRow(stopAtBracket: Bool = false) throws(TextProblem) -> [RowItem] {
        var items: [RowItem] = []
        while let token = peek {
            switch token.kind {
            case .space:
                advance()
                continue
            case .endGroup, .alignment:
                return items
            case .command("right"), .command("\\"), .command("end"):
                return items
            case .character("]") where stopAtBracket:
                return items
            default:
                items.append(try parseAtom())
            }
        }
        return items
    }

    /// Post-processes a row: marks unary `+`/`−`, inserts function application.
    ///
    /// MathML Core infers an operator's form from its position in the `<mrow>`: first
    /// is prefix, last is postfix, otherwise infix. TeX instead makes a Bin atom unary
    /// after a Rel, Bin, Open or Punct atom, so `= -x` needs an explicit `form="prefix"`
    /// to lose the binary spacing. `afterOperator` says the row continues one that ends
    /// in an operator (a `\left(` fence); `leadingOrdinary` says the row behaves as if
    /// it started with `{}`, as amsmath does for the right-hand cells of `aligned`.
    static func finish(_ items: [RowItem], afterOperator: Bool, leadingOrdinary: Bool = false) -> [MathNode] {
        var result: [MathNode] = []
        var previousIsOperator: Bool? = afterOperator ? true : nil
        for (index, item) in items.enumerated() {
            var node = item.node
            if case .op(var value) = node, value.role == .binary {
                switch previousIsOperator {
                case nil: if leadingOrdinary { value.form = "infix" }
                case true?: value.form = "prefix"
                case false?: break
                }
                node = .op(value)
            }
            // TeX puts a thin space between an Ord atom and a following Op atom too:
            // `x \tanh x` reads "x tanh x", not "xtanh x".
            // (One thin space between two Op atoms, which the first one already wrote.)
            if item.isFunction, previousIsOperator == false {
                if case .space? = result.last {} else { result.append(.space("0.1667em")) }
            }
            result.append(node)
            previousIsOperator = Self.coreOperator(of: node)?.makesNextBinaryUnary ?? false
            guard item.isFunction, index + 1 < items.count else { continue }
            let next = items[index + 1].node
            if let value = next.operatorValue {
                if value.role == .open { result.append(applyFunction) }
            } else if case .row(let children) = next, children.first?.operatorValue?.fence == true {
                result.append(applyFunction)
            } else {
                // TeX puts a thin space between an Op atom and a following Ord.
                result.append(applyFunction)
                result.append(.space("0.1667em"))
            }
        }
        return result
    }

    /// U+2061 FUNCTION APPLICATION: invisible, but tells assistive technology that
    /// `sin x` is sin applied to x.
    static let applyFunction = MathNode.op(MathOperator("\u{2061}", .ordinary))

    /// The operator at the core of an embellished operator (`∑` in `∑_{i}`), if any.
    static func coreOperator(of node: MathNode) -> MathOperator? {
        switch node {
        case .op(let value): value
        case .scripts(let base, _, _, _): coreOperator(of: base)
        default: nil
        }
    }

    /// A group `{…}`: its single atom, or an `<mrow>`.
    mutating func parseGroup() throws(TextProblem) -> MathNode {
        guard let open = peek else { throw TextProblem(message: "unexpected end of formula", offset: 0) }
        try enter(at: open.offset)
        defer { leave() }
        advance()
        let items = try parseRow()
        guard let close = peek else {
            throw TextProblem(message: "unclosed '{'; add a matching '}'", offset: open.offset)
        }
        switch close.kind {
        case .endGroup: advance()
        case .command("end"): throw TextProblem(message: "unclosed '{'; add a matching '}'", offset: open.offset)
        default: throw misplaced(close)
        }
        let nodes = Self.finish(items, afterOperator: false)
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    // MARK: - Atoms and scripts

    /// A primary followed by any `^`, `_`, primes, `\limits` and `\nolimits`.
    mutating func parseAtom() throws(TextProblem) -> RowItem {
        guard let token = peek else { throw TextProblem(message: "unexpected end of formula", offset: 0) }
        let primary: Primary
        switch token.kind {
        case .superscript, .subscript, .character("'"):
            primary = Primary(node: .row([]))  // `^2` with no base, as `{}^2`
        default:
            primary = try parsePrimary()
        }
        let base = primary.node
        var sub: MathNode?, sup: MathNode?
        var primes = 0
        var limits: Bool?
        while true {
            skipSpaces()
            guard let next = peek else { break }
            switch next.kind {
            case .command(let name) where name == "limits" || name == "nolimits":
                guard primary.placement != .side else { throw misplacedLimits(name, at: next.offset) }
                advance()
                limits = name == "limits"
            case .character("'"):
                guard sup == nil, primes == 0 else { throw doubleSuperscript(at: next.offset) }
                while let prime = peek, prime.kind == .character("'") {
                    primes += 1
                    advance()
                }
            case .superscript:
                guard sup == nil else { throw doubleSuperscript(at: next.offset) }
                advance()
                let argument = try parseScriptArgument(symbol: "^", at: next.offset)
                if primes == 0, case .op(let value) = argument, value.text == "′" {
                    primes = 1  // `g^\prime` is `g'`
                } else {
                    sup = argument
                }
            case .subscript:
                guard sub == nil else {
                    throw TextProblem(
                        message: "double subscript; put braces around one of them, e.g. 'x_{a_b}'", offset: next.offset)
                }
                advance()
                sub = try parseScriptArgument(symbol: "_", at: next.offset)
            default:
                return finishScripts(primary, base: base, sub: sub, sup: sup, primes: primes, limits: limits)
            }
        }
        return finishScripts(primary, base: base, sub: sub, sup: sup, primes: primes, limits: limits)
    }

    private func finishScripts(
        _ primary: Primary, base: MathNode, sub: MathNode?, sup: MathNode?, primes: Int, limits: Bool?
    ) -> RowItem {
        var base = base
        var sup = sup
        if primes > 0 {
            // As in TeX, f' is f^{\prime} and f'^2 is f^{\prime 2}. With the Asana Math font
            // the site ships, U+2032 as a superscript sits where TeX puts it; at full size
            // after the base it hangs low.
            var prime = MathOperator([1: "′", 2: "″", 3: "‴", 4: "⁗"][primes] ?? String(repeating: "′", count: primes), .ordinary)
            prime.flat = true
            sup = sup.map { .row([.op(prime), $0]) } ?? .op(prime)
        }
        guard sub != nil || sup != nil else { return RowItem(node: base, isFunction: primary.isFunction) }
        let underOver: Bool =
            switch primary.placement {
            case .side: false
            case .limitsInDisplay: limits ?? display
            case .integral: limits ?? false
            }
        // An explicit `\limits` must hold in inline (compact) style too, where Core would
        // otherwise move the limits of a movablelimits operator such as ∑ to the side.
        if limits == true, case .op(var value) = base {
            value.movableLimits = false
            base = .op(value)
        }
        return RowItem(node: .scripts(base: base, sub: sub, sup: sup, limits: underOver), isFunction: primary.isFunction)
    }

    /// The argument of `^` or `_`: a group, or a single token (`x^23` is x² then 3).
    mutating func parseScriptArgument(symbol: Character, at offset: Int) throws(TextProblem) -> MathNode {
        skipSpaces()
        let example = symbol == "^" ? "'x^{2}'" : "'x_{i}'"
        let missing = TextProblem(
            message: "'\(symbol)' needs a \(symbol == "^" ? "superscript" : "subscript"), e.g. \(example)", offset: offset)
        guard let token = peek, Self.startsArgument(token) else { throw missing }
        if token.kind == .beginGroup { return try parseGroup() }
        try enter(at: token.offset)
        defer { leave() }
        return try parsePrimary(singleDigit: true).node
    }

    /// True when `token` can begin a command or script argument.
    static func startsArgument(_ token: MathToken) -> Bool {
        switch token.kind {
        case .beginGroup, .character: true
        case .command(let name): !["right", "end", "\\", "limits", "nolimits"].contains(name)
        case .endGroup, .space, .superscript, .subscript, .alignment: false
        }
    }

    // MARK: - Errors

    func doubleSuperscript(at offset: Int) -> TextProblem {
        TextProblem(message: "double superscript; put braces around one of them, e.g. 'x^{a^b}'", offset: offset)
    }

    func misplacedLimits(_ name: String, at offset: Int) -> TextProblem {
        TextProblem(message: "'\\\(name)' must follow an operator such as '\\sum' or '\\lim'", offset: offset)
    }

    /// The error for a closing token where nothing it could close is open.
    func misplaced(_ token: MathToken) -> TextProblem {
        let insideCell = environmentDepth > 0
        let message: String
        switch token.kind {
        case .endGroup:
            message = "unexpected '}'"
        case .command("right"):
            message = "'\\right' without a matching '\\left'"
        case .alignment:
            message =
                insideCell
                ? "'&' inside a group; close the '{' or '\\left' before the next column"
                : "'&' outside an environment"
        case .command("\\"):
            message =
                insideCell
                ? "'\\\\' inside a group; close the '{' or '\\left' before the next row"
                : "'\\\\' outside an environment; use '\\begin{aligned}' for several lines"
        case .command("end"):
            let name = environmentName(after: position + 1) ?? ""
            message = "'\\end{\(name)}' without a matching '\\begin{\(name)}'"
        case .character(let character):
            message = "unexpected '\(character)'"
        default:
            message = "unexpected token"
        }
        return TextProblem(message: message, offset: token.offset)
    }
}
