import ActivationMath
import AtlasDiagnostics
import LessonMarkdown

/// ``{eval}`EXPR` `` → the number, formatted like a table cell: ``{eval}`sigmoid'(0)` ``
/// prints 0.25.
enum EvalRenderer {
    static let digits = TableDirective.defaultDigits

    /// The resolve phase's half: the expression parsed, its functions looked up in the
    /// lesson's definitions and the catalogue; an `x`, which has no value here, is an error.
    static func expression(of role: Role, scope: LessonScope) -> Result<Expression, DirectiveFailure> {
        switch Expression.parse(role.content.value, lookup: scope.resolve) {
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
            return .success(expression)
        }
    }

    /// The compute phase's half: the value, to `digits` significant digits.
    static func html(_ expression: Expression) -> String {
        let value = expression.evaluate(at: 0.0).value
        return "<span class=\"eval\">\(NumberText.significant(value, digits: digits))</span>"
    }
}
