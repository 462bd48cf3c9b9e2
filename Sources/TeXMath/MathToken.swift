/// One lexical unit of TeX math, with the Character offset where it starts.
struct MathToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// `\name` (letters) or a control symbol such as `\,`, `\{`, `\\` or `\ `; the
        /// name has no backslash. A lone `\` at the end of input has the empty name.
        case command(String)
        /// Any other single character: letters, digits, `+`, `(`, `'`, `~`, non-ASCII…
        case character(Character)
        /// A run of white space. Math mode ignores it; `\text{…}` keeps it.
        case space
        case beginGroup, endGroup
        case superscript, `subscript`
        /// `&`, the column separator of environments.
        case alignment
    }

    var kind: Kind
    var offset: Int
}
