import AtlasText
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
