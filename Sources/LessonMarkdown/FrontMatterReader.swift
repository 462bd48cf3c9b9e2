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

    /// Splits `source` at its front matter, read as bytes: the lines are found, not copied
    /// one by one, since most of a lesson is body.
    static func split(_ source: String) -> Split {
        func split(_ bytes: UnsafeBufferPointer<UInt8>) -> Split {
            // Lines end at the byte `\n` only: `\r\n` is one Character in Swift, but its
            // `\r` is trailing space to a delimiter line.
            func lineEnd(from start: Int) -> Int {
                UnsafeBufferPointer(rebasing: bytes[start...]).firstIndex(of: UInt8(ascii: "\n")).map { start + $0 } ?? bytes.count
            }
            let firstEnd = lineEnd(from: 0)
            guard isDelimiter(bytes[0..<firstEnd], allowDots: false) else {
                return Split(frontMatter: nil, body: source, diagnostics: [])
            }
            // Line `number` (0-based) of the closing delimiter, and where it ends.
            var number = 1, start = firstEnd + 1, end = firstEnd
            var closing: (number: Int, start: Int, end: Int)?
            while start <= bytes.count {
                end = lineEnd(from: start)
                if isDelimiter(bytes[start..<end], allowDots: true) {
                    closing = (number, start, end)
                    break
                }
                number += 1
                start = end + 1
            }
            guard let closing else {
                let problem = Diagnostic(
                    .frontMatter,
                    "front matter is not closed; end it with a line '---'",
                    at: SourceLocation(line: 1, column: 1))
                return Split(frontMatter: nil, body: source, diagnostics: [problem])
            }
            // Pieces of `source` itself, cut after line breaks (whole scalars), need no second
            // check of their UTF-8 as Strings made from its bytes would: a lesson's body is
            // most of it.
            let utf8 = source.utf8
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            let yaml = String(source[index(firstEnd + 1)..<index(max(firstEnd + 1, closing.start - 1))])
            // The front matter's lines blanked: one line break each, then the rest as it is.
            var body = String(repeating: "\n", count: closing.number)
            if closing.end < bytes.count {
                body += "\n"
                body += source[index(closing.end + 1)...]
            }
            let (frontMatter, diagnostics) = read(yaml: yaml, firstLine: 2)
            return Split(frontMatter: frontMatter, body: body, diagnostics: diagnostics)
        }
        return source.utf8.withContiguousStorageIfAvailable(split) ?? Array(source.utf8).withUnsafeBufferPointer(split)
    }

    /// A `---` line (or `...`, which YAML also allows to end a document), trailing spaces,
    /// tabs and `\r` allowed.
    private static func isDelimiter(_ line: Slice<UnsafeBufferPointer<UInt8>>, allowDots: Bool) -> Bool {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") || line[end - 1] == 0x0D {
            end -= 1
        }
        let text = line[line.startIndex..<end]
        return text.elementsEqual("---".utf8) || (allowDots && text.elementsEqual("...".utf8))
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
            case "translation_of":
                if field.value.text == nil {
                    diagnostics.append(
                        Diagnostic(
                            .frontMatterField,
                            "'translation_of' must be the digest that 'atlas translations --mark' writes, e.g. 'translation_of: 3f2a9c01b7d4'",
                            at: field.location))
                }
            default:
                diagnostics.append(
                    YAMLFields.unknownKey(field, in: "front matter", known: FrontMatter.keys, kind: .frontMatterField))
            }
        }
        return (frontMatter, diagnostics)
    }
}
