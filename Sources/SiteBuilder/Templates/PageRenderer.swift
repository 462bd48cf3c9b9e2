import AtlasText
import LessonMarkdown
import Mustache

/// Fills the templates: a lesson or the outline, wrapped in the layout.
struct PageRenderer: Sendable {
    var templates: TemplateSet
    var site: SiteConfig
    /// Every published lesson in page order, for the sidebar of every page.
    var course: [PageContext.Link] = [] {
        didSet { courseItems = Self.items(course) }
    }
    /// Each lesson's `<li>` of the sidebar, made once per build, plain and marked as the
    /// current page: a page joins them. Rendering a 1,000-lesson list in Mustache on each
    /// of 1,000 pages made the benchmark's cold build six times slower (3.9 s → 23 s).
    private var courseItems: [(plain: String, current: String)] = []
    /// The site's languages, for each page's switcher; none for a site of one language.
    var languages: LanguageLinks? = nil

    init(templates: TemplateSet, site: SiteConfig, course: [PageContext.Link] = []) {
        self.templates = templates
        self.site = site
        self.course = course
        self.courseItems = Self.items(course)
    }

    private static func items(_ course: [PageContext.Link]) -> [(plain: String, current: String)] {
        course.map { link in
            let url = MarkupText.escaped(link.url), title = MarkupText.escaped(link.title)
            return (
                "<li><a href=\"\(url)\">\(title)</a></li>\n",
                "<li><a href=\"\(url)\" aria-current=\"page\">\(title)</a></li>\n"
            )
        }
    }

    /// Values the templates see as `site.*`.
    private var siteContext: PageContext.Site {
        PageContext.Site(
            title: site.title, language: site.language, author: site.author, description: site.description,
            printPage: site.printPage, strings: site.strings)
    }

    func lessonPage(_ lesson: BuiltLesson, previous: BuiltLesson?, next: BuiltLesson?) -> String {
        let body = lesson.body ?? ""
        let context = PageContext.LessonPage(
            site: siteContext, lesson: .init(title: lesson.title, body: body, slug: lesson.slug),
            previous: previous.map { link($0) }, next: next.map { link($0) })
        let page = PageContext.Layout.Page(
            title: lesson.title, isLesson: true, description: lesson.summary ?? site.description,
            canonical: site.baseURL.map { BaseURL.address(of: lesson.fileName, base: $0) }, ogType: "article",
            previous: context.previous, next: context.next,
            languages: languages?.links(for: lesson.sourceFileName) ?? [])
        let toc = TableOfContents.entries(in: body)
        return wrap(
            templates.lesson.render(context), page: page, current: lesson.fileName, toc: toc.isEmpty ? nil : PageContext.Toc(entries: toc))
    }

    func indexPage(_ lessons: [BuiltLesson]) -> String {
        let context = PageContext.IndexPage(site: siteContext, lessons: lessons.map { link($0, summary: $0.summary) })
        let page = PageContext.Layout.Page(
            title: site.title, isLesson: false, description: site.description,
            canonical: site.baseURL.map { BaseURL.address(of: "index.html", base: $0) }, ogType: "website",
            languages: languages?.links(for: nil) ?? [])
        return wrap(templates.index.render(context), page: page, current: nil, toc: nil)
    }

    /// `print.html`: every lesson of `lessons` (in page order, each with its body) on one
    /// page, its ids prefixed by its slug and its links to other lessons made in-page
    /// (LessonMarkdown's `PrefixedIDs`), so that every id on the page stays unique.
    func printPage(_ lessons: [BuiltLesson]) -> String {
        let pages = Dictionary(lessons.map { ($0.fileName, $0.slug) }, uniquingKeysWith: { first, _ in first })
        let context = PageContext.PrintPage(
            site: siteContext,
            lessons: lessons.map {
                .init(title: $0.title, slug: $0.slug, body: PrefixedIDs.rewrite($0.body ?? "", slug: $0.slug, pages: pages))
            })
        let page = PageContext.Layout.Page(
            title: site.title, isLesson: false, description: site.description,
            canonical: site.baseURL.map { BaseURL.address(of: "print.html", base: $0) }, ogType: "website")
        return wrap(templates.print.render(context), page: page, current: nil, toc: nil)
    }

    /// The page in its layout. Mustache escapes `& < > " '` in what it fills in, but a
    /// title or `site.yaml` text may hold a control character (YAML's `"\x07"`): it
    /// becomes U+FFFD, as in the lesson's own text (MarkupText).
    private func wrap(_ content: String, page: PageContext.Layout.Page, current: String?, toc: PageContext.Toc?)
        -> String
    {
        let items = course.map { PageContext.CourseItem(title: $0.title, url: $0.url, current: $0.url == current) }
        var list = ""
        list.reserveCapacity(courseItems.reduce(0) { $0 + $1.current.utf8.count })
        for (link, item) in zip(course, courseItems) { list += link.url == current ? item.current : item.plain }
        return MarkupText.replacingForbiddenCharacters(
            in: templates.layout.render(
                PageContext.Layout(
                    site: siteContext, page: page, course: items, courseItems: list, toc: toc, content: content)))
    }

    private func link(_ lesson: BuiltLesson, summary: String? = nil) -> PageContext.Link {
        PageContext.Link(title: lesson.title, url: lesson.fileName, summary: summary)
    }
}
