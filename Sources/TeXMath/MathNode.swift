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
