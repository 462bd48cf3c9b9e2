import Mustache

/// Fills the templates: a lesson or the outline, wrapped in the layout.
struct PageRenderer: Sendable {
    var templates: TemplateSet
    var site: SiteConfig

    /// Values the templates see as `site.*`.
    private var siteContext: [String: Any] {
        var context: [String: Any] = ["title": site.title, "language": site.language]
        context["author"] = site.author
        context["description"] = site.description
        return context
    }

    func lessonPage(_ lesson: BuiltLesson, previous: BuiltLesson?, next: BuiltLesson?) -> String {
        var context: [String: Any] = [
            "site": siteContext,
            "lesson": ["title": lesson.title, "body": lesson.body, "slug": lesson.slug] as [String: Any],
        ]
        context["previous"] = previous.map(link)
        context["next"] = next.map(link)
        let content = templates.lesson.render(context)
        return wrap(content, title: lesson.title, isLesson: true)
    }

    func indexPage(_ lessons: [BuiltLesson]) -> String {
        let outline: [[String: Any]] = lessons.map { lesson in
            var entry = link(lesson)
            entry["summary"] = lesson.summary
            return entry
        }
        let content = templates.index.render(["site": siteContext, "lessons": outline] as [String: Any])
        return wrap(content, title: site.title, isLesson: false)
    }

    private func wrap(_ content: String, title: String, isLesson: Bool) -> String {
        templates.layout.render(
            [
                "site": siteContext,
                "page": ["title": title, "isLesson": isLesson] as [String: Any],
                "content": content,
            ] as [String: Any])
    }

    private func link(_ lesson: BuiltLesson) -> [String: Any] {
        ["title": lesson.title, "url": lesson.fileName]
    }
}
