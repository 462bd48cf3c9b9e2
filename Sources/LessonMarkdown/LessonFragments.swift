/// The HTML and URLs that the compute and resolve phases made for a lesson, by the ids of
/// its elements, for ``LessonRenderer/render(_:fragments:)``.
public struct LessonFragments: Sendable, Hashable {
    /// A directive's HTML as UTF-8, in place of its code block; a directive without one
    /// leaves nothing (it failed, or `{define}` shows nothing). Bytes, not a String: a
    /// plot's figure is written as bytes and goes to cmark as bytes, and a String made of
    /// it would check its UTF-8 once more (1.6 % of the benchmark course's build).
    public var directives: [Int: [UInt8]]
    /// A role's HTML, in place of ``{name}`content` ``; a role without one stays as written.
    public var roles: [Int: String]
    /// A link's URL; a link without one keeps its destination.
    public var links: [Int: String]

    public init(directives: [Int: [UInt8]] = [:], roles: [Int: String] = [:], links: [Int: String] = [:]) {
        self.directives = directives
        self.roles = roles
        self.links = links
    }
}
