import AtlasDiagnostics

/// A lesson turned into an HTML fragment, with everything found wrong on the way.
public struct RenderedLesson: Sendable {
    /// nil when the lesson has no front matter.
    public var frontMatter: FrontMatter?
    /// The body as HTML, each directive's output in place of its code block.
    public var html: String
    /// Every problem found, sorted by position.
    public var diagnostics: [Diagnostic]
    /// The ids in `html`, in order: where a `#fragment` of a link to this lesson may land.
    /// Read once, before the math goes back in (MathML carries no ids), for the lesson's
    /// own links and for other lessons' links to it.
    public var ids: [String] = []
}

/// Markdown lesson → HTML fragment, the entry point of LessonMarkdown.
///
/// ```swift
/// let lesson = LessonRenderer.render(source) { directive in
///     .success("<figure>…</figure>")   // SiteBuilder draws plots and tables here
/// }
/// ```
public enum LessonRenderer {
    /// The author's raw HTML is dropped (cmark's safe mode) unless `allowRawHTML`.
    /// `expandRole` gives the HTML of each known inline role (``{eval}`…` ``), in order.
    /// `checkReference` is asked about every function reference in a directive, so its
    /// problems are reported together with those of the options. `expand` is called once
    /// per well-formed directive, in document order; the HTML it returns replaces the
    /// directive's code block and survives safe mode.
    ///
    /// `resolveLink` is asked about every link and image whose destination is relative
    /// (`LessonLink.isRelative`), in the order the destinations are written, and returns
    /// the URL to put in the page (the same one to keep it) or the problem, reported at
    /// the destination. A reference link's problem is reported once, at its definition,
    /// however many links use it. The default keeps every destination as written.
    ///
    /// Every heading gets an id from its text (``Anchors/slug(_:)``), and a link to a
    /// place on the same page (`[see](#drawbacks)`) that no id in the lesson matches is an
    /// error at its destination.
    ///
    /// ```swift
    /// LessonRenderer.render("[ReLU](04-relu.md#drawbacks)", resolveLink: { link in
    ///     .success("relu.html#drawbacks")
    /// }) { _ in .success("") }.html  // "<p><a href=\"relu.html#drawbacks\">ReLU</a></p>\n"
    /// ```
    public static func render(
        _ source: String,
        allowRawHTML: Bool = false,
        checkReference: (String) -> ReferenceProblem? = { _ in nil },
        expandRole: (Role) -> Result<String, DirectiveFailure> = { _ in .success("") },
        resolveLink: (LessonLink) -> Result<String, LinkProblem> = { .success($0.destination.value) },
        expand: (Directive) -> Result<String, DirectiveFailure>
    ) -> RenderedLesson {
        let split = FrontMatterReader.split(normalizingLineEndings(source))
        let math = LessonMath(body: split.body)
        var diagnostics = split.diagnostics + math.diagnostics
        let text = SourceText(math.body)
        let original = SourceText(split.body)
        var locator = LinkLocator(source: original)
        var linkProblems: Set<Diagnostic> = []
        var fragments: [Located<String>] = []
        let html = CMarkDocument.renderHTML(markdown: math.body, source: text, allowRawHTML: allowRawHTML, replace: { block in
            guard let syntax = DirectiveSyntaxReader.read(block, source: text) else { return nil }
            let result = syntax.mapError { DirectiveFailure([$0]) }
                .flatMap { DirectiveReader.read($0, checkReference: checkReference) }
                .flatMap(expand)
            switch result {
            case .success(let html):
                return html
            case .failure(let failure):
                diagnostics += failure.diagnostics
                return ""
            }
        }, role: { inline in
            let location = Role.location(
                ofContentOf: inline.name, index: inline.indexInBlock, fromLine: inline.blockStartLine, in: original)
            guard Role.names.contains(inline.name) else {
                let hint = Spelling.suggestion(for: inline.name, among: Role.names).map { "; did you mean '{\($0)}'?" }
                    ?? "; the roles are \(Role.names.map { "'{\($0)}'" }.joined(separator: ", "))"
                // The role name sits just before its backticks.
                let nameColumn = max(1, location.column - (inline.name.count + 3))
                diagnostics.append(Diagnostic(
                    "unknown role '{\(inline.name)}'\(hint)", at: SourceLocation(line: location.line, column: nameColumn)))
                return nil
            }
            switch expandRole(Role(name: inline.name, content: Located(inline.content, at: location), isInsideLink: inline.isInsideLink)) {
            case .success(let html):
                return html
            case .failure(let failure):
                diagnostics += failure.diagnostics
                return nil
            }
        }, link: { inline in
            let location = switch inline.place {
            case .markdown(let block): locator.location(of: inline.url, in: block)
            case .htmlBlock(let line, let literal, let offset):
                locator.location(ofByte: offset, inHTMLBlock: literal, startLine: line)
            case .inlineHTML(let block, let ordinal, let literal, let offset):
                locator.location(ofByte: offset, inInlineHTML: literal, ordinal: ordinal, in: block)
            }
            if inline.url.hasPrefix("#") {
                fragments.append(Located(String(inline.url.dropFirst()), at: location))
                return nil
            }
            switch resolveLink(LessonLink(kind: inline.kind, destination: Located(inline.url, at: location))) {
            case .success(let url):
                return url
            case .failure(let problem):
                // A set: links sharing a reference definition share its one problem.
                linkProblems.insert(Diagnostic(problem.message, at: location))
                return nil
            }
        })
        let ids = Anchors.ids(in: html)
        var page = Anchors.Page(ids: ids)
        for fragment in fragments {
            guard let problem = page.problem(linkingTo: fragment.value, on: "this lesson") else { continue }
            linkProblems.insert(Diagnostic(problem, at: fragment.location))
        }
        diagnostics += linkProblems
        return RenderedLesson(
            frontMatter: split.frontMatter, html: math.restore(in: html), diagnostics: diagnostics.sorted(), ids: ids)
    }

    /// `text` with CR LF and lone CR line endings made LF. CommonMark counts all three as
    /// line endings, but the front matter and directive readers split on LF: a lesson
    /// saved with classic Mac endings must not silently lose its front matter.
    static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
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

    /// The front matter of a lesson, or nil when it has none or it does not parse; its
    /// problems are reported by ``render(_:allowRawHTML:checkReference:expandRole:resolveLink:expand:)``.
    /// For a build that needs every lesson's title before it renders any (``{lesson}`slug` ``).
    public static func frontMatter(of source: String) -> FrontMatter? {
        FrontMatterReader.split(normalizingLineEndings(source)).frontMatter
    }

    /// The directives of a lesson, read but not expanded; for tools and tests.
    public static func directives(in source: String) -> (directives: [Directive], diagnostics: [Diagnostic]) {
        var found: [Directive] = []
        let rendered = render(source) { directive in
            found.append(directive)
            return .success("")
        }
        return (found, rendered.diagnostics)
    }
}
