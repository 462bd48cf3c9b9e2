import ActivationMath
import ArgumentParser
import AtlasText

/// `atlas eval`: functions' values (and derivatives) at given points.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate activation functions or expressions at given points.",
        discussion: """
            Examples:
              atlas eval sigmoid --x -2 0 2 --derivative
              atlas eval sigmoid tanh --x -2,0,2
              atlas eval 'x*sigmoid(1.5*x)' --x -1 0 1 --derivative
              atlas eval '-x^-x' --x 0.5
              atlas eval 'elu(alpha=0.5)' --x -inf -1e-10 5e-324 --format json --type float
            The points after --x are numbers, separated by spaces or commas; they may begin with a minus. \
            An expression may begin with a minus too. JSON numbers are strings holding the shortest decimal \
            that round-trips ("inf", "-inf", "nan"); with several functions each object also names its \
            "function".
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }
    enum NumberType: String, ExpressibleByArgument, CaseIterable { case double, float }

    @Argument(
        help: ArgumentHelp(
            "Function references ('sigmoid', 'elu(alpha=0.5)') or expressions in x ('x*sigmoid(1.5*x)').",
            valueName: "expr"))
    var expressions: [String]

    @Option(
        name: .customLong("x"), parsing: .upToNextOption,
        help: ArgumentHelp(
            "The points, separated by spaces or commas; values may begin with a minus (-2, -inf, -0.0, 5e-324).",
            valueName: "v"))
    var points: [String] = []

    @Flag(help: "Also print the derivative.")
    var derivative = false

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(name: .customLong("type"), help: "Evaluate in Double or Float arithmetic.")
    var numberType: NumberType = .double

    /// The points one by one: `--x -2,0,2` is `--x -2 0 2`.
    var pointTexts: [String] { points.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } }

    func validate() throws {
        guard !points.isEmpty else { throw ValidationError("give the points with --x, e.g. '--x -2 0 2'") }
        for point in pointTexts where Double(point.replacingTrueMinus()) == nil {
            throw ValidationError("'\(point)' after --x is not a number")
        }
    }

    func run() throws {
        let functions = try expressions.map { text throws(UsageFailure) in try Self.function(text) }
        if derivative {
            for (text, function) in zip(expressions, functions) {
                if let defined = function as? DefinedFunction, !defined.expression.hasDerivative {
                    throw UsageFailure(message: ActivationMath.Expression.derivativeUnavailable(text, option: "--derivative"))
                }
            }
        }
        let columns: [EvalColumn] = zip(expressions, functions).map { text, function in
            let rows: [EvalRow] =
                switch numberType {
                case .double: evaluate(function, as: Double.self)
                case .float: evaluate(function, as: Float.self)
                }
            return EvalColumn(written: text, label: "", rows: rows)
        }
        // An expression heads its columns f(x) and f'(x); a catalogue function by its name.
        let labelled = EvalColumn.labelled(columns, references: functions.map { $0 is DefinedFunction ? nil : $0.reference })
        print(format == .json ? EvalColumn.json(labelled) : EvalColumn.text(labelled))
    }

    /// A catalogue reference (`sigmoid`, `elu(alpha=0.5)`) or an expression in x
    /// (`x*sigmoid(1.5*x)`), whose derivative comes from dual numbers.
    static func function(_ text: String) throws(UsageFailure) -> any Activation {
        let reference = Catalog.resolve(text)
        if case .success(let function) = reference { return function }
        switch ActivationMath.Expression.parse(text) {
        case .success(let expression):
            return DefinedFunction(name: text, expression: expression, formulaTeX: nil)
        case .failure(let error):
            guard case .failure(let referenceError) = reference else { throw UsageFailure(message: error.message) }
            // A bare name is a misspelt catalogue function, and its message says so best.
            if text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
                throw UsageFailure(message: referenceError.message)
            }
            // A well-formed reference refused for its values together ('hardtanh(min_val=2,
            // max_val=1)') is a reference: its message, not the expression's.
            let wellFormed: Bool
            if case .success = Catalog.reference(text) { wellFormed = true } else { wellFormed = false }
            // Otherwise the reading that got further explains best: 'gelu(approximate=foo)'
            // is a reference with a bad value, not an expression missing its 'x'. On a tie
            // past a catalogue name ('relu(alpha=1)') the reference's message knows the
            // function; at the start ('max(x)') the expression's does.
            let referenceWins = wellFormed || (referenceError.offset > 0 && referenceError.offset >= error.offset)
            let (message, offset) = referenceWins ? (referenceError.message, referenceError.offset) : (error.message, error.offset)
            let caret = String(repeating: " ", count: offset) + "^"
            throw UsageFailure(message: "\(message)\n  \(text)\n  \(caret)")
        }
    }

    /// Parses each point in `T` itself (not via Double, which would round twice) and
    /// evaluates in `T`.
    private func evaluate<T: ActivationFloat & LosslessStringConvertible>(
        _ function: any Activation, as: T.Type
    ) -> [EvalRow] {
        pointTexts.compactMap { text in
            guard let x = T(text.replacingTrueMinus()) else { return nil }
            return EvalRow(
                x: shortestDecimal(x), value: shortestDecimal(function.value(x)),
                derivative: derivative ? shortestDecimal(function.derivative(x)) : nil)
        }
    }
}

/// One evaluated point, numbers already written as shortest round-trip decimals.
struct EvalRow: Equatable {
    var x: String
    var value: String
    var derivative: String?

    /// `[{"x": "-2", "value": "0"}, …]`: numbers as JSON strings, so that `inf` and
    /// `nan` have a place; one line, a space after each `,` and `:`.
    static func json(_ rows: [EvalRow]) -> String {
        let objects = rows.map { row in
            var fields: [(String, JSONValue)] = [("x", .string(row.x)), ("value", .string(row.value))]
            if let derivative = row.derivative { fields.append(("derivative", .string(derivative))) }
            return JSONValue.object(fields)
        }
        return JSONValue.array(objects).text(.spaced)
    }

    /// Left-aligned columns two spaces apart; the last column is not padded.
    static func align(_ table: [[String]]) -> String {
        let widths = (0..<(table.first?.count ?? 0)).map { column in
            table.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        return table.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column] + 2)
            }.joined()
        }.joined(separator: "\n")
    }
}

extension String {
    /// Pads with spaces on the right to `length` characters, for aligned columns.
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
