import AtlasDiagnostics

/// A lesson turned into an HTML fragment.
public struct RenderedLesson: Sendable, Hashable {
    /// The body as HTML, each directive's output in place of its code block.
    public var html: String
    /// The ids in `html`, in order: where a `#fragment` of a link to this lesson may land.
    /// Read once, before the math goes back in (MathML carries no ids), for the lesson's
    /// own links and for other lessons' links to it.
    public var ids: [String]
    /// A problem per link to a place on this page that no id matches, sorted by position.
    public var diagnostics: [Diagnostic]
}
