import AtlasDiagnostics

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
                .frontMatter,
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
        let (fields, problems) = YAMLFields.read(yaml, firstLine: firstLine, name: "front matter", kind: .frontMatter)
        var diagnostics = problems
        for field in fields {
            switch field.key {
            case "title":
                if let text = field.value.text {
                    frontMatter.title = text
                } else {
                    diagnostics.append(Diagnostic(.frontMatterTitle, "'title' must be text, e.g. 'title: The sigmoid'", at: field.location))
                }
            case "summary":
                if let text = field.value.text {
                    frontMatter.summary = text
                } else {
                    diagnostics.append(Diagnostic(.frontMatterField, "'summary' must be text", at: field.location))
                }
            case "order":
                if case .integer(let number) = field.value {
                    frontMatter.order = number
                    frontMatter.orderLocation = field.location
                } else {
                    diagnostics.append(Diagnostic(.frontMatterField, "'order' must be a whole number, e.g. 'order: 3'", at: field.location))
                }
            case "draft":
                if case .boolean(let flag) = field.value {
                    frontMatter.draft = flag
                } else {
                    diagnostics.append(Diagnostic(.frontMatterField, "'draft' must be 'true' or 'false'", at: field.location))
                }
            default:
                // Other keys are the author's own, as in Hugo and Jekyll; one a letter or
                // two from a key atlas reads is most likely that key misspelt.
                if let known = Spelling.suggestion(for: field.key, among: FrontMatter.keys) {
                    diagnostics.append(
                        Diagnostic(
                            .frontMatterField,
                            "front matter key '\(field.key)' is not one atlas reads; did you mean '\(known)'?",
                            at: field.location, severity: .warning,
                            hint: "atlas reads \(FrontMatter.keys.map { "'\($0)'" }.joined(separator: ", ")); it ignores other keys"))
                }
            }
        }
        return (frontMatter, diagnostics)
    }
}
