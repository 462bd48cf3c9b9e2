import ActivationMath
import AtlasDiagnostics
import LessonMarkdown

/// Resolves the function references of a directive against the catalogue.
enum FunctionResolver {
    /// Every reference resolved, or every problem found, each at its column. A function
    /// named twice (perhaps once by an alias) is a problem: its curves and ids would clash.
    static func resolve(
        _ references: [Located<String>],
        lookup: (String) -> Result<any Activation, TextProblem> = Catalog.resolve
    ) -> Result<[any Activation], DirectiveFailure> {
        var functions: [any Activation] = []
        var problems: [Diagnostic] = []
        var written: [FunctionReference: String] = [:]
        for reference in references {
            switch lookup(reference.value) {
            case .success(let function):
                if let first = written[function.functionReference] {
                    let same = first == reference.value ? "" : " (the same function as '\(first)')"
                    problems.append(
                        Diagnostic(
                            .function,
                            "'\(reference.value)' is already in this directive\(same); list each function once",
                            at: reference.location))
                    continue
                }
                written[function.functionReference] = reference.value
                functions.append(function)
            case .failure(let error):
                problems.append(error.diagnostic(.function, at: reference.location))
            }
        }
        return problems.isEmpty ? .success(functions) : .failure(DirectiveFailure(problems))
    }

    /// An error for each defined function whose derivative cannot be computed (its
    /// expression uses `f'(…)`), when the directive shows derivatives.
    static func requireDerivatives(
        _ functions: [any Activation], if needed: Bool, at references: [Located<String>]
    ) -> Result<[any Activation], DirectiveFailure> {
        guard needed else { return .success(functions) }
        let problems = zip(functions, references).compactMap { function, reference -> Diagnostic? in
            guard let defined = function as? DefinedFunction, !defined.expression.hasDerivative else { return nil }
            return Diagnostic(
                .function, ActivationMath.Expression.derivativeUnavailable(reference.value, option: ":derivative:"),
                at: reference.location)
        }
        return problems.isEmpty ? .success(functions) : .failure(DirectiveFailure(problems))
    }
}
