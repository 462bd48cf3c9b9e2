import AtlasDiagnostics
import Foundation
import LessonMarkdown

/// How deep a template nests its sections, checked before swift-mustache parses it.
///
/// swift-mustache's parser calls itself once for every section it enters (`{{#a}}`,
/// `{{^a}}`, `{{$a}}`, `{{<a}}`), so a template holding a few hundred unclosed `{{#a}}`
/// overflowed the stack and crashed `atlas build` (issue #6). A page template nests a
/// handful; past ``maximumDepth`` the template is an error at the tag that goes too deep.
///
/// The count follows the tags as swift-mustache reads them, set-delimiter tags
/// (`{{=<% %>=}}`) included. Where the two could differ it counts more, never fewer: every
/// opening tag adds a level and every `{{/…}}` removes one, whether or not its name
/// matches (a mismatch is the parser's error, which stops it there).
enum SectionNesting {
    /// Sections inside sections, at most.
    static let maximumDepth = 100

    /// The place of the first tag that opens a section deeper than ``maximumDepth``, or
    /// nil. Columns count Characters, as in lessons.
    ///
    /// ```swift
    /// SectionNesting.firstTooDeep(in: "{{#a}}x{{/a}}")   // nil
    /// ```
    static func firstTooDeep(in template: String) -> SourceLocation? {
        scan(template).tooDeep
    }

    /// A section still open at the end of the template: its name, opening tag (`{{#lessons}}`)
    /// and place, the innermost when several are. swift-mustache reports this at the end
    /// of the file, where nothing is to be fixed; the author needs the tag that opened it.
    /// nil when every section is closed, or when a `{{/…}}` closes another section than
    /// the one open (the parser's own error, at that tag).
    static func unclosed(in template: String) -> (name: String, tag: String, location: SourceLocation)? {
        scan(template).unclosed
    }

    /// One walk over the tags for both questions.
    private static func scan(_ template: String) -> (
        tooDeep: SourceLocation?, unclosed: (name: String, tag: String, location: SourceLocation)?
    ) {
        var open = "{{", close = "}}"
        var stack: [(name: String, tag: String, location: SourceLocation)] = []
        var depth = 0
        var location = SourceLocation(line: 1, column: 1)
        var rest = Substring(template)
        func advance(over text: Substring) {
            for character in text {
                location =
                    character.isNewline
                    ? SourceLocation(line: location.line + 1, column: 1) : location.advanced(by: 1)
            }
        }
        while let start = rest.range(of: open) {
            advance(over: rest[..<start.lowerBound])
            // An unfinished tag is the parser's error; it cannot nest anything after it.
            guard let end = rest[start.upperBound...].range(of: close) else { return (nil, nil) }
            let tag = rest[start.upperBound..<end.lowerBound]
            let name = String(tag.dropFirst()).trimmingWhitespace()
            switch tag.first {
            case "#", "^", "$", "<":
                depth += 1
                if depth > maximumDepth { return (location, nil) }
                stack.append((name, open + String(tag) + close, location))
            case "/":
                depth = max(0, depth - 1)
                // A mismatched close is the parser's error, which stops it there.
                guard let last = stack.popLast(), last.name == name else { return (nil, nil) }
            case "=":
                // `{{=<% %>=}}`; a malformed one is the parser's error, which stops it.
                let words = tag.dropFirst().split(whereSeparator: { $0.isWhitespace || $0 == "=" })
                guard tag.count > 2, tag.last == "=", words.count == 2 else { return (nil, nil) }
                (open, close) = (String(words[0]), String(words[1]))
            default:
                break
            }
            advance(over: rest[start.lowerBound..<end.upperBound])
            rest = rest[end.upperBound...]
        }
        return (nil, stack.last)
    }
}
