import AtlasDiagnostics
import LessonMarkdown

/// The compute phase: each resolved directive and role → its HTML fragment, a pure
/// function of its resolved inputs (DESIGN §1). Nothing is looked up here.
enum FragmentComputer {
    /// The fragments of `lesson`, and the problems met drawing them (a defined function
    /// whose generated TeX passes the converter's limits).
    static func fragments(of lesson: ResolvedLesson) -> (fragments: LessonFragments, diagnostics: [Diagnostic]) {
        var fragments = LessonFragments(links: lesson.links)
        var diagnostics: [Diagnostic] = []
        for (id, directive) in lesson.directives {
            switch html(for: directive) {
            case .success(let html): fragments.directives[id] = html
            case .failure(let failure): diagnostics += failure.diagnostics
            }
        }
        for (id, role) in lesson.roles {
            switch role {
            case .eval(let expression): fragments.roles[id] = EvalRenderer.html(expression)
            case .html(let html): fragments.roles[id] = html
            }
        }
        return (fragments, diagnostics.sorted())
    }

    /// One directive's HTML.
    static func html(for directive: ResolvedDirective) -> Result<String, DirectiveFailure> {
        switch directive {
        case .plot(let plot, let members, let number):
            .success(PlotRenderer.html(plot, members: members, number: number))
        case .table(let table, let functions, let number):
            .success(TableRenderer.html(table, number: number, functions: functions))
        case .formula(let formula, let function):
            FormulaRenderer.html(for: function, derivative: formula.derivative, at: formula.location)
        case .compare(let compare, let functions):
            .success(CompareRenderer.html(for: functions, caption: compare.caption))
        }
    }
}
