/// What a control word without arguments stands for.
enum MathSymbol: Equatable, Sendable {
    /// A Greek letter: italic lowercase, upright uppercase, restyled by `\mathbf` etc.
    case greek(Character)
    /// An ordinary symbol written as `<mi>` (∞, ∂, ∅); `upright` for those TeX draws
    /// upright but Core would italicise as a single-character `<mi>` (∇).
    case ordinary(String, upright: Bool)
    /// An `<mo>`; its spacing comes from MathML Core's operator dictionary.
    case op(String, MathOperator.Role)
    /// ∑ ∏ ∫ ∮: scripts become limits in display style, except on integrals.
    case large(String, integral: Bool)
    /// `\sin`, `\lim`, …: an upright name; `limits` ones put scripts below in display.
    case function(String, limits: Bool)
    /// A horizontal space in em.
    case space(String)
}
