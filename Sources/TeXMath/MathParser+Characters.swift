import AtlasDiagnostics
import AtlasText

/// Primaries: single characters, symbols from the tables, and the dispatch to commands.
extension MathParser {
    /// One atom without scripts. `singleDigit` makes `\frac12` and `x^23` take one digit.
    mutating func parsePrimary(singleDigit: Bool = false) throws(TextProblem) -> Primary {
        guard let token = peek else { throw TextProblem(message: "unexpected end of formula", offset: 0) }
        switch token.kind {
        case .beginGroup:
            return Primary(node: try parseGroup())
        case .character(let character):
            advance()
            return Primary(node: try characterNode(character, at: token.offset, singleDigit: singleDigit))
        case .command(let name):
            advance()
            return try parseCommand(name, at: token.offset)
        case .space, .endGroup, .superscript, .subscript, .alignment:
            throw misplaced(token)
        }
    }

    /// A letter, digit run or operator character.
    mutating func characterNode(_ character: Character, at offset: Int, singleDigit: Bool) throws(TextProblem) -> MathNode {
        if CharacterClass.isASCIIDigit(character) || (character == "." && nextIsDigit) {
            var digits = String(character)
            if !singleDigit {
                while let next = peekCharacter,
                    CharacterClass.isASCIIDigit(next) || (next == "." && !digits.contains(".") && characterIsDigit(at: position + 1))
                {
                    digits.append(next)
                    advance()
                }
            }
            return .number(String(digits.map { font?.digit($0) ?? $0 }))
        }
        if CharacterClass.isLetter(character) {
            return letterNode(character)
        }
        if CharacterClass.isNumber(character) {
            return .number(String(character))
        }
        switch character {
        case "+": return .op(MathOperator("+", .binary))
        case "-": return .op(MathOperator("−", .binary))  // U+2212 MINUS SIGN
        case "*": return .op(MathOperator("∗", .binary))
        case "=", "<", ">", ":": return .op(MathOperator(String(character), .relation))
        case ",", ";": return .op(MathOperator(String(character), .punctuation))
        case "!": return .op(MathOperator("!", .postfix))
        case "(", "[", ")", "]", "|":
            // Core's dictionary makes these stretchy; TeX's plain ( ) never grow.
            let role: MathOperator.Role = "([".contains(character) ? .open : ")]".contains(character) ? .close : .ordinary
            var value = MathOperator(String(character), role)
            value.stretchy = false
            // In mid-row Core takes `|` as infix with relation spacing; TeX's `|` is Ord.
            value.flat = character == "|"
            return .op(value)
        case "/":
            var value = MathOperator("/", .ordinary)
            value.flat = true
            return .op(value)
        case "~": return .space("0.3333em")
        case "$":
            throw TextProblem(message: "'$' inside math; write '\\$' for a dollar sign", offset: offset)
        case "#":
            throw TextProblem(message: "'#' is not allowed in math; write '\\#' for a hash sign", offset: offset)
        default:
            return .op(MathOperator(String(character), .ordinary))
        }
    }

    /// A letter in the current font: one `<mi>` per letter, except that upright
    /// (`\mathrm`, `\operatorname`) letters are merged into one name such as `ReLU`.
    mutating func letterNode(_ letter: Character) -> MathNode {
        guard let font else { return .identifier(String(letter), upright: Self.isUprightGreek(letter)) }
        if font == .roman {
            var name = String(letter)
            while true {
                var lookahead = position
                while lookahead < tokens.count, tokens[lookahead].kind == .space { lookahead += 1 }
                guard lookahead < tokens.count, case .character(let next) = tokens[lookahead].kind,
                    next.isASCII, next.isLetter
                else { break }
                name.append(next)
                position = lookahead + 1
            }
            return .identifier(name, upright: true)
        }
        // TeX's \boldsymbol keeps capital Greek upright, like \mathbf.
        let effective = font == .boldItalic && Self.isUprightGreek(letter) ? MathFont.bold : font
        if let styled = effective.letter(letter) { return .identifier(String(styled), upright: false) }
        return .identifier(String(letter), upright: Self.isUprightGreek(letter))
    }

    /// TeX sets capital Greek upright; Core would italicise a single-letter `<mi>`.
    static func isUprightGreek(_ letter: Character) -> Bool {
        guard let value = letter.unicodeScalars.first?.value else { return false }
        return (0x391...0x3A9).contains(value)
    }

    var peekCharacter: Character? {
        if let token = peek, case .character(let character) = token.kind { return character }
        return nil
    }

    var nextIsDigit: Bool { characterIsDigit(at: position) }

    func characterIsDigit(at index: Int) -> Bool {
        guard index < tokens.count, case .character(let character) = tokens[index].kind else { return false }
        return CharacterClass.isASCIIDigit(character)
    }

    /// A control word: a table symbol, or one of the structural commands.
    mutating func parseCommand(_ name: String, at offset: Int) throws(TextProblem) -> Primary {
        if let symbol = MathSymbols.table[name] {
            return symbolPrimary(symbol)
        }
        if let role = MathSymbols.plainDelimiters[name], let text = MathSymbols.delimiters["\\" + name] {
            var value = MathOperator(text, role)
            value.stretchy = false
            value.flat = text == "|" || text == "‖"
            return Primary(node: .op(value))
        }
        switch name {
        case "frac", "dfrac", "tfrac": return Primary(node: try parseFraction(name, at: offset))
        case "sqrt": return Primary(node: try parseSquareRoot(at: offset))
        case "left": return Primary(node: try parseLeftRight(at: offset))
        case "middle": return Primary(node: try parseMiddle(at: offset))
        case "begin": return Primary(node: try parseEnvironment(at: offset))
        case "operatorname": return try parseOperatorName(at: offset)
        case "text", "textrm", "textbf", "mbox": return Primary(node: try parseText(name, at: offset))
        case "limits", "nolimits": throw misplacedLimits(name, at: offset)
        case "right", "end", "\\":
            position -= 1
            throw misplaced(tokens[position])
        default: break
        }
        if let font = MathSymbols.fonts[name] { return Primary(node: try parseFont(font, name, at: offset)) }
        if let accent = MathSymbols.accents[name] { return Primary(node: try parseAccent(name, accent, at: offset)) }
        if name.hasPrefix("big") || name.hasPrefix("Big") { return Primary(node: try parseBig(name, at: offset)) }
        throw unknownCommand(name, at: offset)
    }

    func symbolPrimary(_ symbol: MathSymbol) -> Primary {
        switch symbol {
        case .greek(let letter):
            if font == .roman { return Primary(node: .identifier(String(letter), upright: true)) }
            let effective = font == .boldItalic && Self.isUprightGreek(letter) ? MathFont.bold : font
            if let styled = effective?.letter(letter) { return Primary(node: .identifier(String(styled), upright: false)) }
            return Primary(node: .identifier(String(letter), upright: Self.isUprightGreek(letter)))
        case .ordinary(let text, let upright):
            if let letter = text.first, text.count == 1, let font, font != .roman, let styled = font.letter(letter) {
                return Primary(node: .identifier(String(styled), upright: false))
            }
            return Primary(node: .identifier(text, upright: upright))
        case .op(let text, let role):
            return Primary(node: .op(MathOperator(text, role)))
        case .large(let text, let integral):
            return Primary(node: .op(MathOperator(text, .large)), placement: integral ? .integral : .limitsInDisplay)
        case .function(let name, let limits):
            return Primary(node: .identifier(name, upright: true), isFunction: true, placement: limits ? .limitsInDisplay : .side)
        case .space(let width):
            return Primary(node: .space(width))
        }
    }

    func unknownCommand(_ name: String, at offset: Int) -> TextProblem {
        let candidates = MathSymbols.allCommands.filter { $0.allSatisfy(\.isLetter) }
        if name.allSatisfy(\.isLetter), !name.isEmpty, let suggestion = Spelling.suggestion(for: name, among: candidates) {
            return TextProblem(message: "unknown command '\\\(name)'; did you mean '\\\(suggestion)'?", offset: offset)
        }
        return TextProblem(message: "unknown command '\\\(name)'", offset: offset)
    }
}
