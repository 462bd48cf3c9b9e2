import AtlasDiagnostics
import LessonMarkdown

/// A link to a place in another lesson (`04-relu.md#drawbacks`), noted while the linking
/// lesson renders and checked once every lesson has: only then are the ids of the
/// target's headings and figures known.
struct FragmentLink: Sendable, Hashable {
    /// The target lesson's file: `04-relu.md`.
    var lessonFileName: String
    /// After the `#`, as written: `drawbacks`.
    var fragment: String
    /// Where the link's destination is written in the linking lesson.
    var location: SourceLocation
    /// A ``{ref}`04-relu.md#label` ``, checked against the lesson's labels when it
    /// resolves, and noted here only so that the target's hover preview holds the figure.
    var isReference = false
}
