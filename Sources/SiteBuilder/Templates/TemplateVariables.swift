import AtlasDiagnostics

/// The names a template may use, checked before a page is filled (issue 13): Mustache
/// renders a name the context lacks as nothing, so `{{site.titel}}` in an override would
/// leave a blank where the title belongs, silently.
///
/// Each template's context is described as a tree (``Node``) mirroring ``PageContext``;
/// the template's tags are walked as swift-mustache reads them (set delimiters included),
/// with a stack of sections as Mustache resolves names: the innermost section's value
/// first, then outwards. A name found nowhere is a warning at its tag, with the nearest
/// known name as a suggestion. Partials, blocks and parents (`{{>…}}`, `{{$…}}`, `{{<…}}`)
/// are not checked, and their sections' names are not read.
enum TemplateVariables {
    /// What a name holds: a value with no names of its own, an object, or a list whose
    /// items are the given node.
    indirect enum Node: Sendable {
        case value
        case object([String: Node])
        case list(Node)

        /// The names inside: an object's, or a list item's.
        var children: [String: Node] {
            switch self {
            case .value: [:]
            case .object(let children): children
            case .list(let item): item.children
            }
        }
    }

    static let link = Node.object(["title": .value, "url": .value, "summary": .value])
    static let site = Node.object([
        "title": .value, "language": .value, "author": .value, "description": .value, "printPage": .value,
        "strings": .object(Dictionary(uniqueKeysWithValues: SiteStrings.Key.allCases.map { ($0.rawValue, Node.value) })),
    ])

    /// The context of each template by name (`layout`, `index`, `lesson`, `print`).
    static let contexts: [String: Node] = [
        "lesson": .object([
            "site": site, "lesson": .object(["title": .value, "body": .value, "slug": .value]), "previous": link,
            "next": link,
        ]),
        "index": .object(["site": site, "lessons": .list(link)]),
        "print": .object(["site": site, "lessons": .list(.object(["title": .value, "slug": .value, "body": .value]))]),
        "layout": .object([
            "site": site,
            "page": .object([
                "title": .value, "isLesson": .value, "description": .value, "canonical": .value, "ogType": .value,
                "previous": link, "next": link, "hasLanguages": .value,
                "languages": .list(
                    .object([
                        "code": .value, "name": .value, "url": .value, "current": .value, "translated": .value,
                        "isAlternate": .value,
                    ])),
            ]),
            "course": .list(.object(["title": .value, "url": .value, "current": .value])),
            "courseItems": .value,
            "toc": .object([
                "entries": .list(.object(["level": .value, "id": .value, "text": .value, "isSub": .value])), "items": .value,
            ]),
            "content": .value,
        ]),
    ]

    /// A warning for each name of `template` that its context (``contexts``[`name`]) does
    /// not have.
    static func problems(in template: String, name: String) -> [Diagnostic] {
        guard let root = contexts[name] else { return [] }
        var problems: [Diagnostic] = []
        var stack: [Node] = [root]
        for tag in MustacheTags(template) {
            switch tag.sigil {
            case "!", "=", "%", ">":
                continue
            case "$", "<":
                stack.append(.value)
            case "/":
                if stack.count > 1 { stack.removeLast() }
            default:
                let found = resolve(tag.name, in: stack)
                if case .failure(let missing) = found {
                    let suggestion = Spelling.suggestion(for: missing.name, among: missing.candidates.sorted())
                    problems.append(
                        Diagnostic(
                            .template,
                            "'\(tag.name)' is not a name of the \(name) template's context, so it would fill in as nothing"
                                + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                            at: tag.nameLocation, severity: .warning,
                            hint: "the names each template reads are listed in docs/errors.md",
                            endColumn: tag.nameLocation.column + tag.name.count - 1))
                }
                if tag.sigil == "#" {
                    stack.append((try? found.get()) ?? .value)
                } else if tag.sigil == "^" {
                    stack.append(.value)
                }
            }
        }
        return problems
    }

    /// The node `name` (`a.b.c`, or `.`) stands for, looked up as Mustache does: its first
    /// part in the innermost section that has it, the rest inside that.
    private static func resolve(_ name: String, in stack: [Node]) -> Result<Node, Missing> {
        if name == "." { return .success(stack.last ?? .value) }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first,
            var node = stack.reversed().lazy.compactMap({ $0.children[first] }).first
        else {
            return .failure(Missing(name: name, candidates: Set(stack.flatMap(\.children.keys))))
        }
        for part in parts.dropFirst() {
            guard let child = node.children[part] else {
                return .failure(Missing(name: part, candidates: Set(node.children.keys)))
            }
            node = child
        }
        return .success(node)
    }

    private struct Missing: Error {
        var name: String
        var candidates: Set<String>
    }
}

/// The tags of a Mustache template as swift-mustache reads them, with their places.
struct MustacheTags: Sequence {
    struct Tag {
        /// `#`, `^`, `/`, `!`, `=`, `>`, `$`, `<`, `%`, `&`, `{`, or `""` for a plain `{{name}}`.
        var sigil: String
        /// The name, a transform's argument (`uppercased(title)` → `title`), trimmed.
        var name: String
        var nameLocation: SourceLocation
    }

    let template: String

    init(_ template: String) { self.template = template }

    func makeIterator() -> IndexingIterator<[Tag]> { tags().makeIterator() }

    private func tags() -> [Tag] {
        var open = "{{", close = "}}"
        var tags: [Tag] = []
        var location = SourceLocation(line: 1, column: 1)
        var rest = Substring(template)
        func advance(over text: Substring) {
            for character in text {
                location = character.isNewline ? SourceLocation(line: location.line + 1, column: 1) : location.advanced(by: 1)
            }
        }
        // The standard library's search, as in SectionNesting: Foundation's bridges to UTF-16.
        while let start = rest.firstRange(of: open) {
            advance(over: rest[..<start.lowerBound])
            guard let end = rest[start.upperBound...].firstRange(of: close) else { break }
            var body = rest[start.upperBound..<end.lowerBound]
            let tagStart = location
            advance(over: rest[start.lowerBound..<end.upperBound])
            rest = rest[end.upperBound...]
            var sigil = ""
            if let first = body.first, "#^/!=>$<%&{".contains(first) {
                sigil = String(first)
                body = body.dropFirst()
            }
            if sigil == "{", rest.first == "}" { rest = rest.dropFirst() }
            if sigil == "=" {
                let words = body.split(whereSeparator: { $0.isWhitespace || $0 == "=" })
                guard words.count == 2 else { break }
                (open, close) = (String(words[0]), String(words[1]))
                continue
            }
            let leading = body.prefix(while: \.isWhitespace).count
            var name = body.dropFirst(leading)
            while name.last?.isWhitespace == true { name = name.dropLast() }
            var offset = open.count + sigil.count + leading
            // A transform, `uppercased(title)`: the name is its argument.
            if let parenthesis = name.firstIndex(of: "("), name.last == ")" {
                offset += name.distance(from: name.startIndex, to: parenthesis) + 1
                name = name[name.index(after: parenthesis)..<name.index(before: name.endIndex)]
            }
            tags.append(Tag(sigil: sigil, name: String(name), nameLocation: tagStart.advanced(by: offset)))
        }
        return tags
    }
}
