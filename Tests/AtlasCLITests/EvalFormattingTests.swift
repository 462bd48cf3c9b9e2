import Testing

@testable import AtlasCLI

/// Protects the pieces of `atlas eval` that a process test would only see indirectly.
@Suite struct EvalFormattingTests {
    @Test(
        "Values after --x become --x=VALUE; functions and expressions go last, after --",
        arguments: [
            (
                ["eval", "relu", "--x", "-2", "-inf", "3", "--derivative"],
                ["eval", "--x=-2", "--x=-inf", "--x=3", "--derivative", "--", "relu"]
            ),
            (["eval", "relu", "--x", "−1"], ["eval", "--x=−1", "--", "relu"]),
            (["eval", "relu", "--x", "one"], ["eval", "--x=one", "--", "relu"]),
            (["eval", "relu", "--x"], ["eval", "--x", "--", "relu"]),
            (["eval", "-x^-x", "--x", "-2,0,2"], ["eval", "--x=-2,0,2", "--", "-x^-x"]),
            (
                ["eval", "sigmoid", "--format", "json", "-2*x", "--type", "float"],
                ["eval", "--format", "json", "--type", "float", "--", "sigmoid", "-2*x"]
            ),
            (["eval", "-h"], ["eval", "-h"]),
            (["eval", "relu", "--", "-x", "--x"], ["eval", "--", "relu", "-x", "--x"]),
            (["build", "--x", "-2"], ["build", "--x", "-2"]),
        ])
    func normalize(_ arguments: [String], expected: [String]) {
        #expect(EvalArguments.normalize(arguments) == expected)
    }

    @Test func json() {
        let rows = [EvalRow(x: "-2", value: "0", derivative: nil), EvalRow(x: "nan", value: "nan", derivative: "nan")]
        #expect(EvalRow.json(rows) == #"[{"x": "-2", "value": "0"}, {"x": "nan", "value": "nan", "derivative": "nan"}]"#)
    }

    @Test func textColumnsLineUp() {
        let rows = [EvalRow(x: "-1000", value: "0", derivative: "0"), EvalRow(x: "0", value: "0.5", derivative: "0.25")]
        #expect(
            EvalColumn.text([EvalColumn(written: "sigmoid", label: "sigmoid", rows: rows)]) == """
                x      sigmoid(x)  sigmoid'(x)
                -1000  0           0
                0      0.5         0.25
                """)
    }

    /// Several functions: a pair of columns each, expressions lettered f1, f2 in order.
    @Test func severalFunctions() {
        let one = [EvalRow(x: "0", value: "0.5", derivative: nil)]
        let two = [EvalRow(x: "0", value: "0", derivative: nil)]
        let columns = EvalColumn.labelled(
            [
                EvalColumn(written: "sigmoid", label: "", rows: one), EvalColumn(written: "x*x", label: "", rows: two),
                EvalColumn(written: "2*x", label: "", rows: two),
            ],
            references: ["sigmoid", nil, nil])
        #expect(columns.map(\.label) == ["sigmoid", "f1", "f2"])
        #expect(
            EvalColumn.text(columns) == """
                x  sigmoid(x)  f1(x)  f2(x)
                0  0.5         0      0
                """)
        #expect(
            EvalColumn.json(Array(columns.prefix(2)))
                == #"[{"function": "sigmoid", "x": "0", "value": "0.5"}, {"function": "x*x", "x": "0", "value": "0"}]"#)
        #expect(EvalColumn.labelled([columns[1]], references: [nil]).map(\.label) == ["f"])
    }
}
