import AtlasDiagnostics

@testable import LessonMarkdown

/// A lesson through LessonMarkdown's two phases, parse and render, with fragments that a
/// test chooses: what SiteBuilder does between them, without SiteBuilder.
struct TestRender {
    var lesson: Lesson
    var html: String
    /// The parse's problems and the render's, sorted.
    var diagnostics: [Diagnostic]
    var frontMatter: FrontMatter? { lesson.frontMatter }
}

/// Parses `source`, gives every directive `directiveHTML` and each link the URL `url`
/// returns for it (nil keeps it), and renders.
func render(
    _ source: String, allowRawHTML: Bool = false, directiveHTML: String = "", url: (LessonLink) -> String? = { _ in nil }
) -> TestRender {
    let (lesson, problems) = LessonParser.parse(source, keepsRawHTML: allowRawHTML)
    var fragments = LessonFragments()
    for directive in lesson.directives where directive.directive != nil { fragments.directives[directive.id] = Array(directiveHTML.utf8) }
    for link in lesson.links { fragments.links[link.id] = url(link) }
    let rendered = LessonRenderer.render(lesson, fragments: fragments)
    return TestRender(lesson: lesson, html: rendered.html, diagnostics: (problems + rendered.diagnostics).sorted())
}

/// The directives of `source` that could be read, and every problem of the parse.
func directives(in source: String) -> (directives: [Directive], diagnostics: [Diagnostic]) {
    let (lesson, problems) = LessonParser.parse(source)
    return (lesson.directives.compactMap(\.directive), problems)
}
