import ActivationMath
import LessonMarkdown

/// `{table}` → an HTML table: a row per x, a column for f(x) (and f′(x)) per function.
enum TableRenderer {
    static func render(_ table: TableDirective, scope: LessonScope = LessonScope()) -> Result<String, DirectiveFailure> {
        FunctionResolver.resolve(table.functions, lookup: scope.resolve)
            .flatMap { FunctionResolver.requireDerivatives($0, if: table.derivative, at: table.functions) }
            .map { functions in html(table, functions: functions) }
    }

    static func html(_ table: TableDirective, functions: [any Activation]) -> String {
        var html = "<figure class=\"table-wrap\">\n<table class=\"values\">\n"
        if let caption = table.caption {
            html += "<caption>\(HTML.escape(caption))</caption>\n"
        }
        html += "<thead>\n<tr><th scope=\"col\">x</th>"
        for function in functions {
            html += "<th scope=\"col\">\(header(function, derivative: false))</th>"
            if table.derivative { html += "<th scope=\"col\">\(header(function, derivative: true))</th>" }
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for x in table.xs {
            html += "<tr><th scope=\"row\">\(NumberText.argument(x))</th>"
            for function in functions {
                html += "<td>\(NumberText.significant(function.value(at: x), digits: table.digits))</td>"
                if table.derivative {
                    let slope = function.derivative(at: x)
                    // NaN only where f′ does not exist at all: at a jump of f.
                    html += slope.isNaN ? "<td>undefined</td>" : "<td>\(NumberText.significant(slope, digits: table.digits))</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        let notes = table.derivative ? kinkNotes(xs: table.xs, functions: functions) : []
        for note in notes { html += "<p class=\"table-note\">\(note)</p>\n" }
        return html + "</figure>"
    }

    /// `sigmoid(x)`, `sigmoid′(x)`, `elu′(x; alpha=0.5)`.
    private static func header(_ function: any Activation, derivative: Bool) -> String {
        let (name, parameters) = FunctionResolver.nameAndParameters(of: function)
        let prime = derivative ? "′" : ""
        let arguments = parameters.map { "x; \($0)" } ?? "x"
        return HTML.escape("\(name)\(prime)(\(arguments))")
    }

    /// A note for every kink the table lands on: f′ is not defined there, and the
    /// table shows the value PyTorch's autograd uses (DESIGN §6).
    private static func kinkNotes(xs: [Double], functions: [any Activation]) -> [String] {
        var notes: [String] = []
        for function in functions {
            for kink in function.metadata.kinks where xs.contains(kink) {
                let (name, parameters) = FunctionResolver.nameAndParameters(of: function)
                let arguments = parameters.map { "\(NumberText.argument(kink)); \($0)" } ?? NumberText.argument(kink)
                let value = NumberText.significant(function.derivative(kink), digits: 6)
                notes.append(HTML.escape(
                    "At x = \(NumberText.argument(kink)), \(function.reference) has a kink and no derivative; "
                        + "the table shows \(name)′(\(arguments)) = \(value), the value PyTorch’s autograd uses."))
            }
            for jump in function.metadata.jumps where xs.contains(jump) {
                let slope = function.derivative(jump)
                let shown = slope.isNaN ? "marks it undefined" : "shows \(NumberText.significant(slope, digits: 6)), the value PyTorch’s autograd uses"
                notes.append(HTML.escape(
                    "At x = \(NumberText.argument(jump)), \(function.reference) jumps and has no derivative; the table \(shown)."))
            }
        }
        return notes
    }
}
