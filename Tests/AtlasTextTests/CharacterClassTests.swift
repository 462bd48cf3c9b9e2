import Testing

@testable import AtlasText

/// CharacterClass must answer exactly as Character's Unicode properties do; only the
/// way to the answer differs.
@Suite struct CharacterClassTests {
    /// Every ASCII character, CR LF (one Character whose asciiValue is that of LF), and
    /// non-ASCII letters, digits, spaces and line separators of several scripts.
    static let characters: [Character] =
        (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + [
            "\r\n", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{FEFF}",
            "é", "ß", "σ", "Ω", "я", "字", "の", "١", "٣", "²", "½", "Ⅻ", "𝑥", "😀", "e\u{301}", "−", "′", "×",
        ]

    @Test("Each function gives the answer of the property it names", arguments: characters)
    func sameAnswers(character: Character) {
        #expect(CharacterClass.isLetter(character) == character.isLetter)
        #expect(CharacterClass.isNumber(character) == character.isNumber)
        #expect(CharacterClass.isWhitespace(character) == character.isWhitespace)
        #expect(CharacterClass.isNewline(character) == character.isNewline)
        #expect(CharacterClass.isASCIILetter(character) == (character.isASCII && character.isLetter))
        #expect(CharacterClass.isASCIIDigit(character) == (character.isASCII && character.isNumber))
    }

    @Test("The scalar forms answer as the scalar's Character does", arguments: characters.compactMap(\.unicodeScalars.first))
    func scalars(scalar: Unicode.Scalar) {
        let character = Character(scalar)
        #expect(CharacterClass.isWhitespace(scalar) == character.isWhitespace)
        #expect(CharacterClass.isLetter(scalar) == character.isLetter)
        #expect(CharacterClass.isNumber(scalar) == character.isNumber)
        #expect(CharacterClass.isASCIIDigit(scalar) == (character.isASCII && character.isNumber))
    }

    @Test("The byte forms answer for every byte as the byte's Character does, if it is ASCII")
    func bytes() {
        for byte in UInt8.min...UInt8.max {
            let character = byte < 0x80 ? Character(Unicode.Scalar(byte)) : nil
            #expect(CharacterClass.isASCIILetter(byte) == (character?.isLetter ?? false), "\(byte)")
            #expect(CharacterClass.isASCIIDigit(byte) == (character?.isNumber ?? false), "\(byte)")
        }
    }

    @Test("No scalar after U+3000 is White_Space (search text skips the look-up there)")
    func lastWhitespace() {
        let later = (0x3001...0x10_FFFF).compactMap(Unicode.Scalar.init).filter(\.properties.isWhitespace)
        #expect(later.isEmpty)
        #expect(Unicode.Scalar(0x3000)!.properties.isWhitespace)
    }
}
