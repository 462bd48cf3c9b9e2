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
}

/// A directive as the parser found it: always its name, arguments and `:name:` label, and
/// the typed directive when its options could be read.
///
/// Keeping the label of a directive that fails means that one mistake gives one error:
/// a `{ref}` to a plot with a bad option is not also an unknown label.
public struct LessonDirective: Sendable, Hashable {
    /// The directive's place among the code blocks of its lesson, from 0: the key of its
    /// HTML in ``LessonFragments/directives``.
    public var id: Int
    /// `plot` in ```` ```{plot} ````, located at its first character.
    public var name: Located<String>
    /// The arguments as written: function references for `plot`, `table`, `formula` and
    /// `compare`, the new name for `define`.
    public var arguments: [Located<String>]
    /// The `:name:` of a `{plot}` or `{table}`, when it is a valid label.
    public var label: Located<String>?
    /// nil when the directive could not be read; its problems are among the parse's.
    public var directive: Directive?
    /// Where the opening fence starts.
    public var location: SourceLocation
}

/// The HTML and URLs that the compute and resolve phases made for a lesson, by the ids of
/// its elements, for ``LessonRenderer/render(_:fragments:)``.
public struct LessonFragments: Sendable, Hashable {
    /// A directive's HTML, in place of its code block; a directive without one leaves
    /// nothing (it failed, or `{define}` shows nothing).
    public var directives: [Int: String]
    /// A role's HTML, in place of ``{name}`content` ``; a role without one stays as written.
    public var roles: [Int: String]
    /// A link's URL; a link without one keeps its destination.
    public var links: [Int: String]

    public init(directives: [Int: String] = [:], roles: [Int: String] = [:], links: [Int: String] = [:]) {
        self.directives = directives
        self.roles = roles
        self.links = links
    }
}
