import ActivationMath
import AtlasDiagnostics
import LessonMarkdown

/// ``{eval}`EXPR` `` → the number, formatted like a table cell: ``{eval}`sigmoid'(0)` ``
/// prints 0.25, to 6 significant digits. A trailing option, written as a directive's,
/// sets the digits: ``{eval}`sigmoid'(1) / sigmoid'(5) :digits: 2` `` prints 30.
enum EvalRenderer {
    static let digits = TableDirective.defaultDigits

    /// What the resolve phase hands on: the expression and the digits to print.
    struct Evaluation {
        var expression: Expression
        var digits: Int
    }

    /// The option that may follow the expression, with the space before it.
    private static let digitsOption = " :digits:"

    /// The resolve phase's half: the expression parsed, its functions looked up in the
    /// lesson's definitions and the catalogue; an `x`, which has no value here, is an error,
    /// and so are digits outside 1…17 (as a table's).
    static func evaluation(of role: Role, scope: LessonScope) -> Result<Evaluation, DirectiveFailure> {
        let content = role.content.value
        var source = content
        var digits = Self.digits
        // Foundation's search only when there is a colon: it bridges the text to UTF-16
        // first (4 of every 5 instructions this function spent on most roles, which have
        // no option), and it cannot match without one, as no character's canonical
        // decomposition holds U+003A (the full-width ：, U+FF1A, is a compatibility one).
        if content.utf8.contains(UInt8(ascii: ":")), let option = content.range(of: digitsOption) {
            source = String(content[..<option.lowerBound])
            let written = content[option.upperBound...].trimmingPrefix(" ")
            guard let number = Int(written), (1...17).contains(number) else {
                let column = content.distance(from: content.startIndex, to: written.startIndex)
                return .failure(
                    DirectiveFailure([
                        Diagnostic(
                            .directive, "':digits:' takes a whole number from 1 to 17, not '\(written)'",
                            at: role.content.location.advanced(by: column))
                    ]))
            }
            digits = number
        }
        switch Expression.parse(source, lookup: scope.resolve) {
        case .failure(let error):
            return .failure(DirectiveFailure([error.diagnostic(.function, at: role.content.location)]))
        case .success(let expression):
            guard !expression.usesVariable else {
                return .failure(
                    DirectiveFailure([
                        Diagnostic(
                            .function,
                            "'{eval}' prints a number, and 'x' has no value here; write e.g. 'sigmoid(2)'",
                            at: role.content.location)
                    ]))
            }
            return .success(Evaluation(expression: expression, digits: digits))
        }
    }

    /// The compute phase's half: the value, to the evaluation's significant digits.
    static func html(_ evaluation: Evaluation) -> String {
        let value = evaluation.expression.evaluate(at: 0.0).value
        return "<span class=\"eval\">\(text(value, digits: evaluation.digits))</span>"
    }

    /// `value` to `digits` significant digits, as a table cell writes it (C's `%g`), but for
    /// whole numbers below 10⁴, which `%g` writes in scientific form when they have more
    /// digits than it keeps: prose says "about 100 times", not "about 1 × 10² times".
    ///
    /// In prose a line may wrap, so the spaces around `×` do not break (U+00A0): a phone
    /// never shows "9.5 ×" on one line and "10⁻⁷" on the next.
    static func text(_ value: Double, digits: Int) -> String {
        let magnitude = value.magnitude
        guard magnitude >= 1, magnitude < 9999.5 else { return unbroken(value, digits: digits) }
        // The decimal exponent, 0 to 3, counted exactly (no log10 rounding at 1000).
        var exponent = 0
        while exponent < 3, magnitude >= [10.0, 100, 1000][exponent] { exponent += 1 }
        guard exponent >= digits else { return unbroken(value, digits: digits) }
        // Rounded to `digits` significant digits, it is a whole multiple of 10^(exponent − digits + 1).
        let unit = [1.0, 10, 100, 1000][exponent - digits + 1]
        return NumberText.fixed((value / unit).rounded() * unit, decimals: 0)
    }

    /// ``NumberText/significant(_:digits:)`` with no-break spaces around `×`.
    private static func unbroken(_ value: Double, digits: Int) -> String {
        NumberText.significantParts(value, digits: digits).text(timesTen: "\u{A0}×\u{A0}10")
    }
}
