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
        // Why two ways in: an expression is nearly always ASCII, and then each byte is one
        // Character (carriage return aside, which joins a line feed into one), so the
        // lexer walks Unicode scalars, which need no grapheme breaking and compare as
        // integers. Any other text is walked Character by Character. Both read the same
        // tokens with the same Character offsets.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
            return tokens(of: Array(text.unicodeScalars), in: text, starts: Array(text.unicodeScalars.indices))
        }
        return tokens(of: Array(text), in: text, starts: Array(text.indices))
    }

    /// - Parameter starts: where each unit starts in `text`: a token's text is a slice of
    ///   `text`, copied as bytes, not rebuilt unit by unit.
    static func tokens<Unit: LexedUnit>(
        of characters: [Unit], in text: String, starts: [String.Index]
    ) -> [ExpressionToken] {
        let starts = starts + [text.endIndex]
        var tokens: [ExpressionToken] = []
        var i = 0
        func written(from start: Int) -> String { String(text[starts[start]..<starts[i]]) }
        func add(_ kind: ExpressionToken.Kind, from start: Int) {
            tokens.append(ExpressionToken(kind: kind, text: written(from: start), offset: start))
        }
        while i < characters.count {
            let c = characters[i]
            let start = i
            if c.isSpace {
                i += 1
                continue
            }
            if c.isASCIIDigit || (c == "." && i + 1 < characters.count && characters[i + 1].isASCIIDigit) {
                i = endOfNumber(characters, from: i)
                // `1.2.3` or `1e5.2`: one malformed token, not a number followed by junk.
                if i < characters.count, characters[i] == "." {
                    while i < characters.count, characters[i].isASCIIDigit || characters[i] == "." { i += 1 }
                    add(.invalid(problem: "malformed number '\(written(from: start))'"), from: start)
                } else {
                    add(.number, from: start)
                }
                continue
            }
            if c.isLetterLike || c == "_" {
                while i < characters.count, characters[i].isLetterLike || characters[i].isNumberLike || characters[i] == "_" {
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
            case "×", "·", "⋅":
                add(.invalid(problem: "unexpected character '\(written(from: start))'; write '*' to multiply"), from: start)
            case "[", "{":
                add(.invalid(problem: "unexpected character '\(written(from: start))'; group with '(' and ')'"), from: start)
            default: add(.invalid(problem: "unexpected character '\(written(from: start))'"), from: start)
            }
        }
        tokens.append(ExpressionToken(kind: .end, text: "", offset: characters.count))
        return tokens
    }

    /// `digits [. digits] [(e|E) [+|-] digits]` or `. digits …`. An `e` not followed by
    /// an exponent is left alone, so `2e` reads as `2` then the constant `e`.
    private static func endOfNumber<Unit: LexedUnit>(_ characters: [Unit], from start: Int) -> Int {
        var i = start
        while i < characters.count, characters[i].isASCIIDigit { i += 1 }
        if i < characters.count, characters[i] == "." {
            i += 1
            while i < characters.count, characters[i].isASCIIDigit { i += 1 }
        }
        if i < characters.count, characters[i] == "e" || characters[i] == "E" {
            var j = i + 1
            if j < characters.count, characters[j] == "+" || characters[j] == "-" { j += 1 }
            if j < characters.count, characters[j].isASCIIDigit {
                while j < characters.count, characters[j].isASCIIDigit { j += 1 }
                i = j
            }
        }
        return i
    }
}
