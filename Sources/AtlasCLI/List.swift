import ActivationMath
import ArgumentParser

/// `atlas list`: the catalogue, or one function in full.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the activation functions, or describe one.")

    @Argument(help: ArgumentHelp("A function name or alias to describe in full.", valueName: "name"))
    var name: String?

    func run() throws {
        guard let name else {
            let signatures = Catalog.entries.map { entry in
                let parameters = entry.parameters.map { "\($0.name)=\($0.defaultValue.map($0.text(for:)) ?? "…")" }
                return parameters.isEmpty ? entry.name : "\(entry.name)(\(parameters.joined(separator: ", ")))"
            }
            let width = (signatures.map(\.count).max() ?? 0) + 2
            for (entry, signature) in zip(Catalog.entries, signatures) {
                let aliases = entry.aliases.isEmpty ? "" : " (also: \(entry.aliases.joined(separator: ", ")))"
                print(signature.padding(toLength: width) + entry.summary + aliases)
            }
            return
        }
        guard let entry = Catalog.entry(named: name) else {
            let hint = Catalog.suggestion(for: name).map { "; did you mean '\($0)'?" } ?? "; run 'atlas list' to see the catalogue"
            throw UsageFailure(message: "unknown activation '\(name)'\(hint)")
        }
        let function = entry.make([:])
        let metadata = function.metadata
        print("\(entry.name): \(metadata.displayName)")
        print("  \(entry.summary)")
        if !entry.aliases.isEmpty { print("  aliases: \(entry.aliases.joined(separator: ", "))") }
        for parameter in entry.parameters {
            print("  parameter \(parameter.name) = \(parameter.defaultValue.map(parameter.text(for:)) ?? "(required)"): \(parameter.summary)")
        }
        print("  f(x)  = \(metadata.valueTeX)")
        print("  f'(x) = \(metadata.derivativeTeX)")
        print("  range: \(metadata.range)")
        print("  kinks: \(metadata.kinks.isEmpty ? "none" : metadata.kinks.map { shortestDecimal($0) }.joined(separator: ", "))")
    }
}
