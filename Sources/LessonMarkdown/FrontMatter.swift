import Yams

/// The YAML block at the top of a lesson, between two `---` lines.
///
/// ```
/// ---
/// title: The sigmoid
/// order: 2
/// summary: Squashes any number into (0, 1).
/// draft: false
/// ---
/// ```
/// Keys other than these four are allowed and ignored, as Hugo and Jekyll do.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var order: Int?
    public var summary: String?
    public var draft: Bool

    public init(title: String? = nil, order: Int? = nil, summary: String? = nil, draft: Bool = false) {
        self.title = title
        self.order = order
        self.summary = summary
        self.draft = draft
    }
}

/// Splits front matter from a lesson and reads it with Yams.
enum FrontMatterReader {
    struct Split {
        /// nil when the lesson has no front matter.
        var frontMatter: FrontMatter?
        /// The lesson with the front matter's lines blanked, so cmark's line numbers
        /// are the source file's line numbers.
        var body: String
        var diagnostics: [Diagnostic]
    }

    static func split(_ source: String) -> Split {
        // Split on the scalar "\n", not the Character: "\r\n" is one Character in Swift.
        var lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0) }
        guard let first = lines.first, isDelimiter(first, allowDots: false) else {
            return Split(frontMatter: nil, body: source, diagnostics: [])
        }
        guard let end = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0], allowDots: true) })
        else {
            let problem = Diagnostic(
                "front matter is not closed; end it with a line '---'",
                at: SourceLocation(line: 1, column: 1))
            return Split(frontMatter: nil, body: source, diagnostics: [problem])
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        for index in 0...end { lines[index] = "" }
        let body = lines.joined(separator: "\n")
        let (frontMatter, diagnostics) = read(yaml: yaml, firstLine: 2)
        return Split(frontMatter: frontMatter, body: body, diagnostics: diagnostics)
    }

    /// A `---` line (or `...`, which YAML also allows to end a document).
    private static func isDelimiter(_ line: String, allowDots: Bool) -> Bool {
        var scalars = Array(line.unicodeScalars)
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars.removeLast() }
        let text = String(String.UnicodeScalarView(scalars))
        return text == "---" || (allowDots && text == "...")
    }

    /// Reads the YAML text whose first line is line `firstLine` of the lesson.
    static func read(yaml: String, firstLine: Int) -> (FrontMatter, [Diagnostic]) {
        var frontMatter = FrontMatter()
        let start = SourceLocation(line: firstLine, column: 1)
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: yaml)
        } catch let error as YamlError {
            return (frontMatter, [yamlDiagnostic(error, firstLine: firstLine)])
        } catch {
            return (frontMatter, [Diagnostic("front matter is not valid YAML: \(error)", at: start)])
        }
        guard let loaded else { return (frontMatter, []) }
        guard let fields = loaded as? [String: Any] else {
            return (frontMatter, [Diagnostic("front matter must be 'key: value' lines", at: start)])
        }
        var diagnostics: [Diagnostic] = []
        func location(of key: String) -> SourceLocation {
            let lines = yaml.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
                .map { String($0) }
            let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) ?? 0
            return SourceLocation(line: firstLine + index, column: 1)
        }
        if let title = fields["title"] {
            if let text = scalarText(title) { frontMatter.title = text } else {
                diagnostics.append(Diagnostic("'title' must be text, e.g. 'title: The sigmoid'", at: location(of: "title")))
            }
        }
        if let summary = fields["summary"] {
            if let text = scalarText(summary) { frontMatter.summary = text } else {
                diagnostics.append(Diagnostic("'summary' must be text", at: location(of: "summary")))
            }
        }
        if let order = fields["order"] {
            if let number = order as? Int { frontMatter.order = number } else {
                diagnostics.append(Diagnostic("'order' must be a whole number, e.g. 'order: 3'", at: location(of: "order")))
            }
        }
        if let draft = fields["draft"] {
            if let flag = draft as? Bool { frontMatter.draft = flag } else {
                diagnostics.append(Diagnostic("'draft' must be 'true' or 'false'", at: location(of: "draft")))
            }
        }
        return (frontMatter, diagnostics)
    }

    /// YAML scalars that read naturally as text: strings, and numbers written as titles ("2048").
    private static func scalarText(_ value: Any) -> String? {
        switch value {
        case let text as String: text
        case let number as Int: String(number)
        case let number as Double: String(number)
        default: nil
        }
    }

    /// Maps a Yams error (0-based mark within the YAML) to the lesson's lines.
    private static func yamlDiagnostic(_ error: YamlError, firstLine: Int) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _):
            return Diagnostic(
                "front matter is not valid YAML: \(problem)",
                at: SourceLocation(line: firstLine + mark.line - 1, column: mark.column))
        default:
            return Diagnostic(
                "front matter is not valid YAML: \(error)", at: SourceLocation(line: firstLine, column: 1))
        }
    }
}
