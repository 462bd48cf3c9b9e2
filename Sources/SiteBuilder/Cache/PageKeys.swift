import LessonMarkdown

/// The cache keys of a build's lesson pages: a page is made again only when its key
/// changes or its file in the output was touched (SiteOutput's `InstallRecord`). A
/// lesson page is a pure function of the templates, the `site.yaml` values the
/// templates see (`base_url` included, and the words of ``SiteStrings``), the lesson's slug, title, summary and body (its
/// contents list is read from the body), the titles and pages of the lessons before and
/// after it, and the title and page of every published lesson in order (the sidebar),
/// so its key is the digest of exactly those.
struct PageKeys: Sendable {
    /// A lesson's neighbour in the pager.
    struct Link: Sendable, Equatable {
        var title: String
        var url: String
    }

    var templates: ContentDigest
    var site: ContentDigest

    init(templates: TemplateSet?, site: SiteConfig) {
        self.templates = templates?.digest ?? ContentDigest(low: 0, high: 0)
        var writer = CacheWriter()
        for value in [site.title, site.language, site.author, site.description, site.baseURL] { writer.write(value) }
        writer.write(site.printPage ? "print" : "no print")
        for key in SiteStrings.Key.allCases { writer.write(site.strings[key]) }
        writer.write(site.languageDigest)
        self.site = ContentDigest.of(writer.bytes)
    }

    /// - Parameter course: ``courseDigest(_:)`` of the published lessons.
    func key(
        slug: String, title: String, summary: String?, body: ContentDigest, previous: Link?, next: Link?,
        course: ContentDigest
    ) -> String {
        var writer = CacheWriter()
        writer.write(templates)
        writer.write(site)
        writer.write(course)
        writer.write(slug)
        writer.write(title)
        writer.write(summary)
        writer.write(body)
        for link in [previous, next] {
            writer.write(link?.title)
            writer.write(link?.url)
        }
        return ContentDigest.of(writer.bytes).hex
    }

    /// The key of the outline, `index.html`: the templates, the site, and each lesson's
    /// title, page and summary, in page order.
    func indexKey(_ lessons: [BuiltLesson]) -> String {
        var writer = CacheWriter()
        writer.write("index")
        writer.write(templates)
        writer.write(site)
        for lesson in lessons {
            writer.write(lesson.title)
            writer.write(lesson.fileName)
            writer.write(lesson.summary)
        }
        return ContentDigest.of(writer.bytes).hex
    }

    /// The key of the whole course on one page, `print.html`: the templates, the site, and
    /// each published lesson's slug, title and body digest, in page order.
    func printKey(_ lessons: [(slug: String, title: String, body: ContentDigest)]) -> String {
        var writer = CacheWriter()
        writer.write("print")
        writer.write(templates)
        writer.write(site)
        for lesson in lessons {
            writer.write(lesson.slug)
            writer.write(lesson.title)
            writer.write(lesson.body)
        }
        return ContentDigest.of(writer.bytes).hex
    }

    /// The key of a file compiled into atlas (the math font's stylesheet, the read-out
    /// script): its name and the executable's identity, so that it is never made again
    /// while the same atlas builds.
    static func builtInKey(_ name: String) -> String {
        var writer = CacheWriter()
        writer.write(BuildCache.version)
        writer.write(name)
        return ContentDigest.of(writer.bytes).hex
    }

    /// The digest of the course's sidebar: each published lesson's title and page, in
    /// page order. The same for every page of a build, so computed once.
    static func courseDigest(_ links: [Link]) -> ContentDigest {
        var writer = CacheWriter()
        writer.write("course")
        for link in links {
            writer.write(link.title)
            writer.write(link.url)
        }
        return ContentDigest.of(writer.bytes)
    }

    /// The pager of every lesson that gets a page, by file name, and the digest of the
    /// sidebar (``courseDigest(_:)``): the lessons with a title that are no drafts,
    /// ordered as the build orders them (`order`, then file name).
    static func neighbours(_ lessons: [(fileName: String, slug: String, frontMatter: FrontMatter?)])
        -> (pagers: [String: (previous: Link?, next: Link?)], course: ContentDigest)
    {
        let published = published(lessons)
        var neighbours: [String: (previous: Link?, next: Link?)] = [:]
        for (position, lesson) in published.enumerated() {
            neighbours[lesson.fileName] = (
                position > 0 ? published[position - 1].link : nil,
                position + 1 < published.count ? published[position + 1].link : nil
            )
        }
        return (neighbours, courseDigest(published.map(\.link)))
    }

    /// The lessons with a title that are no drafts, ordered as the build orders them
    /// (`order`, then file name), with the link to each one's page.
    static func published(_ lessons: [(fileName: String, slug: String, frontMatter: FrontMatter?)])
        -> [(fileName: String, slug: String, link: Link)]
    {
        lessons.compactMap { lesson -> (fileName: String, slug: String, order: Int?, link: Link)? in
            guard let fields = lesson.frontMatter, let title = fields.title, !title.isEmpty, !fields.draft else { return nil }
            return (lesson.fileName, lesson.slug, fields.order, Link(title: title, url: lesson.slug + ".html"))
        }.sorted { ($0.order ?? Int.max, $0.fileName) < ($1.order ?? Int.max, $1.fileName) }
            .map { ($0.fileName, $0.slug, $0.link) }
    }
}
