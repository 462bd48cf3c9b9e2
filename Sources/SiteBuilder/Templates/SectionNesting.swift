import AtlasDiagnostics
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

    /// What one walk over a template's tags finds.
    struct Findings {
        /// The place of the first tag that opens a section deeper than ``maximumDepth``.
        /// Columns count Characters, as in lessons.
        var tooDeep: SourceLocation?
        /// A section still open at the end of the template: its name, opening tag
        /// (`{{#lessons}}`) and place, the innermost when several are. swift-mustache
        /// reports this at the end of the file, where nothing is to be fixed; the author
        /// needs the tag that opened it. nil when every section is closed, when a `{{/…}}`
        /// closes another section than the one open (the parser's own error, at that
        /// tag), or when a section is too deep.
        var unclosed: (name: String, tag: String, location: SourceLocation)?
    }

    /// Both questions in one walk over the tags.
    ///
    /// ```swift
    /// SectionNesting.scan("{{#a}}x{{/a}}").tooDeep   // nil
    /// ```
    ///
    /// Why the standard library's `firstRange(of:)` and not Foundation's `range(of:)`:
    /// Foundation's bridges each search to UTF-16 offsets, which made this walk a tenth of
    /// an empty course's build; both compare Characters.
    static func scan(_ template: String) -> Findings {
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
        while let start = rest.firstRange(of: open) {
            advance(over: rest[..<start.lowerBound])
            // An unfinished tag is the parser's error; it cannot nest anything after it.
            guard let end = rest[start.upperBound...].firstRange(of: close) else { return Findings() }
            let tag = rest[start.upperBound..<end.lowerBound]
            let name = String(tag.dropFirst()).trimmingWhitespace()
            switch tag.first {
            case "#", "^", "$", "<":
                depth += 1
                if depth > maximumDepth { return Findings(tooDeep: location) }
                stack.append((name, open + String(tag) + close, location))
            case "/":
                depth = max(0, depth - 1)
                // A mismatched close is the parser's error, which stops it there.
                guard let last = stack.popLast(), last.name == name else { return Findings() }
            case "=":
                // `{{=<% %>=}}`; a malformed one is the parser's error, which stops it.
                let words = tag.dropFirst().split(whereSeparator: { $0.isWhitespace || $0 == "=" })
                guard tag.count > 2, tag.last == "=", words.count == 2 else { return Findings() }
                (open, close) = (String(words[0]), String(words[1]))
            default:
                break
            }
            advance(over: rest[start.lowerBound..<end.upperBound])
            rest = rest[end.upperBound...]
        }
        return Findings(unclosed: stack.last)
    }
}
