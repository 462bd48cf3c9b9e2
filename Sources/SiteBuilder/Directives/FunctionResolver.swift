import ActivationMath
import LessonMarkdown

/// Resolves the function references of a directive against the catalogue.
enum FunctionResolver {
    /// Every reference resolved, or every problem found, each at its column. A function
    /// named twice (perhaps once by an alias) is a problem: its curves and ids would clash.
    static func resolve(_ references: [Located<String>]) -> Result<[any Activation], DirectiveFailure> {
        var functions: [any Activation] = []
        var problems: [Diagnostic] = []
        var written: [String: String] = [:]
        for reference in references {
            switch Catalog.resolve(reference.value) {
            case .success(let function):
                if let first = written[function.reference] {
                    let same = first == reference.value ? "" : " (the same function as '\(first)')"
                    problems.append(Diagnostic(
                        "'\(reference.value)' is already in this directive\(same); list each function once",
                        at: reference.location))
                    continue
                }
                written[function.reference] = reference.value
                functions.append(function)
            case .failure(let error):
                problems.append(Diagnostic(error.message, at: reference.location.advanced(by: error.offset)))
            }
        }
        return problems.isEmpty ? .success(functions) : .failure(DirectiveFailure(problems))
    }

    /// The catalogue's verdict on one reference, for LessonMarkdown to report in place.
    static func check(_ reference: String) -> ReferenceProblem? {
        guard case .failure(let error) = Catalog.resolve(reference) else { return nil }
        return ReferenceProblem(message: error.message, offset: error.offset)
    }

    /// `sigmoid` → ("sigmoid", nil); `elu(alpha=0.5)` → ("elu", "alpha=0.5"), for headers
    /// such as `elu′(x; alpha=0.5)`.
    static func nameAndParameters(of function: any Activation) -> (name: String, parameters: String?) {
        let reference = function.reference
        guard let open = reference.firstIndex(of: "("), reference.hasSuffix(")") else { return (reference, nil) }
        let inside = reference[reference.index(after: open)..<reference.index(before: reference.endIndex)]
        return (String(reference[..<open]), String(inside))
    }
}
