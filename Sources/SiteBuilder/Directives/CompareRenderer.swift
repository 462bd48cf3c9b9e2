import ActivationMath
import AtlasDiagnostics
import AtlasText
import LessonMarkdown

/// `{compare} F…` → a table of properties, a column per function.
enum CompareRenderer {
    /// Rows are the properties a lesson compares; numbers to 4 significant digits.
    static func html(for functions: [any Activation], caption: String?) -> String {
        let rows: [(String, (any Activation) -> String)] = [
            ("Range", { $0.metadata.range.formatted { NumberText.significant($0, digits: 4) } }),
            ("f(0)", { NumberText.significant($0.value(0.0), digits: 4) }),
            ("f′(0)", { derivativeAtZero($0) }),
            ("Monotonic", { $0.metadata.monotonicity.rawValue }),
            ("Zero-centred", { $0.metadata.isZeroCentred ? "yes" : "no" }),
            ("Smoothness", { $0.metadata.smoothness.description }),
            ("Saturates", { $0.metadata.saturation.description }),
            ("Kinks", { positions($0.metadata.kinks) }),
            ("Jumps", { positions($0.metadata.jumps) }),
        ]
        var html = "<figure class=\"table-wrap\">\n<table class=\"compare\">\n"
        if let caption { html += "<caption>\(MarkupText.escaped(caption))</caption>\n" }
        html += "<thead>\n<tr><th scope=\"col\">Property</th>"
        for function in functions { html += "<th scope=\"col\">\(MarkupText.escaped(function.reference))</th>" }
        html += "</tr>\n</thead>\n<tbody>\n"
        for (name, cell) in rows {
            html += "<tr><th scope=\"row\">\(MarkupText.escaped(name))</th>"
            for function in functions { html += "<td>\(MarkupText.escaped(cell(function)))</td>" }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</figure>"
    }

    /// f′(0), marked as PyTorch's choice where 0 is a kink, and "undefined" at a jump.
    private static func derivativeAtZero(_ function: any Activation) -> String {
        let value = function.derivative(0.0)
        if value.isNaN { return "undefined" }
        let text = NumberText.significant(value, digits: 4)
        return function.metadata.kinks.contains(0) ? "\(text) (PyTorch’s choice at the kink)" : text
    }

    /// "at x = 0" and "at x = 0, 6", never a bare "0", which reads as a count ("no kinks").
    private static func positions(_ xs: [Double]) -> String {
        xs.isEmpty ? "none" : "at x = " + xs.map(NumberText.argument).joined(separator: ", ")
    }
}
