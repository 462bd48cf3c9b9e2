import Mustache

/// What the templates see, typed: each struct's property names are the names a template
/// writes (`{{site.title}}`, `{{#lesson}}…{{/lesson}}`, `{{#previous}}{{url}}{{/previous}}`);
/// a nil optional is a missing key, so `{{#site.author}}` sections vanish as they do for
/// an absent dictionary entry.
///
/// Each struct answers swift-mustache's lookups itself (`MustacheParent`) instead of
/// being read by `Mirror`: reflection cost about 0.3 ms a page, 6 % of a large course's
/// build. The names in each `child(named:)` are the property names, and
/// `PageContextTests` checks every one against `Mirror`.
enum PageContext {
    /// `site.*`, on every page: from `site.yaml`.
    struct Site {
        var title: String
        var language: String
        var author: String?
        var description: String?
    }

    /// A lesson in a link: the pager's `previous` and `next`, the outline's `lessons`.
    struct Link {
        var title: String
        var url: String
        /// On the outline only.
        var summary: String?
    }

    /// `lesson.mustache`.
    struct LessonPage {
        struct Lesson {
            var title: String
            var body: String
            var slug: String
        }

        var site: Site
        var lesson: Lesson
        var previous: Link?
        var next: Link?
    }

    /// `index.mustache`.
    struct IndexPage {
        var site: Site
        var lessons: [Link]
    }

    /// `print.mustache`: the whole course on one page, each lesson's body with its ids
    /// prefixed by its slug (LessonMarkdown's `PrefixedIDs`).
    struct PrintPage {
        struct Lesson {
            var title: String
            var slug: String
            var body: String
        }

        var site: Site
        var lessons: [Lesson]
    }

    /// `layout.mustache`, around each page.
    struct Layout {
        struct Page {
            var title: String
            var isLesson: Bool
        }

        var site: Site
        var page: Page
        var content: String
    }
}

extension PageContext.Site: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "language": language
        case "author": author
        case "description": description
        default: nil
        }
    }
}

extension PageContext.Link: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "summary": summary
        default: nil
        }
    }
}

extension PageContext.LessonPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "lesson": lesson
        case "previous": previous
        case "next": next
        default: nil
        }
    }
}

extension PageContext.LessonPage.Lesson: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "body": body
        case "slug": slug
        default: nil
        }
    }
}

extension PageContext.IndexPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "lessons": lessons
        default: nil
        }
    }
}

extension PageContext.PrintPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "lessons": lessons
        default: nil
        }
    }
}

extension PageContext.PrintPage.Lesson: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "slug": slug
        case "body": body
        default: nil
        }
    }
}

extension PageContext.Layout: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "site": site
        case "page": page
        case "content": content
        default: nil
        }
    }
}

extension PageContext.Layout.Page: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "isLesson": isLesson
        default: nil
        }
    }
}
