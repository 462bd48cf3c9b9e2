import LessonMarkdown

/// The `:name:` labels of one lesson's figures and the ``{ref}`label` `` roles that point
/// at them, resolved after the whole lesson is rendered so that a reference may come
/// before its figure.
///
/// A role is first written as a placeholder, U+E010, its index, U+E011 (private-use
/// characters, as LessonMath's placeholders are); ``resolve(in:)`` swaps each for a link
/// "Figure N" or reports the unknown label.
struct FigureReferences {
    private var labels: [String: Int] = [:]
    private var references: [Located<String>] = []

    /// Records figure `number`'s label; a label used twice is an error at the second.
    mutating func register(_ name: Located<String>?, number: Int) -> Diagnostic? {
        guard let name else { return nil }
        if let first = labels[name.value] {
            return Diagnostic("the label '\(name.value)' already names Figure \(first); labels must differ", at: name.location)
        }
        labels[name.value] = number
        return nil
    }

    /// The placeholder for a ``{ref}`label` `` role.
    mutating func placeholder(for role: Role) -> String {
        references.append(Located(role.content.value.trimmingWhitespace(), at: role.content.location))
        return "\u{E010}\(references.count - 1)\u{E011}"
    }

    /// `html` with every placeholder replaced by its link, and a diagnostic per unknown label.
    func resolve(in html: String) -> (html: String, diagnostics: [Diagnostic]) {
        guard !references.isEmpty else { return (html, []) }
        var diagnostics: [Diagnostic] = []
        var links: [String] = []
        for reference in references {
            if let number = labels[reference.value] {
                links.append("<a class=\"ref\" href=\"#\(reference.value)\">Figure \(number)</a>")
            } else {
                let known = labels.keys.sorted()
                let hint = Spelling.suggestion(for: reference.value, among: known).map { "; did you mean '\($0)'?" }
                    ?? (known.isEmpty
                        ? "; name a figure with ':name: \(reference.value)' in its '{plot}'"
                        : "; the labels in this lesson are \(known.map { "'\($0)'" }.joined(separator: ", "))")
                diagnostics.append(Diagnostic("unknown figure label '\(reference.value)'\(hint)", at: reference.location))
                links.append("")
            }
        }
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
        return (out, diagnostics)
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
