import ActivationMath
import AtlasDiagnostics
import AtlasText
import LessonMarkdown

/// `{table}` → an HTML table: a row per x, a column for f(x) (and f′(x)) per function.
///
/// ```
/// <figure class="table-wrap" id="table-1">
/// <table class="values">
/// <caption>…</caption>
/// <thead>…<th scope="col">relu′(x)</th>…</thead>
/// <tbody>
/// <tr><th scope="row">0</th>…<td>0<span class="pad" …>.00</span><sup class="note-ref">…</sup></td></tr>
/// </tbody>
/// </table>
/// <p class="table-note" id="table-1-note-1"><sup>1</sup> At x = 0, relu has a kink …</p>
/// </figure>
/// ```
///
/// Every column, x included, lines up on the decimal point (`DecimalColumn`). A
/// derivative that does not exist reads `undefined` (at a jump) or shows autograd's
/// value (at a kink), and its cell links to a note saying so (`TableNotes`).
enum TableRenderer {
    /// - Parameter number: 1-based position of the table in its lesson: "Table N" in
    ///   the caption, and unique ids (`table-N` unless `:name:` gives one, `table-N-note-K`).
    /// - Parameter words: the site's words: "Table N", the notes, `undefined`.
    /// - Returns: the figure's HTML as UTF-8, as it was written (``LessonFragments``).
    static func html(_ table: TableDirective, number: Int, functions: [any Activation], words: SiteStrings = .english)
        -> [UInt8]
    {
        let id = "table-\(number)"
        // One buffer of bytes: the String appends of every cell and tag cost about 400
        // instructions each, a fifth of a table's time.
        var html = TextBuffer(capacity: 8_192)
        html.append("<figure class=\"table-wrap\" id=\"\(table.name?.value ?? id)\">\n<table class=\"values\">\n")
        // Numbered like figures once a reader can see or cite it: a caption or a name.
        if table.caption != nil || table.name != nil {
            html.append("<caption><span class=\"figure-number\">")
            html.appendEscaped(words.fill(.captionLabel, ["label": words.fill(.table, ["number": String(number)])]))
            html.append("</span>")
            if let caption = table.caption {
                html.append(" ")
                html.appendEscaped(caption)
            }
            html.append("</caption>\n")
        }
        html.append("<thead>\n<tr><th scope=\"col\">x</th>")
        for function in functions {
            html.append("<th scope=\"col\">\(header(function, derivative: false))</th>")
            if table.derivative { html.append("<th scope=\"col\">\(header(function, derivative: true))</th>") }
        }
        html.append("</tr>\n</thead>\n<tbody>\n")
        let notes = TableNotes(tableID: id, xs: table.derivative ? table.xs : [], functions: functions, words: words)
        let columns = self.columns(table, functions: functions, undefined: words[.undefined])
        for (row, x) in table.xs.enumerated() {
            html.append("<tr><th scope=\"row\">")
            html.append(columns[0][row])
            html.append("</th>")
            var column = 1
            for index in functions.indices {
                html.append("<td>")
                html.append(columns[column][row])
                html.append("</td>")
                column += 1
                if table.derivative {
                    html.append("<td>")
                    html.append(columns[column][row])
                    html.append(notes.markers(function: index, x: x))
                    html.append("</td>")
                    column += 1
                }
            }
            html.append("</tr>\n")
        }
        html.append("</tbody>\n</table>\n")
        html.append(notes.html)
        html.append("</figure>")
        return html.bytes
    }

    /// The cells' HTML, column by column: x, then f (and f′) of each function.
    private static func columns(_ table: TableDirective, functions: [any Activation], undefined: String) -> [[String]] {
        var entries = [table.xs.map { DecimalColumn.Entry.number(NumberText.argumentParts($0)) }]
        for function in functions {
            entries.append(table.xs.map { .number(NumberText.significantParts(function.value(at: $0), digits: table.digits)) })
            guard table.derivative else { continue }
            entries.append(
                table.xs.map { x in
                    let slope = function.derivative(at: x)
                    // A catalogue function's f′ is NaN only at a jump of f, where the
                    // derivative does not exist. Elsewhere NaN is what the formula gave
                    // (a {define}'s ∞/∞ past overflow), and the cell says so as it is.
                    return slope.isNaN && function.metadata.jumps.contains(x)
                        ? .word(undefined) : .number(NumberText.significantParts(slope, digits: table.digits))
                })
        }
        return entries.map { DecimalColumn($0).html }
    }

    /// `sigmoid(x)`, `sigmoid′(x)`, `elu′(x; alpha=0.5)`.
    private static func header(_ function: any Activation, derivative: Bool) -> String {
        let reference = function.functionReference
        let prime = derivative ? "′" : ""
        let arguments = reference.argumentText.map { "x; \($0)" } ?? "x"
        return MarkupText.escaped("\(reference.name)\(prime)(\(arguments))")
    }
}
