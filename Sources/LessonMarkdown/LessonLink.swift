import AtlasDiagnostics

/// A relative link or image destination in a lesson, which SiteBuilder checks and
/// rewrites: `[ReLU](04-relu.md#drawbacks)`, `![A dot](img/dot.png)`.
///
/// With raw HTML kept, its `href` and `src` values are handed over too (as `.link` and
/// `.image`), character references decoded.
///
/// Only relative destinations are handed over (see ``isRelative(_:)``): URLs with a
/// scheme (`https:`, `mailto:`), site-absolute paths (`/x`, `//host/x`), pure fragments
/// (`#x`), queries (`?x`) and empty destinations stay as they are written.
///
/// The destination is cmark's: `<…>` around it removed, backslash escapes and entities
/// decoded, percent-escapes (`%20`) kept. Links written as references (`[ReLU][r]` with
/// `[r]: 04-relu.md`) are handed over too, located at the definition's destination.
public struct LessonLink: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `[text](destination)`
        case link
        /// `![alt](destination)`
        case image
    }

    /// The link's place among the links of its lesson that are relative or a `#fragment`,
    /// from 0: the key of its new URL in ``LessonFragments/links``.
    public var id: Int
    public var kind: Kind
    /// The destination, located at its first character in the file (after a `<`).
    public var destination: Located<String>

    public init(id: Int = 0, kind: Kind, destination: Located<String>) {
        self.id = id
        self.kind = kind
        self.destination = destination
    }

    /// Whether `url` is relative to the lesson, and so the caller's to check: it is not
    /// empty, does not start with `/` (site-absolute, or `//host`), `#` (a place on the
    /// same page) or `?`, and has no scheme.
    ///
    /// A scheme is a letter, then letters, digits, `+`, `-` or `.`, then `:` (RFC 3986
    /// §3.1). So `https://x`, `mailto:a@b` and also `c:/x` are not relative, as a browser
    /// would read them; `img/a:b.png` is, since a `/` comes before the `:`.
    ///
    /// ```swift
    /// LessonLink.isRelative("04-relu.md#drawbacks")  // true
    /// LessonLink.isRelative("https://pytorch.org")    // false
    /// LessonLink.isRelative("#drawbacks")             // false
    /// ```
    public static func isRelative(_ url: String) -> Bool {
        guard let first = url.first, first != "/", first != "#", first != "?" else { return false }
        guard let colon = url.firstIndex(of: ":") else { return true }
        let scheme = url[..<colon]
        guard let initial = scheme.first, initial.isASCII, initial.isLetter else { return true }
        return !scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
