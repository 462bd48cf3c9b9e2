import AtlasDiagnostics

/// ``Lesson`` and its fragments → the lesson's HTML: the render phase.
public enum LessonRenderer {
    /// Renders `lesson` with cmark, each directive's, role's and link's fragment spliced in
    /// the place of what the author wrote (see ``LessonFragments``), and the math put back.
    ///
    /// Every heading gets an id from its text (``Anchors/slug(_:)``), avoiding the ids the
    /// fragments hold, and a link to a place on the same page (`[see](#drawbacks)`) that no
    /// id matches is an error at its destination.
    ///
    /// ```swift
    /// let (lesson, _) = LessonParser.parse("[ReLU](04-relu.md#drawbacks)")
    /// LessonRenderer.render(lesson, fragments: LessonFragments(links: [0: "relu.html#drawbacks"])).html
    /// // "<p><a href=\"relu.html#drawbacks\">ReLU</a></p>\n"
    /// ```
    public static func render(_ lesson: Lesson, fragments: LessonFragments) -> RenderedLesson {
        var codeBlocks: [Int: [UInt8]] = [:]
        // Every directive leaves its code block, whether it has HTML or not.
        for directive in lesson.directives { codeBlocks[directive.id] = fragments.directives[directive.id] ?? [] }
        for block in lesson.unreadableDirectiveBlocks { codeBlocks[block] = [] }
        // cmark's HTML read in one pass: control characters to U+FFFD as in every other
        // text on the page (MarkupText), the ids read, the math put back.
        let finished = CMarkDocument.renderHTML(
            markdown: lesson.math.body, keepsRawHTML: lesson.keepsRawHTML,
            replacements: .init(codeBlocks: codeBlocks, roles: fragments.roles, links: fragments.links)
        ) { html in LessonHTMLPass.finish(html, math: lesson.math) }
        let ids = finished.ids
        var page = Anchors.Page(ids: ids)
        // A set: links sharing a reference definition share its one problem.
        var problems: Set<Diagnostic> = []
        for fragment in lesson.pageFragments {
            guard let problem = page.problem(linkingTo: fragment.value, on: "this lesson") else { continue }
            problems.insert(Diagnostic(.link, problem, at: fragment.location))
        }
        return RenderedLesson(html: finished.html, ids: ids, diagnostics: problems.sorted())
    }
}
