/// The parsed formula, one case per MathML Core element family.
///
/// The parser resolves everything TeX-specific (fonts into Unicode letters, `\dfrac`
/// into a style, `\left(` into a fence operator), so `MathMLWriter` only spells
/// elements and attributes.
indirect enum MathNode: Equatable, Sendable {
    /// `<mi>`; `upright` adds `mathvariant="normal"`, which only matters for a single
    /// character (Core renders multi-character `<mi>` upright anyway).
    case identifier(String, upright: Bool)
    /// `<mn>`.
    case number(String)
    /// `<mo>`.
    case op(MathOperator)
    /// `<mtext>`; `bold` from `\textbf`.
    case text(String, bold: Bool)
    /// `<mspace>`; a width in em such as `0.1667em`, negative for `\!`.
    case space(String)
    /// `<mrow>`.
    case row([MathNode])
    /// `<mfrac>`.
    case fraction(MathNode, MathNode, style: FractionStyle)
    /// `<msqrt>`, or `<mroot>` with an index.
    case root(MathNode, index: MathNode?)
    /// `<msub>`/`<msup>`/`<msubsup>`, or `<munder>`/`<mover>`/`<munderover>` with `limits`.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?, limits: Bool)
    /// `<mover accent="true">`, or `<munder accentunder="true">` when `under`.
    case accent(MathNode, mark: MathOperator, under: Bool)
    /// `<mtable>`.
    case table(MathTable)

    /// Style forced on a fraction: `\dfrac` (display), `\tfrac` (text), `\frac` (inherit).
    enum FractionStyle: Equatable, Sendable {
        case inherited, display, text
    }

    /// The operator, if this node is a bare `<mo>`.
    var operatorValue: MathOperator? {
        if case .op(let value) = self { return value }
        return nil
    }
}

/// An `<mo>` with the few attributes this converter sets, written in a fixed order.
struct MathOperator: Equatable, Sendable {
    /// How TeX classes the operator; decides unary minus and function spacing.
    enum Role: Equatable, Sendable {
        case ordinary, binary, relation, open, close, punctuation, prefix, postfix, large
    }

    var text: String
    var role: Role
    var form: String? = nil
    var stretchy: Bool? = nil
    var fence = false
    /// `minsize` and `maxsize` both, for `\big(` and friends.
    var size: String? = nil
    var movableLimits: Bool? = nil
    /// `lspace="0" rspace="0"`: for characters TeX treats as Ord (`|`, `/`, primes) but
    /// Core's dictionary spaces as infix operators.
    var flat = false

    init(_ text: String, _ role: Role) {
        self.text = text
        self.role = role
    }

    /// True when a following `+` or `-` is unary in TeX (Bin after these becomes Ord).
    var makesNextBinaryUnary: Bool {
        switch role {
        case .binary, .relation, .open, .punctuation, .prefix, .large: true
        case .ordinary, .close, .postfix: false
        }
    }
}

/// The cells of an environment and how its columns are aligned.
struct MathTable: Equatable, Sendable {
    enum Columns: Equatable, Sendable {
        /// Centred: the matrix family.
        case centered
        /// Left-aligned: `cases`.
        case left
        /// Right, left, right, …: `aligned`, with no gap inside each pair.
        case rightLeftPairs
    }

    var rows: [[MathNode]]
    var columns: Columns
    /// `aligned` typesets its cells in display style, matrices and `cases` in text style.
    var displayStyle: Bool
}
