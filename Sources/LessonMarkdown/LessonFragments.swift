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
