import Testing

@testable import AtlasCLI

/// Protects the pieces of `atlas eval` that a process test would only see indirectly.
@Suite struct EvalFormattingTests {
    @Test(
        "Numbers after --x become --x=VALUE; everything else is left alone",
        arguments: [
            (["eval", "relu", "--x", "-2", "-inf", "3", "--derivative"], ["eval", "relu", "--x=-2", "--x=-inf", "--x=3", "--derivative"]),
            (["eval", "relu", "--x", "−1"], ["eval", "relu", "--x=−1"]),
            (["eval", "relu", "--x", "one"], ["eval", "relu", "--x", "one"]),
            (["eval", "relu", "--x"], ["eval", "relu", "--x"]),
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
            EvalRow.text(rows, reference: "sigmoid") == """
                x      sigmoid(x)  sigmoid'(x)
                -1000  0           0
                0      0.5         0.25
                """)
    }
}
