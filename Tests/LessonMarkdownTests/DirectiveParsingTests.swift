import AtlasDiagnostics
import Testing

@testable import LessonMarkdown

/// Protects how directive arguments and options become typed values with positions.
@Suite struct DirectiveParsingTests {
    private func only(_ markdown: String) -> Directive? {
        let result = directives(in: markdown)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return result.directives.first
    }

    @Test func plotWithEveryOption() throws {
        let lesson = """
            Some text.

            ```{plot} sigmoid  elu(alpha = 0.5)
            :x: -6 6
            :y: −1.5 1.5
            :derivative:
            :caption: The sigmoid and ELU
            ```
            """
        guard case .plot(let plot) = only(lesson) else {
            Issue.record("expected a plot")
            return
        }
        #expect(
            plot.functions == [
                Located("sigmoid", at: SourceLocation(line: 3, column: 11)),
                Located("elu(alpha = 0.5)", at: SourceLocation(line: 3, column: 20)),
            ])
        #expect(plot.x == -6...6)
        #expect(plot.y == -1.5...1.5)
        #expect(plot.derivative)
        #expect(plot.caption == "The sigmoid and ELU")
        #expect(plot.location == SourceLocation(line: 3, column: 1))
        #expect(
            plot.optionLocations == [
                "x": SourceLocation(line: 4, column: 5), "y": SourceLocation(line: 5, column: 5),
                "derivative": SourceLocation(line: 6, column: 13), "caption": SourceLocation(line: 7, column: 11),
            ])
    }

    @Test func plotDefaults() {
        guard case .plot(let plot) = only("```{plot} relu\n```") else {
            Issue.record("expected a plot")
            return
        }
        #expect(plot.x == -5...5)
        #expect(plot.y == nil)
        #expect(!plot.derivative)
        #expect(plot.caption == nil)
    }

    @Test(
        "Table x values: a list, a stepped range, the default",
        arguments: [
            (":x: -2 -1 0 1 2", [-2.0, -1, 0, 1, 2]),
            (":x: -1 1 step 0.5", [-1.0, -0.5, 0, 0.5, 1]),
            (":x: 0 0.3 step 0.1", [0.0, 0.1, 0.2, 0.3]),
            (":x: -0.3 0.3 step 0.1", [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3]),
            (":x: -1.2 1.2 step 0.4", [-1.2, -0.8, -0.4, 0, 0.4, 0.8, 1.2]),
            (":x: 0 1 step 0.3", [0, 0.3, 0.6, 0.9]),
            (":x: −1e-3 1e-3 step 5e-4", [-0.001, -0.0005, 0, 0.0005, 0.001]),
            (":x: 5", [5.0]),
            (":digits: 3", [-2.0, -1, 0, 1, 2]),
        ])
    func tableXs(_ option: String, expected: [Double]) {
        guard case .table(let table) = only("```{table} tanh\n\(option)\n```") else {
            Issue.record("expected a table")
            return
        }
        #expect(table.xs == expected)
    }

    @Test func tableOptions() {
        guard case .table(let table) = only("```{table} tanh relu\n:derivative:\n:digits: 4\n:caption: Values\n```")
        else {
            Issue.record("expected a table")
            return
        }
        #expect(table.functions.map(\.value) == ["tanh", "relu"])
        #expect(table.derivative)
        #expect(table.digits == 4)
        #expect(table.caption == "Values")
    }

    @Test func formula() {
        guard case .formula(let formula) = only("```{formula} elu(alpha=0.5)\n```") else {
            Issue.record("expected a formula")
            return
        }
        #expect(formula.function == Located("elu(alpha=0.5)", at: SourceLocation(line: 1, column: 14)))
        #expect(formula.derivative, "the derivative is shown unless ':derivative: false'")
        guard case .formula(let without) = only("```{formula} relu\n:derivative: false\n```") else {
            Issue.record("expected a formula")
            return
        }
        #expect(!without.derivative)
    }

    @Test("Flags accept true and false")
    func flags() {
        guard case .plot(let plot) = only("```{plot} relu\n:derivative: false\n```") else {
            Issue.record("expected a plot")
            return
        }
        #expect(!plot.derivative)
    }

    @Test("Options in a block quote keep their columns")
    func optionColumnsInContainers() {
        let result = directives(in: "> ```{plot} relu\n> :x: 1 zero\n> ```\n")
        #expect(result.diagnostics == [Diagnostic(.directive, "malformed number 'zero' in ':x:'", at: SourceLocation(line: 2, column: 9))])
    }

    @Test(
        "Decimal places as written",
        arguments: [
            ("2", 0), ("0.25", 2), ("-0.5", 1), ("1e-3", 3), ("1.5e2", 0), ("2.5e-1", 2), ("1.", 0),
        ])
    func decimalPlaces(_ text: String, expected: Int) {
        #expect(SteppedRange.decimalPlaces(of: text) == expected)
    }

    @Test func noDecimalReading() {
        #expect(SteppedRange.decimalPlaces(of: "0x1p-3") == nil)
        #expect(SteppedRange.decimalPlaces(of: "1e-30") == nil)
        #expect(SteppedRange.snap(0.30000000000000004, decimalPlaces: nil) == 0.30000000000000004)
        #expect(SteppedRange.snap(1e300, decimalPlaces: 2) == 1e300)
    }

    /// The width 2e308 overflowed to ∞, and the table was refused as having "more than
    /// 1000 rows" although it has 21 (found by the trap audit of issue #6).
    @Test("A stepped range wider than the largest double counts its rows")
    func steppedRangeWiderThanDoubles() {
        guard case .table(let table) = only("```{table} relu\n:x: -1e308 1e308 step 1e307\n```") else {
            Issue.record("expected a table")
            return
        }
        #expect(table.xs.count == 21)
        #expect(table.xs.first == -1e308 && table.xs.last == 1e308 && table.xs[10] == 0)
    }

    @Test func argumentsSplitOutsideParentheses() {
        let parts = DirectiveSyntaxReader.splitArguments(" a  b(c = 1, d=2)\te ")
        #expect(parts.map(\.text) == ["a", "b(c = 1, d=2)", "e"])
        #expect(parts.map(\.offset) == [1, 4, 18])
    }
}
