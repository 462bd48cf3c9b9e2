import AtlasDiagnostics

/// Lesson text → a ``Lesson``: the parse phase, the entry point of LessonMarkdown.
///
/// ```swift
/// let (lesson, problems) = LessonParser.parse(source, keepsRawHTML: false)
/// // … resolve and compute the fragments (SiteBuilder) …
/// let page = LessonRenderer.render(lesson, fragments: fragments)
/// ```
public enum LessonParser {
    /// Reads the front matter, finds and converts the math, and lists every directive (its
    /// options read and checked), role and link, each located in the file.
    ///
    /// The problems found here are those of the text alone: front matter, math, a
    /// directive's syntax and options, an unknown role. Function references, labels and
    /// link targets are checked by the phases after, which know the catalogue and the course.
    public static func parse(_ source: String, keepsRawHTML: Bool = false) -> (lesson: Lesson, diagnostics: [Diagnostic]) {
        let normalized = normalizingLineEndings(source)
        let split = FrontMatterReader.split(normalized)
        // The math's placeholders are the one scheme that marks generated text inside
        // cmark's output, so the characters they use are refused wherever an author
        // writes them (a title, too, reaches other lessons' pages), math or not.
        let reserved = MathSplicer.firstMarker(in: normalized)
        // The body's lines, split once: for the math, the roles and links, and for the
        // directives too when there is no math (the body is then cmark's text as it is).
        let original = SourceText(split.body)
        let math = reserved == nil ? LessonMath(body: split.body, source: original) : LessonMath(unconverted: split.body)
        var diagnostics = split.diagnostics + (reserved.map { [MathSplicer.reservedCharacter(at: $0)] } ?? [])
        diagnostics += math.diagnostics
        let text = math.replacedMath ? SourceText(math.body) : original
        let inventory = CMarkDocument.inventory(markdown: math.body, source: text, keepsRawHTML: keepsRawHTML)

        var directives: [LessonDirective] = []
        var unreadable: [Int] = []
        for (ordinal, block) in inventory.codeBlocks.enumerated() {
            guard let syntax = DirectiveSyntaxReader.read(block, source: text) else { continue }
            switch syntax {
            case .failure(let problem):
                diagnostics.append(problem)
                unreadable.append(ordinal)
            case .success(let syntax):
                let read = DirectiveReader.read(syntax)
                if case .failure(let failure) = read { diagnostics += failure.diagnostics }
                directives.append(
                    LessonDirective(
                        id: ordinal, name: syntax.name, arguments: syntax.arguments, label: DirectiveReader.label(of: syntax),
                        hasFamilyOption: syntax.options.contains { $0.key.value == "vary" }, directive: try? read.get(),
                        location: syntax.location,
                        source: String(decoding: text.line(block.startLine), as: UTF8.self) + "\n" + block.literal))
            }
        }

        var roles: [Role] = []
        for (ordinal, inline) in inventory.roles.enumerated() {
            let location = Role.location(
                ofContentOf: inline.name, index: inline.indexInBlock, fromLine: inline.blockStartLine, in: original)
            guard Role.names.contains(inline.name) else {
                diagnostics.append(unknownRole(inline.name, contentAt: location))
                continue
            }
            roles.append(
                Role(
                    id: ordinal, name: inline.name, content: Located(inline.content, at: location),
                    isInsideLink: inline.isInsideLink))
        }

        var locator = LinkLocator(source: original)
        var links: [LessonLink] = []
        var pageFragments: [Located<String>] = []
        for (ordinal, found) in inventory.links.enumerated() {
            let location =
                switch found.place {
                case .markdown(let block): locator.location(of: found.url, in: block)
                case .htmlBlock(let line, let literal, let offset):
                    locator.location(ofByte: offset, inHTMLBlock: literal, startLine: line)
                case .inlineHTML(let block, let ordinal, let literal, let offset):
                    locator.location(ofByte: offset, inInlineHTML: literal, ordinal: ordinal, in: block)
                }
            if found.url.hasPrefix("#") {
                pageFragments.append(Located(String(found.url.dropFirst()), at: location))
            } else {
                links.append(LessonLink(id: ordinal, kind: found.kind, destination: Located(found.url, at: location)))
            }
        }

        let lesson = Lesson(
            frontMatter: split.frontMatter, directives: directives, roles: roles, links: links,
            pageFragments: pageFragments, keepsRawHTML: keepsRawHTML, math: math, unreadableDirectiveBlocks: unreadable)
        return (lesson, diagnostics.sorted())
    }

    /// `unknown role '{evl}'; did you mean '{eval}'?`, at the role's name, which sits just
    /// before its backticks.
    private static func unknownRole(_ name: String, contentAt location: SourceLocation) -> Diagnostic {
        let hint =
            Spelling.suggestion(for: name, among: Role.names).map { "; did you mean '{\($0)}'?" }
            ?? "; the roles are \(Role.names.map { "'{\($0)}'" }.joined(separator: ", "))"
        let nameColumn = max(1, location.column - (name.count + 3))
        return Diagnostic(.role, "unknown role '{\(name)}'\(hint)", at: SourceLocation(line: location.line, column: nameColumn))
    }

    /// `text` with CR LF and lone CR line endings made LF. CommonMark counts all three as
    /// line endings, but the front matter and directive readers split on LF: a lesson
    /// saved with classic Mac endings must not silently lose its front matter.
    static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8Contains(0x0D) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0A, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == 0x0D
            bytes.append(byte == 0x0D ? 0x0A : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
