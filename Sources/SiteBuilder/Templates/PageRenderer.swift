import AtlasText
import LessonMarkdown
import Mustache

/// Fills the templates: a lesson or the outline, wrapped in the layout.
struct PageRenderer: Sendable {
    var templates: TemplateSet
    var site: SiteConfig

    /// Values the templates see as `site.*`.
    private var siteContext: PageContext.Site {
        PageContext.Site(title: site.title, language: site.language, author: site.author, description: site.description)
    }

    func lessonPage(_ lesson: BuiltLesson, previous: BuiltLesson?, next: BuiltLesson?) -> String {
        let context = PageContext.LessonPage(
            site: siteContext, lesson: .init(title: lesson.title, body: lesson.body ?? "", slug: lesson.slug),
            previous: previous.map { link($0) }, next: next.map { link($0) })
        return wrap(templates.lesson.render(context), title: lesson.title, isLesson: true)
    }

    func indexPage(_ lessons: [BuiltLesson]) -> String {
        let context = PageContext.IndexPage(site: siteContext, lessons: lessons.map { link($0, summary: $0.summary) })
        return wrap(templates.index.render(context), title: site.title, isLesson: false)
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
        return wrap(templates.print.render(context), title: site.title, isLesson: false)
    }

    /// The page in its layout. Mustache escapes `& < > " '` in what it fills in, but a
    /// title or `site.yaml` text may hold a control character (YAML's `"\x07"`): it
    /// becomes U+FFFD, as in the lesson's own text (MarkupText).
    private func wrap(_ content: String, title: String, isLesson: Bool) -> String {
        MarkupText.replacingForbiddenCharacters(
            in: templates.layout.render(
                PageContext.Layout(site: siteContext, page: .init(title: title, isLesson: isLesson), content: content)))
    }

    private func link(_ lesson: BuiltLesson, summary: String? = nil) -> PageContext.Link {
        PageContext.Link(title: lesson.title, url: lesson.fileName, summary: summary)
    }
}
