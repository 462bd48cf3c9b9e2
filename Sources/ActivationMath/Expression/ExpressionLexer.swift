import AtlasText

/// One token of an expression with the Character offset where it starts.
struct ExpressionToken: Sendable {
    enum Kind: Sendable, Equatable {
        case number, identifier
        case plus, minus, star, slash, caret
        case open, close, comma, equals, prime
        /// A character or number the language does not accept; `problem` is the message.
        case invalid(problem: String)
        case end
    }

    var kind: Kind
    /// The text as written (U+2212 stays U+2212; `number` normalises it).
    var text: String
    var offset: Int

    /// Whether this token can start an operand: used to spot implicit multiplication.
    var startsOperand: Bool {
        kind == .number || kind == .identifier || kind == .open
    }
}

/// Splits an expression into tokens. Never fails: a bad character becomes an `invalid`
/// token, so the parser reports the leftmost problem whatever its kind.
enum ExpressionLexer {
    static func tokens(of text: String) -> [ExpressionToken] {
        let characters = Array(text)
        // Where each Character starts in `text`, and its end: a token's text is a slice of
        // `text`, copied as bytes, not rebuilt Character by Character.
        let starts = Array(text.indices) + [text.endIndex]
        var tokens: [ExpressionToken] = []
        var i = 0
        func add(_ kind: ExpressionToken.Kind, from start: Int) {
            tokens.append(ExpressionToken(kind: kind, text: String(text[starts[start]..<starts[i]]), offset: start))
        }
        while i < characters.count {
            let c = characters[i]
            let start = i
            if CharacterClass.isWhitespace(c) {
                i += 1
                continue
            }
            if CharacterClass.isASCIIDigit(c) || (c == "." && i + 1 < characters.count && CharacterClass.isASCIIDigit(characters[i + 1])) {
                i = endOfNumber(characters, from: i)
                // `1.2.3` or `1e5.2`: one malformed token, not a number followed by junk.
                if i < characters.count, characters[i] == "." {
                    while i < characters.count, CharacterClass.isASCIIDigit(characters[i]) || characters[i] == "." { i += 1 }
                    add(.invalid(problem: "malformed number '\(String(characters[start..<i]))'"), from: start)
                } else {
                    add(.number, from: start)
                }
                continue
            }
            if CharacterClass.isLetter(c) || c == "_" {
                while i < characters.count,
                    CharacterClass.isLetter(characters[i]) || CharacterClass.isNumber(characters[i]) || characters[i] == "_"
                {
                    i += 1
                }
                add(.identifier, from: start)
                continue
            }
            i += 1
            switch c {
            case "+": add(.plus, from: start)
            // U+2212 is the minus sign of typeset text; read it as "-".
            case "-", "\u{2212}": add(.minus, from: start)
            case "*": add(.star, from: start)
            case "/": add(.slash, from: start)
            case "^": add(.caret, from: start)
            case "(": add(.open, from: start)
            case ")": add(.close, from: start)
            case ",": add(.comma, from: start)
            case "=": add(.equals, from: start)
            // U+2032 is the typeset prime: `sigmoid′(0)` reads like `sigmoid'(0)`.
            case "'", "\u{2032}": add(.prime, from: start)
            case "×", "·", "⋅": add(.invalid(problem: "unexpected character '\(c)'; write '*' to multiply"), from: start)
            case "[", "{": add(.invalid(problem: "unexpected character '\(c)'; group with '(' and ')'"), from: start)
            default: add(.invalid(problem: "unexpected character '\(c)'"), from: start)
            }
        }
        tokens.append(ExpressionToken(kind: .end, text: "", offset: characters.count))
        return tokens
    }

    /// `digits [. digits] [(e|E) [+|-] digits]` or `. digits …`. An `e` not followed by
    /// an exponent is left alone, so `2e` reads as `2` then the constant `e`.
    private static func endOfNumber(_ characters: [Character], from start: Int) -> Int {
        var i = start
        while i < characters.count, CharacterClass.isASCIIDigit(characters[i]) { i += 1 }
        if i < characters.count, characters[i] == "." {
            i += 1
            while i < characters.count, CharacterClass.isASCIIDigit(characters[i]) { i += 1 }
        }
        if i < characters.count, characters[i] == "e" || characters[i] == "E" {
            var j = i + 1
            if j < characters.count, characters[j] == "+" || characters[j] == "-" { j += 1 }
            if j < characters.count, CharacterClass.isASCIIDigit(characters[j]) {
                while j < characters.count, CharacterClass.isASCIIDigit(characters[j]) { j += 1 }
                i = j
            }
        }
        return i
    }
}
