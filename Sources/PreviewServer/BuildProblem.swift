import AtlasDiagnostics
import SiteBuilder

/// One problem of a failed build as the page's overlay lists it: the place, the
/// severity, the message and the hint, and the whole line as `atlas build` prints it
/// (`Content/02-sigmoid.md:14:10: error: …`), without colour.
public struct BuildProblem: Sendable, Equatable {
    public var file: String?
    public var line: Int?
    public var column: Int?
    /// `error` or `warning` (a warning fails a build with `--strict`).
    public var severity: String
    public var message: String
    public var hint: String?
    /// `file:line:column: severity: message`, or `error: message` without a place.
    public var text: String

    /// Every problem of `error`: each diagnostic of a content failure, else the one
    /// failure of the file system, the output or the cache.
    public static func all(_ error: BuildError) -> [BuildProblem] {
        guard case .content(let diagnostics) = error else {
            return [BuildProblem(severity: "error", message: error.message, text: error.description)]
        }
        return diagnostics.map { problem in
            let diagnostic = problem.diagnostic
            return BuildProblem(
                file: problem.path, line: diagnostic.location.line, column: diagnostic.location.column,
                severity: diagnostic.severity.rawValue, message: diagnostic.message, hint: diagnostic.hint,
                text: "\(problem.path):\(diagnostic.location.line):\(diagnostic.location.column): "
                    + "\(diagnostic.severity.rawValue): \(diagnostic.message)")
        }
    }

    init(
        file: String? = nil, line: Int? = nil, column: Int? = nil, severity: String, message: String, hint: String? = nil,
        text: String
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.hint = hint
        self.text = text
    }
}
