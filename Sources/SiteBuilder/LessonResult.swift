import AtlasDiagnostics
import LessonMarkdown

/// One lesson after every phase up to its body's HTML.
public struct LessonResult: Sendable {
    /// nil when the lesson has no front matter.
    public var frontMatter: FrontMatter?
    /// The body as HTML, each directive's output in place of its code block.
    public var html: String
    /// Every problem found, sorted by position.
    public var diagnostics: [Diagnostic]
    /// The ids in `html`: where a `#fragment` of a link to this lesson may land.
    var ids: [String] = []
    /// The files its links and images use.
    var linkedFiles: [LinkedFile] = []
    /// Its links to places in other lessons, to check once all are rendered (`FragmentLinks`).
    var fragmentLinks: [FragmentLink] = []
    /// What it asked of the course (nil without one): the result holds while the answers do.
    var trace: CourseTrace?
    /// Its directives' HTML by key, for the cache to reuse in the lesson's next version.
    var directivesByKey: [ContentDigest: [UInt8]] = [:]
    /// How many directives were drawn, not reused: for the tests of the cache.
    var drawnDirectives = 0
}
