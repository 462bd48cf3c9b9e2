import AtlasDiagnostics

/// An inline role, MyST's ``{name}`content` ``: ``{eval}`sigmoid'(0)` `` prints 0.25, ``{ref}`fig-relu` ``
/// links to a named figure as "Figure 2", ``{lesson}`relu` `` links to a lesson by its title.
public struct Role: Sendable, Hashable {
    /// The role's place among all the roles of its lesson, known or not, from 0: the key
    /// of its HTML in ``LessonFragments/roles``.
    public var id: Int
    public var name: String
    /// The code span's text, located at its first character in the file.
    public var content: Located<String>
    /// Whether the role sits in a link's text: its output must then hold no link
    /// (HTML forbids `<a>` inside `<a>`).
    public var isInsideLink: Bool

    public init(id: Int = 0, name: String, content: Located<String>, isInsideLink: Bool = false) {
        self.id = id
        self.name = name
        self.content = content
        self.isInsideLink = isInsideLink
    }

    /// The roles this version understands.
    public static let names = ["eval", "ref", "lesson"]

    /// Where the content of the `index`-th ``{name}` `` of a block starting at `line` is in
    /// the file. cmark gives inlines no positions, so the role is found again in the
    /// source: the same name, in the same order, from the block's first line on.
    static func location(ofContentOf name: String, index: Int, fromLine line: Int, in source: SourceText) -> SourceLocation {
        let marker = Array("{\(name)}`".utf8)
        var seen = 0
        for number in line..<min(source.lines.count + 1, line + 10_000) {
            let bytes = source.line(number)
            var start = 0
            while start + marker.count <= bytes.count {
                guard bytes[start..<(start + marker.count)].elementsEqual(marker) else {
                    start += 1
                    continue
                }
                if seen == index {
                    var content = start + marker.count
                    while content < bytes.count, bytes[content] == UInt8(ascii: "`") { content += 1 }
                    if content < bytes.count, bytes[content] == UInt8(ascii: " ") { content += 1 }
                    return source.location(line: number, byteColumn: content + 1)
                }
                seen += 1
                start += marker.count
            }
        }
        return SourceLocation(line: max(line, 1), column: 1)
    }
}
