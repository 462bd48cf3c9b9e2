/// Character's Unicode properties, answered for ASCII by comparing bytes (of a Character,
/// or of a Unicode scalar taken as a Character).
///
/// `Character.isLetter`, `isNumber`, `isWhitespace` and `isNewline` look each character
/// up in the Unicode property tables, about a hundred times the cost of a comparison;
/// lexers that ask them of every character of every formula spent most of their time
/// there. Each function here gives the same answer as the property it names (the tests
/// compare them on every ASCII character, CR LF and a sample of the rest): for ASCII,
/// letters are A–Z and a–z, numbers are 0–9, whitespace is tab, line feed, vertical
/// tab, form feed, carriage return and space, and newlines are the four from line feed
/// to carriage return. Anything else is asked of the tables.
public enum CharacterClass {
    /// `character.isLetter`.
    @inlinable public static func isLetter(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return character.isLetter }
        return isASCIILetter(byte)
    }

    /// `character.isNumber`.
    @inlinable public static func isNumber(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return character.isNumber }
        return isASCIIDigit(byte)
    }

    /// `character.isWhitespace`.
    @inlinable public static func isWhitespace(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return character.isWhitespace }
        return byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// `character.isNewline`.
    @inlinable public static func isNewline(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return character.isNewline }
        return (0x0A...0x0D).contains(byte)
    }

    /// `character.isASCII && character.isLetter`: A–Z or a–z.
    @inlinable public static func isASCIILetter(_ character: Character) -> Bool {
        character.asciiValue.map(isASCIILetter) ?? false
    }

    /// `character.isASCII && character.isNumber`: 0–9.
    @inlinable public static func isASCIIDigit(_ character: Character) -> Bool {
        character.asciiValue.map(isASCIIDigit) ?? false
    }

    /// `Character(scalar).isWhitespace`, for a lexer that walks the scalars of ASCII text.
    @inlinable public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return Character(scalar).isWhitespace }
        return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
    }

    /// `Character(scalar).isLetter`.
    @inlinable public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return Character(scalar).isLetter }
        return isASCIILetter(UInt8(scalar.value))
    }

    /// `Character(scalar).isNumber`.
    @inlinable public static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return Character(scalar).isNumber }
        return isASCIIDigit(UInt8(scalar.value))
    }

    /// `scalar.isASCII && Character(scalar).isNumber`: 0–9.
    @inlinable public static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && isASCIIDigit(UInt8(scalar.value))
    }

    /// A byte of UTF-8 that is A–Z or a–z.
    @inlinable public static func isASCIILetter(_ byte: UInt8) -> Bool {
        // Setting bit 5 maps A–Z onto a–z and nothing else into that range.
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    /// A byte of UTF-8 that is 0–9.
    @inlinable public static func isASCIIDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
