/// How many terminal cells a Character takes, as a terminal draws it: 2 for East Asian
/// Wide and Fullwidth characters (汉字, かな, 한글, fullwidth forms such as `，`) and for
/// emoji, 1 for the rest. A tab is one Character but not one cell: callers that line text
/// up under a source line copy the tab itself (see ``SourceSnippet``).
///
/// The ranges are Unicode's East Asian Width property (UAX #11) values W and F, folded
/// into the blocks that hold them, as `wcwidth` does; a Character is measured by its
/// first scalar, since the marks that follow it in a grapheme cluster take no cell.
///
/// ```swift
/// CharacterWidth.cells("a")   // 1
/// CharacterWidth.cells("函")  // 2
/// ```
public enum CharacterWidth {
    public static func cells(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        return isWide(scalar.value) ? 2 : 1
    }

    /// The cells of a whole text.
    public static func cells(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + cells($1) }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE,
            0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
            0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
            0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55:
            return true
        // CJK radicals, punctuation (the ideographic space and full stop), kana, bopomofo,
        // hangul compatibility jamo, CJK ideographs and Yi; U+303F is half width.
        case 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F:
            return true
        case 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
            return true
        case 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
            0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF,
            0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
