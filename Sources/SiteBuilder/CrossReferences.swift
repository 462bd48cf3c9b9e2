import AtlasDiagnostics
import LessonMarkdown

/// The `:name:` labels of one lesson's figures and tables and the ``{ref}`label` ``
/// roles that point at them, resolved after the whole lesson is rendered so that a
/// reference may come before its target.
///
/// A role is first written as a placeholder, U+E010, its index, U+E011 (private-use
/// characters, as LessonMath's placeholders are); ``resolve(in:)`` swaps each for a link
/// "Figure N" or "Table N" (plain text inside a link's text, where HTML allows no second
/// link) or reports the unknown label. Figures and tables share one set of labels, as
/// they share the page's ids.
struct CrossReferences {
    enum Kind: String {
        case figure = "Figure"
        case table = "Table"
    }

    private var targets: [String: (kind: Kind, number: Int)] = [:]
    private var references: [(label: Located<String>, isInsideLink: Bool)] = []

    /// Records the label of figure or table `number`; a label used twice is an error at
    /// the second.
    mutating func register(_ name: Located<String>?, kind: Kind, number: Int) -> Diagnostic? {
        guard let name else { return nil }
        if let first = targets[name.value] {
            return Diagnostic(
                "the label '\(name.value)' already names \(first.kind.rawValue) \(first.number); labels must differ",
                at: name.location)
        }
        targets[name.value] = (kind, number)
        return nil
    }

    /// The placeholder for a ``{ref}`label` `` role, or an error for an empty one.
    mutating func placeholder(for role: Role) -> Result<String, DirectiveFailure> {
        let label = role.content.value.trimmingWhitespace()
        guard !label.isEmpty else {
            return .failure(DirectiveFailure([Diagnostic(
                "'{ref}' needs the label of a figure or table, e.g. {ref}`fig-relu`", at: role.content.location)]))
        }
        references.append((Located(label, at: role.content.location), role.isInsideLink))
        return .success("\u{E010}\(references.count - 1)\u{E011}")
    }

    /// `html` with every placeholder replaced by its link, and a diagnostic per unknown label.
    func resolve(in html: String) -> (html: String, diagnostics: [Diagnostic]) {
        guard !references.isEmpty else { return (html, []) }
        var diagnostics: [Diagnostic] = []
        var links: [String] = []
        for (label, isInsideLink) in references {
            guard let target = targets[label.value] else {
                diagnostics.append(unknown(label))
                links.append("")
                continue
            }
            let text = "\(target.kind.rawValue) \(target.number)"
            links.append(isInsideLink ? text : "<a class=\"ref\" href=\"#\(label.value)\">\(text)</a>")
        }
        return (replacingPlaceholders(in: html, with: links), diagnostics)
    }

    private func unknown(_ label: Located<String>) -> Diagnostic {
        let known = targets.keys.sorted()
        let hint = Spelling.suggestion(for: label.value, among: known).map { "; did you mean '\($0)'?" }
            ?? (known.isEmpty
                ? "; name a figure or table with ':name: \(label.value)' in its '{plot}' or '{table}'"
                : "; the labels in this lesson are \(known.map { "'\($0)'" }.joined(separator: ", "))")
        return Diagnostic("unknown label '\(label.value)'\(hint)", at: label.location)
    }

    private func replacingPlaceholders(in html: String, with links: [String]) -> String {
        var out = ""
        var scalars = html.unicodeScalars[...]
        while let start = scalars.firstIndex(of: "\u{E010}") {
            out.unicodeScalars.append(contentsOf: scalars[..<start])
            let rest = scalars[scalars.index(after: start)...]
            if let end = rest.firstIndex(of: "\u{E011}"), let index = Int(String(String.UnicodeScalarView(rest[..<end]))),
                links.indices.contains(index)
            {
                out += links[index]
                scalars = rest[rest.index(after: end)...]
            } else {
                // Not ours (an author's own U+E010): keep it as it was.
                out.unicodeScalars.append(scalars[start])
                scalars = rest
            }
        }
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }
}

extension String {
    /// Without leading and trailing whitespace: a role's content as the author meant it.
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
