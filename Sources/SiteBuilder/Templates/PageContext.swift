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
        /// Whether the site has `print.html` (site.yaml's `print`), for the outline's link.
        var printPage = true
        /// The words of the site's language: `{{site.strings.menu}}`.
        var strings = SiteStrings.english
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
    /// A lesson in the course's sidebar (`layout.mustache`'s `course`): every published
    /// lesson in page order, the page's own one `current`.
    struct CourseItem {
        var title: String
        var url: String
        var current: Bool
    }

    /// A heading in the page's contents (`layout.mustache`'s `toc`): its level (2 or 3),
    /// id and text (``TableOfContents``); `isSub` for an h3.
    struct TocEntry {
        var level: Int
        var id: String
        /// The heading's text, HTML-escaped already (written `{{{text}}}`).
        var text: String
        var isSub: Bool { level > 2 }
    }

    /// `layout.mustache`'s `toc`: present only when the page has headings to list, so
    /// that `{{#toc}}` wraps the whole nav once.
    struct Toc {
        var entries: [TocEntry]

        /// The `<li>` of every entry, as the built-in layout's `{{#entries}}` loop wrote
        /// them (`{{{toc.items}}}`), `id` escaped as `{{id}}` is (``TemplateEscaping``).
        /// Why: each name a template looks up costs swift-mustache about 17,000
        /// instructions (it splits the name and casts at every step), and the loop looked
        /// up three for each heading of each page, a tenth of the page's filling.
        var items: String {
            var html = ""
            for entry in entries {
                html += entry.isSub ? "<li class=\"toc-sub\"><a href=\"#" : "<li><a href=\"#"
                html += TemplateEscaping.escaped(entry.id)
                html += "\">"
                html += entry.text
                html += "</a></li>\n"
            }
            return html
        }
    }

    /// A language in the page's switcher (`page.languages`): the same lesson in that
    /// language, or, `translated` false, that language's outline (``LanguageLinks``).
    struct LanguageLink {
        var code: String
        var name: String
        var url: String
        var current: Bool
        var translated: Bool
        /// A link to another language's page of this lesson: `<link rel="alternate">`.
        var isAlternate: Bool { translated && !current }
    }

    /// `layout.mustache`, around either page.
    struct Layout {
        struct Page {
            var title: String
            var isLesson: Bool
            /// The lesson's summary, else the site's description: `<meta name="description">`.
            var description: String?
            /// With `base_url` only: the page's absolute address (canonical link, `og:url`).
            var canonical: String?
            /// Open Graph's `og:type`: `article` for a lesson, `website` for the outline.
            var ogType: String
            /// The pager's neighbours again, for `<link rel="prev">` and `rel="next"`.
            var previous: Link?
            var next: Link?
            /// Every language of the site, this one `current`; empty for a site of one language.
            var languages: [LanguageLink] = []
            var hasLanguages: Bool { !languages.isEmpty }
        }

        var site: Site
        var page: Page
        /// The lessons for a template's own markup, `{{#course}}…{{/course}}`; empty when
        /// the layout does not name `course` (``TemplateSet/layoutReadsCourse``).
        var course: [CourseItem]
        /// The same as `<li>` elements, made in Swift: what the default layout writes
        /// (`{{{courseItems}}}`), since filling 1,000 lessons on each of 1,000 pages in
        /// Mustache dominated a large course's build.
        var courseItems: String
        /// nil when the page has no h2 or h3 (the outline), so `{{#toc}}` drops the nav.
        var toc: Toc?
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
        case "printPage": printPage
        case "strings": strings
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
        case "course": course
        case "courseItems": courseItems
        case "toc": toc
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
        case "description": description
        case "canonical": canonical
        case "ogType": ogType
        case "previous": previous
        case "next": next
        case "languages": languages
        case "hasLanguages": hasLanguages
        default: nil
        }
    }
}

extension PageContext.LanguageLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "code": code
        case "name": self.name
        case "url": url
        case "current": current
        case "translated": translated
        case "isAlternate": isAlternate
        default: nil
        }
    }
}

extension PageContext.CourseItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "current": current
        default: nil
        }
    }
}

extension PageContext.Toc: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "entries": entries
        case "items": items
        default: nil
        }
    }
}

extension PageContext.TocEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "level": level
        case "id": id
        case "text": text
        case "isSub": isSub
        default: nil
        }
    }
}

extension SiteStrings: MustacheParent {
    func child(named name: String) -> Any? {
        Key(rawValue: name).map { self[$0] }
    }
}
