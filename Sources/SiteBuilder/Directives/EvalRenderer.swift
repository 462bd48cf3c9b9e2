import ActivationMath
import LessonMarkdown

/// ``{eval}`EXPR` `` → the number, formatted like a table cell: ``{eval}`sigmoid'(0)` ``
/// prints 0.25.
enum EvalRenderer {
    static let digits = TableDirective.defaultDigits

    static func render(_ role: Role, scope: LessonScope) -> Result<String, DirectiveFailure> {
        switch Expression.parse(role.content.value, lookup: scope.resolve) {
        case .failure(let error):
            return .failure(DirectiveFailure([Diagnostic(error.message, at: role.content.location.advanced(by: error.offset))]))
        case .success(let expression):
            guard !expression.usesVariable else {
                return .failure(DirectiveFailure([Diagnostic(
                    "'{eval}' prints a number, and 'x' has no value here; write e.g. 'sigmoid(2)'",
                    at: role.content.location)]))
            }
            let value = expression.evaluate(at: 0.0).value
            return .success("<span class=\"eval\">\(NumberText.significant(value, digits: digits))</span>")
        }
    }
}
