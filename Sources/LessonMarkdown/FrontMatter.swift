import AtlasDiagnostics

/// The YAML block at the top of a lesson, between two `---` lines.
///
/// ```
/// ---
/// title: The sigmoid
/// order: 2
/// summary: Squashes any number into (0, 1).
/// draft: false
/// ---
/// ```
/// A translation (`Content/zh/02-sigmoid.md`) may also say which version of its original
/// it follows, `translation_of: 3f2a9c01b7d4`, as `atlas translations --mark` writes it.
/// The reader only checks that it is text: SiteBuilder's `Translations` reads its digits
/// from the line as written, since YAML would read `012345678901` as a number.
///
/// Another key is a warning (`YAMLFields.unknownKey`), as in `site.yaml`: unlike Hugo's,
/// atlas's templates cannot read a lesson's own keys, so one is a typo or dead text.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var order: Int?
    public var summary: String?
    public var draft: Bool
    /// Where `order:` is written, for messages about it.
    public var orderLocation: SourceLocation?

    /// The keys atlas reads; others are warned about and ignored.
    public static let keys = ["title", "order", "summary", "draft", "translation_of"]

    public init(title: String? = nil, order: Int? = nil, summary: String? = nil, draft: Bool = false) {
        self.title = title
        self.order = order
        self.summary = summary
        self.draft = draft
    }
}
