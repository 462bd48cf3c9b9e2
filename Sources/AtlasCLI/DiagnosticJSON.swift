import AtlasDiagnostics
import AtlasText
import SiteBuilder

/// The problems of `atlas check --format json`, for editors and CI annotations: a JSON
/// array with one object per diagnostic, one object per line. The schema is
/// `docs/check.schema.json`, explained in `docs/check-json.md`.
///
/// ```
/// [
///   {"file": "Content/02-sigmoid.md", "line": 14, "column": 10, "severity": "error", "kind": "function", "message": "unknown activation 'sigmod'; did you mean 'sigmoid'?"},
///   {"file": "Content/03-tanh.md", "line": 4, "column": 1, "severity": "warning", "kind": "frontMatterField", "message": "…", "hint": "…"}
/// ]
/// ```
///
/// `hint` is there only when the diagnostic has one (``Diagnostic/hint``, held apart
/// from the message); `endColumn`, the column just after the mistake (as editors'
/// ranges end), only when ``Diagnostic/endColumn`` knows its last column.
enum DiagnosticJSON {
    /// The array, sorted as the build sorts diagnostics (by file, line, column); `[]`
    /// when there is none.
    static func text(_ diagnostics: [BuildDiagnostic]) -> String {
        guard !diagnostics.isEmpty else { return "[]" }
        let lines = diagnostics.sorted().map { "  " + object($0).text(.spaced) }
        return "[\n" + lines.joined(separator: ",\n") + "\n]"
    }

    /// One diagnostic: `file`, `line`, `column`, `severity`, `kind`, `message`, and `hint`
    /// when there is one.
    static func object(_ problem: BuildDiagnostic) -> JSONValue {
        let diagnostic = problem.diagnostic
        var members: [(String, JSONValue)] = [
            ("file", .string(problem.path)),
            ("line", .integer(diagnostic.location.line)),
            ("column", .integer(diagnostic.location.column)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("kind", .string(diagnostic.kind.rawValue)),
            ("message", .string(diagnostic.message)),
        ]
        if let last = diagnostic.endColumn { members.insert(("endColumn", .integer(last + 1)), at: 3) }
        if let hint = diagnostic.hint { members.append(("hint", .string(hint))) }
        return .object(members)
    }
}
