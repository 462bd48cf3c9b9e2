import ActivationMath
import ArgumentParser
import AtlasText

/// `atlas list`: the catalogue as a table, or one function in full.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the activation functions, or describe one.")

    @Argument(help: ArgumentHelp("A function name or alias to describe in full.", valueName: "name"))
    var name: String?

    func run() throws {
        guard let name else {
            print(CatalogTable.text(Catalog.entries, width: Terminal.standardOutputColumns))
            return
        }
        guard let entry = Catalog.entry(named: name) else {
            let hint = Catalog.suggestion(for: name).map { "; did you mean '\($0)'?" } ?? "; run 'atlas list' to see the catalogue"
            throw UsageFailure(message: "unknown activation '\(name)'\(hint)")
        }
        print(CatalogTable.details(entry))
    }
}

/// The catalogue as text: a table of every function, or one function's full sheet.
enum CatalogTable {
    /// Columns: name (and aliases), parameters with defaults, range (4 significant
    /// digits), PyTorch name; cells wrapped to fit `width` when given (``TableLayout``).
    static func text(_ entries: [CatalogEntry], width: Int? = nil) -> String {
        var rows = [["name", "parameters", "range", "PyTorch"]]
        for entry in entries {
            let metadata = entry.make([:]).metadata
            let aliases = entry.aliases.isEmpty ? "" : " (\(entry.aliases.joined(separator: ", ")))"
            // With a required parameter missing, range and PyTorch call are NaN-filled: say
            // what they depend on instead.
            let needsParameters = entry.parameters.contains { $0.defaultValue == nil }
            let range = needsParameters ? "depends on the parameters" : Self.range(metadata.range)
            let pytorch = (needsParameters ? metadata.pytorch?.split(separator: "(").first.map(String.init) : metadata.pytorch) ?? "—"
            rows.append([entry.name + aliases, parameters(of: entry), range, pytorch])
        }
        guard !TableLayout.fits(rows, width: width) else { return EvalRow.align(rows) }
        // Too wide: PyTorch's function alone, as its users write it (F.relu), since the
        // parameters column has the values; ranges kept whole.
        let prefix = "torch.nn.functional."
        let short = rows.enumerated().map { index, row in
            guard index > 0, let call = row.last else { return row }
            let name = call.split(separator: "(", maxSplits: 1).first.map(String.init) ?? call
            return row.dropLast() + [name.replacingPrefix(prefix, with: "F.")]
        }
        let table = TableLayout.fit(short, width: width) { column, cell in column == 2 && !cell.hasPrefix("depends") }
        return table + "\nF. is \(prefix)"
    }

    /// A range as a reader wants it: `[−0.17, ∞)`, each finite end to 4 significant
    /// digits, as `{compare}` tables print it; the full value is in `atlas list NAME`.
    static func range(_ range: ValueRange) -> String {
        range.formatted { value in
            DecimalParts(value, significantDigits: 4)?.text(minus: "\u{2212}") ?? shortestDecimal(value)
        }
    }

    static func parameters(of entry: CatalogEntry) -> String {
        let list = entry.parameters.map { "\($0.name)=\($0.defaultValue.map($0.text(for:)) ?? "(required)")" }
        return list.isEmpty ? "—" : list.joined(separator: ", ")
    }

    /// Everything the catalogue knows of one function, with its default parameters.
    static func details(_ entry: CatalogEntry) -> String {
        let function = entry.make([:])
        let needsParameters = entry.parameters.contains { $0.defaultValue == nil }
        let metadata = function.metadata
        var lines = ["\(entry.name): \(metadata.displayName)", "  \(metadata.summary)"]
        if !entry.aliases.isEmpty { lines.append("  aliases: \(entry.aliases.joined(separator: ", "))") }
        for parameter in entry.parameters {
            let value = parameter.defaultValue.map(parameter.text(for:)) ?? "(required)"
            let spellings = parameter.aliases.isEmpty ? "" : " (also \(parameter.aliases.joined(separator: ", ")))"
            lines.append("  parameter \(parameter.name)\(spellings) = \(value): \(parameter.summary)")
        }
        lines += [
            "  f(x)  = \(metadata.valueTeX)",
            "  f'(x) = \(metadata.derivativeTeX)",
            "  range: \(metadata.range)",
            needsParameters
                ? "  f(0) and f'(0) depend on the required parameters"
                : "  f(0) = \(shortestDecimal(function.value(0.0))), f'(0) = \(shortestDecimal(function.derivative(0.0)))",
            "  monotonic: \(metadata.monotonicity.rawValue); zero-centred: \(metadata.isZeroCentred ? "yes" : "no")",
            "  smoothness: \(metadata.smoothness); saturates: \(metadata.saturation)",
            "  kinks: \(positions(metadata.kinks)); jumps: \(positions(metadata.jumps))",
        ]
        if let pytorch = metadata.pytorch { lines.append("  PyTorch: \(pytorch)") }
        if let keras = metadata.keras { lines.append("  Keras: \(keras)") }
        if let introduced = metadata.introduced { lines.append("  introduced: \(introduced)") }
        return lines.joined(separator: "\n")
    }

    private static func positions(_ xs: [Double]) -> String {
        xs.isEmpty ? "none" : xs.map { shortestDecimal($0) }.joined(separator: ", ")
    }
}

extension String {
    /// The text with `prefix`, if it starts with it, replaced by `replacement`.
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
