import AtlasDiagnostics

/// `\begin{…} … \end{…}` and `\text{…}`: the constructs that read their own syntax.
extension MathParser {
    /// The environments of the subset and the fences around their `<mtable>`.
    enum Environment: String, CaseIterable {
        case matrix, pmatrix, bmatrix, Bmatrix, vmatrix, Vmatrix, cases, aligned

        var fences: (open: String, close: String)? {
            switch self {
            case .matrix, .aligned: nil
            case .pmatrix: ("(", ")")
            case .bmatrix: ("[", "]")
            case .Bmatrix: ("{", "}")
            case .vmatrix: ("|", "|")
            case .Vmatrix: ("‖", "‖")
            case .cases: ("{", "")
            }
        }
    }

    /// The name in `{…}` at token `index` (after `\begin` or `\end`), its offset, and
    /// the index after the closing brace; nil when there is no well-formed `{name}`.
    func environmentName(after index: Int) -> String? {
        scanEnvironmentName(after: index)?.name
    }

    private func scanEnvironmentName(after index: Int) -> (name: String, offset: Int, end: Int)? {
        var index = index
        while index < tokens.count, tokens[index].kind == .space { index += 1 }
        guard index < tokens.count, tokens[index].kind == .beginGroup else { return nil }
        index += 1
        let offset = index < tokens.count ? tokens[index].offset : 0
        var name = ""
        while index < tokens.count {
            switch tokens[index].kind {
            case .character(let character) where character.isLetter || character == "*": name.append(character)
            case .space: break
            case .endGroup: return name.isEmpty ? nil : (name, offset, index + 1)
            default: return nil
            }
            index += 1
        }
        return nil
    }

    /// An environment: rows split by `\\`, cells by `&`.
    ///
    /// A trailing `\\` before `\end` does not add an empty row, as in LaTeX. An optional
    /// row spacing `\\[2pt]` is accepted and ignored.
    mutating func parseEnvironment(at offset: Int) throws(TextProblem) -> MathNode {
        guard let scanned = scanEnvironmentName(after: position) else {
            throw TextProblem(message: "'\\begin' needs an environment name, e.g. '\\begin{cases}'", offset: offset)
        }
        guard let environment = Environment(rawValue: scanned.name) else {
            let names = Environment.allCases.map(\.rawValue)
            if let suggestion = Spelling.suggestion(for: scanned.name, among: names) {
                throw TextProblem(
                    message: "unknown environment '\(scanned.name)'; did you mean '\(suggestion)'?", offset: scanned.offset)
            }
            throw TextProblem(
                message: "unknown environment '\(scanned.name)'; the environments are \(names.map { "'\($0)'" }.joined(separator: ", "))",
                offset: scanned.offset)
        }
        position = scanned.end
        try enter(at: offset)
        environmentDepth += 1
        defer {
            environmentDepth -= 1
            leave()
        }
        var rows: [[MathNode]] = []
        var row: [MathNode] = []
        while true {
            let items = try parseRow()
            // amsmath starts every right-hand column of `aligned` with `{}`, so `&= x` and
            // `&+ y` keep their binary spacing.
            let leading = environment == .aligned && row.count % 2 == 1
            let nodes = Self.finish(items, afterOperator: false, leadingOrdinary: leading)
            row.append(nodes.count == 1 ? nodes[0] : .row(nodes))
            guard let token = peek else {
                throw TextProblem(
                    message: "'\\begin{\(scanned.name)}' has no matching '\\end{\(scanned.name)}'", offset: offset)
            }
            switch token.kind {
            case .alignment:
                advance()
            case .command("\\"):
                advance()
                skipRowSpacing()
                rows.append(row)
                row = []
            case .command("end"):
                let end = scanEnvironmentName(after: position + 1)
                guard let end, end.name == scanned.name else {
                    let written = end.map { "'\\end{\($0.name)}'" } ?? "'\\end'"
                    throw TextProblem(message: "\(written) does not match '\\begin{\(scanned.name)}'", offset: token.offset)
                }
                position = end.end
                if !(row.count == 1 && row[0] == .row([]) && !rows.isEmpty) { rows.append(row) }
                return makeTable(environment, rows: rows)
            default:
                throw misplaced(token)
            }
        }
    }

    /// Skips `[2pt]` after `\\`.
    private mutating func skipRowSpacing() {
        var index = position
        while index < tokens.count, tokens[index].kind == .space { index += 1 }
        guard index < tokens.count, tokens[index].kind == .character("[") else { return }
        while index < tokens.count, tokens[index].kind != .character("]") {
            if case .character = tokens[index].kind { index += 1 } else { return }
        }
        if index < tokens.count { position = index + 1 }
    }

    private func makeTable(_ environment: Environment, rows: [[MathNode]]) -> MathNode {
        let columns: MathTable.Columns =
            switch environment {
            case .cases: .left
            case .aligned: .rightLeftPairs
            default: .centered
            }
        let table = MathNode.table(MathTable(rows: rows, columns: columns, displayStyle: environment == .aligned))
        guard let fences = environment.fences else { return table }
        var nodes: [MathNode] = [.op(Self.fence(fences.open, .open)), table]
        if !fences.close.isEmpty { nodes.append(.op(Self.fence(fences.close, .close))) }
        return .row(nodes)
    }

    /// `\text{…}`: `<mtext>` with the spaces kept; leading and trailing ones become
    /// U+00A0, because Core lays out `<mtext>` like a block and would drop them.
    mutating func parseText(_ name: String, at offset: Int) throws(TextProblem) -> MathNode {
        let bold = name == "textbf"
        skipSpaces()
        let missing = TextProblem(message: "'\\\(name)' needs an argument, e.g. '\\\(name){if }'", offset: offset)
        guard let open = peek else { throw missing }
        if case .character(let character) = open.kind {
            advance()
            return .text(String(character), bold: bold)
        }
        guard open.kind == .beginGroup else { throw missing }
        advance()
        var text = ""
        var braces = 0
        while let token = peek {
            advance()
            switch token.kind {
            case .character("$"):
                throw TextProblem(
                    message: "math inside '\\\(name)' is not supported; close the text first, e.g. '\\text{if } x > 0'",
                    offset: token.offset)
            case .character("~"): text.append("\u{A0}")
            case .character(let character): text.append(character)
            case .space: text.append(" ")
            case .superscript: text.append("^")
            case .subscript: text.append("_")
            case .alignment: text.append("&")
            case .beginGroup: braces += 1
            case .endGroup:
                if braces == 0 { return .text(Self.keepingEdgeSpaces(text), bold: bold) }
                braces -= 1
            case .command(let command):
                if ["{", "}", "_", "%", "$", "#", "&"].contains(command) {
                    text += command
                } else if command == " " || command == "," || command == "\\" {
                    text.append(" ")
                } else {
                    throw TextProblem(
                        message: "'\\\(command)' cannot be used inside '\\\(name)'; close the text first, e.g. '\\text{for } \\alpha'",
                        offset: token.offset)
                }
            }
        }
        throw TextProblem(message: "unclosed '{'; add a matching '}'", offset: open.offset)
    }

    private static func keepingEdgeSpaces(_ text: String) -> String {
        var characters = Array(text)
        if characters.first == " " { characters[0] = "\u{A0}" }
        if characters.count > 1, characters.last == " " { characters[characters.count - 1] = "\u{A0}" }
        return String(characters)
    }
}
