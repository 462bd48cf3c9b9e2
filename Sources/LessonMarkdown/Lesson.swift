import AtlasDiagnostics

/// A parsed lesson: a value that a test can build, print and compare, and that the later
/// phases read instead of calling back into the parser (DESIGN §1).
///
/// It holds what the author wrote, typed and located: the front matter, every directive,
/// role and checked link (each with a stable `id`, its place in the lesson), and the math,
/// already converted. ``LessonRenderer/render(_:fragments:)`` turns it into HTML once the
/// generated fragments are known.
///
/// ```swift
/// let (lesson, problems) = LessonParser.parse("```{plot} relu\n```\n")
/// lesson.directives[0].directive  // .plot(PlotDirective(functions: ["relu"], …))
/// ```
public struct Lesson: Sendable, Hashable {
    /// nil when the lesson has no front matter, or it does not parse.
    public var frontMatter: FrontMatter?
    /// Every directive, in document order, read or not.
    public var directives: [LessonDirective]
    /// Every role of a known name (``Role/names``), in document order.
    public var roles: [Role]
    /// Every link and image whose destination is relative (``LessonLink/isRelative(_:)``),
    /// in the order the destinations are written; with raw HTML kept, its `href` and `src` too.
    public var links: [LessonLink]
    /// Every link to a place on the same page (`#drawbacks`, without the `#`), checked
    /// against the page's ids once it is rendered.
    public var pageFragments: [Located<String>]
    /// Whether the author's raw HTML is kept (`unsafe_html`); otherwise cmark's safe mode drops it.
    public var keepsRawHTML: Bool

    /// The math, converted, and the body as cmark reads it (front matter blanked, math
    /// replaced by placeholders).
    var math: LessonMath
    /// The code blocks written as directives that could not even be read as one (`{plot`
    /// unclosed): they leave nothing on the page either.
    var unreadableDirectiveBlocks: [Int] = []
}
