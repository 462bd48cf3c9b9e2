import AtlasText

/// One function of `atlas eval sigmoid tanh …`: the text as written, its column label and
/// its rows, one per point.
struct EvalColumn: Equatable {
    /// The function as the user wrote it: `sigmoid`, `x*sigmoid(1.5*x)`.
    var written: String
    /// What heads its columns: a catalogue function's canonical reference, `f` for an
    /// expression (`f1`, `f2`, … when several are given).
    var label: String
    var rows: [EvalRow]

    /// `columns` with their labels: a catalogue function keeps its canonical reference
    /// (given as `label`), each expression is `f`, or `f1`, `f2`, … in order when there
    /// are several.
    static func labelled(_ columns: [EvalColumn], references: [String?]) -> [EvalColumn] {
        let expressionCount = references.filter { $0 == nil }.count
        var seen = 0
        return zip(columns, references).map { column, reference in
            var column = column
            if let reference {
                column.label = reference
            } else {
                seen += 1
                column.label = expressionCount == 1 ? "f" : "f\(seen)"
            }
            return column
        }
    }

    /// One function: ``EvalRow/json(_:)``. Several: one object per function and point,
    /// function by function, each naming its `function` as written:
    /// `[{"function": "sigmoid", "x": "0", "value": "0.5"}, {"function": "tanh", …}]`.
    static func json(_ columns: [EvalColumn]) -> String {
        if columns.count == 1 { return EvalRow.json(columns[0].rows) }
        let objects = columns.flatMap { column in
            column.rows.map { row in
                var fields: [(String, JSONValue)] = [
                    ("function", .string(column.written)), ("x", .string(row.x)), ("value", .string(row.value)),
                ]
                if let derivative = row.derivative { fields.append(("derivative", .string(derivative))) }
                return JSONValue.object(fields)
            }
        }
        return JSONValue.array(objects).text(.spaced)
    }

    /// Aligned columns under a header: `x  sigmoid(x)  sigmoid'(x)  tanh(x)  tanh'(x)`, a
    /// row per point.
    static func text(_ columns: [EvalColumn]) -> String {
        let hasDerivative = columns.contains { $0.rows.contains { $0.derivative != nil } }
        var table = [
            ["x"] + columns.flatMap { ["\($0.label)(x)"] + (hasDerivative ? ["\($0.label)'(x)"] : []) }
        ]
        let count = columns.map(\.rows.count).min() ?? 0
        for index in 0..<count {
            var line = [columns[0].rows[index].x]
            for column in columns {
                let row = column.rows[index]
                line += [row.value] + (row.derivative.map { [$0] } ?? [])
            }
            table.append(line)
        }
        return EvalRow.align(table)
    }
}
