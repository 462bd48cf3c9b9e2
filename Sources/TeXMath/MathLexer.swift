import AtlasText

/// Splits TeX math into tokens, TeX's "mouth" without macro expansion.
///
/// Comments (`%` to the end of the line, the line break included) produce no token.
/// Letters after a backslash form one control word (`\frac12` is `\frac`, `1`, `2`);
/// any other character after a backslash is a control symbol. Never fails: every
/// character ends up in some token, and the parser decides what is wrong.
enum MathLexer {
    static func tokens(of text: [Character]) -> [MathToken] {
        var tokens: [MathToken] = []
        tokens.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let character = text[index]
            let start = index
            index += 1
            switch character {
            case "\\":
                if index < text.count, CharacterClass.isASCIILetter(text[index]) {
                    var name = ""
                    while index < text.count, CharacterClass.isASCIILetter(text[index]) {
                        name.append(text[index])
                        index += 1
                    }
                    tokens.append(MathToken(kind: .command(name), offset: start))
                } else if index < text.count {
                    // Control symbol. `\` + newline is a control space, as in TeX.
                    let symbol = CharacterClass.isNewline(text[index]) ? " " : String(text[index])
                    index += 1
                    tokens.append(MathToken(kind: .command(symbol), offset: start))
                } else {
                    tokens.append(MathToken(kind: .command(""), offset: start))
                }
            case "%":
                while index < text.count, !CharacterClass.isNewline(text[index]) { index += 1 }
                index += 1
            case "{": tokens.append(MathToken(kind: .beginGroup, offset: start))
            case "}": tokens.append(MathToken(kind: .endGroup, offset: start))
            case "^": tokens.append(MathToken(kind: .superscript, offset: start))
            case "_": tokens.append(MathToken(kind: .subscript, offset: start))
            case "&": tokens.append(MathToken(kind: .alignment, offset: start))
            case _ where CharacterClass.isWhitespace(character):
                while index < text.count, CharacterClass.isWhitespace(text[index]) { index += 1 }
                tokens.append(MathToken(kind: .space, offset: start))
            default:
                tokens.append(MathToken(kind: .character(character), offset: start))
            }
        }
        return tokens
    }
}
