import AtlasText

/// What the lexer reads: a Character, or a Unicode scalar of ASCII text (where each is
/// one Character). The classes are Character's `isWhitespace`, `isLetter`, `isNumber`
/// and ASCII digits, answered without the Unicode tables where the unit is ASCII.
protocol LexedUnit: Equatable, ExpressibleByUnicodeScalarLiteral {
    var isSpace: Bool { get }
    var isLetterLike: Bool { get }
    var isNumberLike: Bool { get }
    var isASCIIDigit: Bool { get }
}

extension Character: LexedUnit {
    var isSpace: Bool { CharacterClass.isWhitespace(self) }
    var isLetterLike: Bool { CharacterClass.isLetter(self) }
    var isNumberLike: Bool { CharacterClass.isNumber(self) }
    var isASCIIDigit: Bool { CharacterClass.isASCIIDigit(self) }
}

extension Unicode.Scalar: LexedUnit {
    var isSpace: Bool { CharacterClass.isWhitespace(self) }
    var isLetterLike: Bool { CharacterClass.isLetter(self) }
    var isNumberLike: Bool { CharacterClass.isNumber(self) }
    var isASCIIDigit: Bool { CharacterClass.isASCIIDigit(self) }
}
