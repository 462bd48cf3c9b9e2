import AtlasDiagnostics

/// A lesson ready for its page.
struct BuiltLesson: Sendable {
    var slug: String
    /// Where the lesson's `order:` is written, for the warning about a shared order.
    var orderLocation: SourceLocation?
    var sourceFileName: String
    var title: String
    var summary: String?
    var order: Int?
    var body: String

    /// The page's file name, relative to the site root: `sigmoid.html`.
    var fileName: String { slug + ".html" }
}
