import ActivationMath
import ArgumentParser
import AtlasText

/// `atlas list`: the catalogue as a table, or one function in full.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the activation functions, or describe one.")

    @Argument(help: ArgumentHelp("A function name or alias to describe in full.", valueName: "name"))
    var name: String?

    func run() throws {
        guard let name else {
            print(CatalogTable.text(Catalog.entries))
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
    /// Columns: name (and aliases), parameters with defaults, range, PyTorch name.
    static func text(_ entries: [CatalogEntry]) -> String {
        var rows = [["name", "parameters", "range", "PyTorch"]]
        for entry in entries {
            let metadata = entry.make([:]).metadata
            let aliases = entry.aliases.isEmpty ? "" : " (\(entry.aliases.joined(separator: ", ")))"
            // With a required parameter missing, range and PyTorch call are NaN-filled: say
            // what they depend on instead.
            let needsParameters = entry.parameters.contains { $0.defaultValue == nil }
            let range = needsParameters ? "depends on the parameters" : metadata.range.description
            let pytorch = (needsParameters ? metadata.pytorch?.split(separator: "(").first.map(String.init) : metadata.pytorch) ?? "—"
            rows.append([entry.name + aliases, parameters(of: entry), range, pytorch])
        }
        return EvalRow.align(rows)
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
