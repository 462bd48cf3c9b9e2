import AtlasText
import LessonMarkdown
import SiteOutput

/// The data behind the hover previews of links to other lessons (`Resources/preview.js`):
/// one classic script per lesson that another published lesson links to,
/// `assets/previews/<slug>.js`, loaded by the page only when a link to that lesson is
/// first hovered or focused, so that it works from `file://` and costs nothing until used.
///
/// A file holds the lesson's title and summary and, for each `#fragment` that some other
/// published lesson points to (a Markdown link or a `{ref}` into the lesson), the heading
/// there or the figure or table itself. Figures referenced only from their own page are
/// not here: the script clones them from the page. A file is a pure function of its
/// ``Target``, which is all its key (``key(_:)``) is made of.
enum PreviewFiles {
    /// One lesson that gets a preview file.
    struct Target: Sendable, Equatable {
        var fileName: String
        var slug: String
        var title: String
        var summary: String?
        var bodyDigest: ContentDigest
        /// The fragments other lessons point to, sorted, each once.
        var fragments: [String]

        /// `assets/previews/relu.js`
        var path: String { Self.path(slug: slug) }

        static func path(slug: String) -> String { "assets/previews/" + slug + ".js" }
    }

    /// The lessons that some other published lesson links to, with the fragments it
    /// points to, in the order of `entries`. Drafts neither link nor are linked: they get
    /// no page. `slugs` are the lessons' slugs, in the order of `entries`.
    static func targets(_ entries: [LessonEntry], slugs: [String]) -> [Target] {
        // Positions in `entries`, not the entries: a dictionary of copies of whole entries
        // was half of deciding the previews at each rebuild of the 1,000-lesson course.
        var published: [String: Int] = [:]
        var bySlug: [String: String] = [:]
        for (position, (entry, slug)) in zip(entries, slugs).enumerated() {
            guard let fields = entry.frontMatter, let title = fields.title, !title.isEmpty, !fields.draft else { continue }
            published[entry.fileName] = position
            bySlug[slug] = entry.fileName
        }
        var linked: [String: Set<String>] = [:]
        for entry in entries where published[entry.fileName] != nil {
            for query in entry.trace.queries {
                let target: String?
                switch query {
                case .lessonByFileName(let name): target = name
                case .lessonBySlug(let slug): target = bySlug[slug]
                default: target = nil
                }
                if let target, target != entry.fileName, published[target] != nil, linked[target] == nil { linked[target] = [] }
            }
            for link in entry.fragmentLinks where link.lessonFileName != entry.fileName && published[link.lessonFileName] != nil {
                linked[link.lessonFileName, default: []].insert(link.fragment)
            }
        }
        return entries.compactMap { entry in
            guard let fragments = linked[entry.fileName], let position = published[entry.fileName],
                let fields = entries[position].frontMatter, let title = fields.title
            else { return nil }
            return Target(
                fileName: entries[position].fileName, slug: slugs[position], title: title, summary: fields.summary,
                bodyDigest: entries[position].bodyDigest, fragments: fragments.sorted())
        }
    }

    /// The file's cache key: everything it is made from, and the format's name.
    static func key(_ target: Target) -> String {
        var writer = CacheWriter()
        writer.write("preview 1")
        writer.write(target.slug)
        writer.write(target.title)
        writer.write(target.summary)
        writer.write(target.bodyDigest)
        writer.write(target.fragments)
        return ContentDigest.of(writer.bytes).hex
    }

    /// The files, by path, each to be made only when the output does not hold it already.
    static func keys(_ targets: [Target]) -> [String: String] {
        Dictionary(targets.map { ($0.path, key($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The script for `target`, whose page's body is `body`:
    /// `window.atlasPreviews["relu.html"]={"title":…,"summary":…,"sections":{…},"figures":{…}};`
    /// A fragment that lands on a heading gives the heading's HTML (its `#` anchor left
    /// out); on a figure or table, the whole `<figure>`; anywhere else, nothing.
    static func script(_ target: Target, body: String) -> String {
        var sections: [(String, JSONValue)] = []
        var figures: [(String, JSONValue)] = []
        for fragment in target.fragments {
            guard let element = PreviewElement.find(id: fragment, in: body) else { continue }
            if element.isHeading {
                sections.append((fragment, .string(element.headingHTML)))
            } else if element.tag == "figure" {
                figures.append((fragment, .string(element.outerHTML)))
            }
        }
        var members: [(String, JSONValue)] = [("title", .string(target.title))]
        if let summary = target.summary { members.append(("summary", .string(summary))) }
        members += [("sections", .object(sections)), ("figures", .object(figures))]
        let page = JSONValue.string(target.slug + ".html").text()
        return "window.atlasPreviews=window.atlasPreviews||{};window.atlasPreviews[\(page)]="
            + JSONValue.object(members).text() + ";\n"
    }
}

extension PreviewFiles {
    /// Which preview files a build makes: every target, its file's key by path, and the
    /// paths the output holds as they should be.
    struct Decision: Sendable {
        var targets: [Target]
        var keys: [String: String]
        var unchanged: Set<String>

        init(_ sources: [LessonSource], _ entries: [LessonEntry], output: OutputLocation, record: InstallRecord?) {
            targets = PreviewFiles.targets(entries, slugs: sources.map(\.slug))
            keys = PreviewFiles.keys(targets)
            unchanged = output.unchangedFiles(keys, since: record)
        }
    }

    /// The preview files of a build whose lessons came out as `outcomes` (in the order of
    /// `sources`): the bytes of each that the output does not already hold. Every body
    /// needed is there, since ``wantedBodies(output:record:decided:)`` asked for it.
    /// - Parameter decided: what ``wantedBodies(output:record:decided:)`` decided, when
    ///   it was asked; else decided here.
    static func files(
        _ sources: [LessonSource], _ outcomes: [IncrementalLessons.Outcome], output: OutputLocation, record: InstallRecord?,
        decided: Decision? = nil
    ) -> [String: SiteFile] {
        let decision = decided ?? Decision(sources, outcomes.map(\.entry), output: output, record: record)
        let bodies = Dictionary(
            zip(sources, outcomes).compactMap { source, outcome in outcome.body.map { (source.fileName, $0) } },
            uniquingKeysWith: { first, _ in first })
        var files: [String: SiteFile] = [:]
        for target in decision.targets {
            let made =
                decision.unchanged.contains(target.path) ? nil : Array(script(target, body: bodies[target.fileName] ?? "").utf8)
            files[target.path] = SiteFile(key: decision.keys[target.path] ?? "", bytes: made)
        }
        return files
    }

    /// The lessons whose bodies the preview files to be made need, for
    /// `IncrementalLessons.Context.wantedBodies`: those of the files whose key changed or
    /// whose copy in the output was touched. The decision is kept in `decided` for
    /// ``files(_:_:output:record:decided:)``, which then looks at no file again.
    static func wantedBodies(output: OutputLocation, record: InstallRecord?, decided: LockedBox<Decision?>)
        -> @Sendable ([LessonSource], [LessonEntry]) -> Set<String>
    {
        { sources, entries in
            let decision = Decision(sources, entries, output: output, record: record)
            decided.value = decision
            return Set(decision.targets.filter { !decision.unchanged.contains($0.path) }.map(\.fileName))
        }
    }
}
