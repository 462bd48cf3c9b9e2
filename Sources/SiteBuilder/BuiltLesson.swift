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
    /// The body's HTML; nil when the lesson came from the build cache and its page is
    /// unchanged, so that it need not be read.
    var body: String?
    /// The key of its page's bytes (``PageKeys``).
    var pageKey: String

    /// The page's file name, relative to the site root: `sigmoid.html`.
    var fileName: String { slug + ".html" }
}
