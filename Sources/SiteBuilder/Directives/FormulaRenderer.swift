import ActivationMath
import AtlasDiagnostics
import LessonMarkdown

/// `{formula} F` → display math of f(x) and f′(x) from the catalogue's TeX, parameters
/// substituted: `\operatorname{ELU}(x) = \begin{cases} … \end{cases}`.
enum FormulaRenderer {
    static func html(for function: any Activation, derivative: Bool, at location: SourceLocation)
        -> Result<String, DirectiveFailure>
    {
        let metadata = function.metadata
        var equations = ["\(metadata.symbolTeX)(x) = \(metadata.valueTeX)"]
        // A defined function without `:formula:` for its derivative has no derivative TeX.
        if derivative, !metadata.derivativeTeX.isEmpty { equations.append("\(metadata.symbolTeX)'(x) = \(metadata.derivativeTeX)") }
        var html = "<div class=\"formula\">\n"
        for tex in equations {
            switch FormulaMemo.mathML(tex, display: true) {
            case .success(let mathML):
                html += mathML + "\n"
            case .failure(let error) where function is DefinedFunction:
                // TeX made from a deep or long expression can pass the converter's limits
                // (an expression may nest 256 levels, a formula 128); the author's own
                // `:formula:` was checked where it is written.
                return .failure(
                    DirectiveFailure([
                        Diagnostic(
                            .math,
                            "the formula of '\(function.reference)' cannot be typeset: \(error.message); "
                                + "write its TeX with ':formula:' in its '{define}'",
                            at: location)
                    ]))
            case .failure(let error):
                // The catalogue's TeX is ours, so this is a bug, reported rather than hidden.
                return .failure(
                    DirectiveFailure([
                        Diagnostic(
                            .math,
                            "the TeX of '\(function.reference)' does not convert (\(error.message)); please report this",
                            at: location)
                    ]))
            }
        }
        return .success(html + "</div>")
    }
}
