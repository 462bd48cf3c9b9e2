import AtlasDiagnostics
import Testing

@testable import TeXMath

/// Pins every message the converter can print, with the offset it points at.
@Suite struct MathMLConverterErrorTests {
    static let cases: [(tex: String, offset: Int, message: String)] = [
        (##"\frca{1}{2}"##, 0, ##"unknown command '\frca'; did you mean '\frac'?"##),
        (##"x + \foo"##, 4, ##"unknown command '\foo'"##),
        (##"\alpah"##, 0, ##"unknown command '\alpah'; did you mean '\alpha'?"##),
        (##"αβ \foo"##, 3, ##"unknown command '\foo'"##),
        (##"{x"##, 0, ##"unclosed '{'; add a matching '}'"##),
        (##"x}"##, 1, ##"unexpected '}'"##),
        (##"a + \left( b"##, 4, ##"'\left(' has no matching '\right'"##),
        (##"\left\{ x"##, 0, ##"'\left\{' has no matching '\right'"##),
        (##"x \right)"##, 2, ##"'\right' without a matching '\left'"##),
        (##"\left( x } "##, 0, ##"'\left(' has no matching '\right'"##),
        (##"\frac{a}"##, 0, ##"'\frac' needs 2 arguments, e.g. '\frac{a}{b}'"##),
        (##"\dfrac"##, 0, ##"'\dfrac' needs 2 arguments, e.g. '\dfrac{a}{b}'"##),
        (##"\sqrt"##, 0, ##"'\sqrt' needs an argument, e.g. '\sqrt{x}'"##),
        (##"\sqrt[3 x"##, 5, ##"unclosed '[' after '\sqrt'; add a matching ']'"##),
        (##"\hat"##, 0, ##"'\hat' needs an argument, e.g. '\hat{x}'"##),
        (##"\mathbb"##, 0, ##"'\mathbb' needs an argument, e.g. '\mathbb{R}'"##),
        (##"\operatorname"##, 0, ##"'\operatorname' needs an argument, e.g. '\operatorname{ReLU}'"##),
        (##"\text"##, 0, ##"'\text' needs an argument, e.g. '\text{if }'"##),
        (##"\text{a $x$}"##, 8, ##"math inside '\text' is not supported; close the text first, e.g. '\text{if } x > 0'"##),
        (##"\text{\alpha}"##, 6, ##"'\alpha' cannot be used inside '\text'; close the text first, e.g. '\text{for } \alpha'"##),
        (##"\text{abc"##, 5, ##"unclosed '{'; add a matching '}'"##),
        (##"\begin{matrx} a \end{matrx}"##, 7, ##"unknown environment 'matrx'; did you mean 'matrix'?"##),
        (
            ##"\begin{foo} a \end{foo}"##, 7,
            ##"unknown environment 'foo'; the environments are 'matrix', 'pmatrix', 'bmatrix', 'Bmatrix', 'vmatrix', 'Vmatrix', 'cases', 'aligned'"##
        ),
        (##"\begin{cases} a \end{matrix}"##, 16, ##"'\end{matrix}' does not match '\begin{cases}'"##),
        (##"\begin{cases} a"##, 0, ##"'\begin{cases}' has no matching '\end{cases}'"##),
        (##"a \end{cases}"##, 2, ##"'\end{cases}' without a matching '\begin{cases}'"##),
        (##"\begin x"##, 0, ##"'\begin' needs an environment name, e.g. '\begin{cases}'"##),
        (##"a & b"##, 2, ##"'&' outside an environment"##),
        (##"a \\ b"##, 2, ##"'\\' outside an environment; use '\begin{aligned}' for several lines"##),
        (##"\begin{matrix} {a & b} \end{matrix}"##, 18, ##"'&' inside a group; close the '{' or '\left' before the next column"##),
        (##"x^a^b"##, 3, ##"double superscript; put braces around one of them, e.g. 'x^{a^b}'"##),
        (##"x_a_b"##, 3, ##"double subscript; put braces around one of them, e.g. 'x_{a_b}'"##),
        (##"x^2'"##, 3, ##"double superscript; put braces around one of them, e.g. 'x^{a^b}'"##),
        (##"x'^a^b"##, 4, ##"double superscript; put braces around one of them, e.g. 'x^{a^b}'"##),
        (##"x^"##, 1, ##"'^' needs a superscript, e.g. 'x^{2}'"##),
        (##"x_}"##, 1, ##"'_' needs a subscript, e.g. 'x_{i}'"##),
        (##"\left x"##, 6, ##"'\left' cannot take 'x'; use a delimiter such as '(', '[', '\{', '|', '\langle' or '.'"##),
        (##"\left"##, 0, ##"'\left' needs a delimiter, e.g. '\left(' or '\left.'"##),
        (##"\middle|"##, 0, ##"'\middle' must be between '\left' and '\right'"##),
        (##"x \limits"##, 2, ##"'\limits' must follow an operator such as '\sum' or '\lim'"##),
        (##"$x$"##, 0, ##"'$' inside math; write '\$' for a dollar sign"##),
        (##"#"##, 0, ##"'#' is not allowed in math; write '\#' for a hash sign"##),
        (##"\"##, 0, ##"unknown command '\'"##),
        (##"\bigx("##, 0, ##"unknown command '\bigx'; did you mean '\big'?"##),
    ]

    @Test(arguments: cases)
    func message(_ tex: String, offset: Int, message: String) {
        let result = MathMLConverter.convert(tex, display: false)
        #expect(result == .failure(TextProblem(message: message, offset: offset)))
    }

    @Test("Offsets count Characters, so a combining accent or emoji counts once")
    func graphemeOffsets() {
        let result = MathMLConverter.convert("e\u{301}\u{1F600} \\foo", display: false)
        #expect(result == .failure(TextProblem(message: "unknown command '\\foo'", offset: 3)))
    }
}
