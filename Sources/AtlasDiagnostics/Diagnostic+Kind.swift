extension Diagnostic {
    /// What a problem is about, so that code decides by kind, never by a message's English
    /// text (a lesson whose front matter cannot be read is not also told it has no title).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A lesson's front matter as a whole: not closed, not YAML, not `key: value` lines.
        case frontMatter
        /// The front matter's `title`: missing, empty or not text.
        case frontMatterTitle
        /// Another front-matter field: its type, an unknown key.
        case frontMatterField
        /// `site.yaml`.
        case siteConfig
        /// A content file as a file: its encoding, size, name or slug, its order.
        case file
        /// A directive's syntax and options.
        case directive
        /// A function reference or expression: an unknown function or parameter, a value.
        case function
        /// TeX math.
        case math
        /// An inline role: an unknown role, its content.
        case role
        /// A figure's or table's label, or a `{ref}` to one.
        case label
        /// A link, an image or a linked file.
        case link
        /// A template override.
        case template
    }
}
