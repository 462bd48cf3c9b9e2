import AtlasDiagnostics
import SiteBuilder

extension Diagnostic {
    /// ``formatted(path:)`` with ANSI bold and red (errors) or magenta (warnings), as
    /// compilers print on a terminal; plain without `colour`.
    func formatted(path: String, colour: Bool) -> String {
        guard colour else { return formatted(path: path) }
        let place = "\(path):\(location.line):\(location.column):"
        let tint = severity == .error ? "\u{1B}[31m" : "\u{1B}[35m"
        var text = "\u{1B}[1m\(place) \(tint)\(severity.rawValue):\u{1B}[0m\u{1B}[1m \(message)\u{1B}[0m"
        if let hint { text += "\n  hint: " + hint }
        return text
    }
}

extension BuildDiagnostic {
    /// The printed form; `colour` adds ANSI styles for a terminal.
    func formatted(colour: Bool) -> String { diagnostic.formatted(path: path, colour: colour) }
}

extension BuildError {
    /// ``description``, each diagnostic coloured for a terminal when `colour`.
    func report(colour: Bool) -> String {
        guard case .content(let diagnostics) = self else { return description }
        return diagnostics.map { $0.formatted(colour: colour) }.joined(separator: "\n")
    }
}
