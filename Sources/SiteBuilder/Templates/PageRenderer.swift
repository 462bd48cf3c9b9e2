import AtlasText
import LessonMarkdown
import Mustache

/// Fills the templates: a lesson or the outline, wrapped in the layout.
struct PageRenderer: Sendable {
    /// The build's templates; the built-in `layout` and `lesson` may hold the site's words
    /// (``holdingSiteWords()``).
    private(set) var templates: TemplateSet
    let site: SiteConfig
    /// Every published lesson in page order, for the sidebar of every page.
    var course: [PageContext.Link] = [] {
        didSet { courseItems = CourseItems(course) }
    }
    /// The sidebar's `<li>` elements, made once per build: a page copies them, marking its own.
    private var courseItems = CourseItems([])
    /// The site's languages, for each page's switcher; none for a site of one language.
    var languages: LanguageLinks? = nil

    init(templates: TemplateSet, site: SiteConfig, course: [PageContext.Link] = []) {
        self.templates = templates
        self.site = site
        self.course = course
        self.courseItems = CourseItems(course)
    }

    /// This renderer with the built-in `lesson` and `layout` templates holding the site's
    /// words (``TemplateSet/holdingWords(of:)``): the same pages, for fewer lookups each,
    /// after parsing the two again. ``SitePages`` asks for it when it has enough pages to
    /// fill (``SiteWordsInTemplate/pays(pages:)``).
    func holdingSiteWords() -> PageRenderer {
        var renderer = self
        renderer.templates = templates.holdingWords(of: siteContext)
        return renderer
    }

    /// Every lesson's `<li>` for the sidebar, joined once per build; a page's copy is the
    /// text before its own item, its item marked `aria-current`, and the text after.
    /// Rendering a 1,000-lesson list in Mustache on each of 1,000 pages made the
    /// benchmark's cold build six times slower (3.9 s → 23 s); joining 1,000 strings on
    /// each page was still a million appends.
    private struct CourseItems: Sendable {
        /// Every item's `<li>`, in order, each with the characters markup may not hold
        /// replaced (as a page replaces them), as UTF-8: ``BodySplice`` copies it into a
        /// page unread. Replaced item by item, so that each item's place is known (a
        /// replacement can make an item longer); a page replaces them in the whole alike.
        var bytes: [UInt8] = []
        /// The same text as a String, made once, for the templates that fill it in.
        var text = ""
        /// By URL: where the lesson's (first) item lies in ``bytes`` and ``text``, and the
        /// item marked current, replaced alike.
        var items: [String: (range: Range<Int>, current: String)] = [:]

        init(_ course: [PageContext.Link]) {
            for link in course {
                let url = MarkupText.escaped(link.url), title = MarkupText.escaped(link.title)
                let item = MarkupText.replacingForbiddenCharacters(in: "<li><a href=\"\(url)\">\(title)</a></li>\n")
                if items[link.url] == nil {
                    let current = "<li><a href=\"\(url)\" aria-current=\"page\">\(title)</a></li>\n"
                    items[link.url] = (bytes.count..<bytes.count + item.utf8.count, MarkupText.replacingForbiddenCharacters(in: current))
                }
                bytes += item.utf8
            }
            text = String(decoding: bytes, as: UTF8.self)
        }

        /// The list with the item of `current` (a page's URL) marked; unmarked for nil.
        func list(current: String?) -> String {
            guard let current, let item = items[current] else { return text }
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: item.range.lowerBound)
            let end = utf8.index(utf8.startIndex, offsetBy: item.range.upperBound)
            var list = ""
            list.reserveCapacity(utf8.count + 24)
            list += text[..<start]
            list += item.current
            list += text[end...]
            return list
        }

        /// How many bytes ``append(current:to:)`` writes at most: the list and the mark.
        var length: Int { bytes.count + 24 }

        /// ``list(current:)``'s bytes, appended to `out`.
        func append(current: String?, to out: inout [UInt8]) {
            guard let current, let item = items[current] else {
                out += bytes
                return
            }
            out.append(contentsOf: bytes[..<item.range.lowerBound])
            var marked = item.current
            marked.withUTF8 { out.append(contentsOf: $0) }
            out.append(contentsOf: bytes[item.range.upperBound...])
        }
    }

    /// Values the templates see as `site.*`.
    private var siteContext: PageContext.Site {
        PageContext.Site(
            title: site.title, language: site.language, author: site.author, description: site.description,
            printPage: site.printPage, strings: site.strings)
    }

    /// The lesson's page as UTF-8. With the built-in templates, they are filled with
    /// stand-ins for the body and the sidebar's items, which are then put in their places
    /// (``BodySplice``); an author's templates are filled with the body and items themselves.
    func lessonPage(_ lesson: BuiltLesson, previous: BuiltLesson?, next: BuiltLesson?) -> [UInt8] {
        let body = lesson.body ?? ""
        if templates.lessonPageIsBuiltIn {
            let page = filledLessonPage(
                lesson, body: BodySplice.standIn, courseItems: BodySplice.courseStandIn, previous: previous, next: next)
            let items = courseItems, current = lesson.fileName
            if let spliced = BodySplice.splice(
                body, courseItems: { items.append(current: current, to: &$0) }, courseLength: items.length, into: page)
            {
                return spliced
            }
        }
        return Array(filledLessonPage(lesson, body: body, previous: previous, next: next).utf8)
    }

    /// The lesson's page with `body` filled in for its body, and `courseItems` for the
    /// sidebar's items when given (else the course's, this lesson marked); the table of
    /// contents is always the real body's.
    func filledLessonPage(
        _ lesson: BuiltLesson, body: String, courseItems: String? = nil, previous: BuiltLesson?, next: BuiltLesson?
    ) -> String {
        let context = PageContext.LessonPage(
            site: siteContext, lesson: .init(title: lesson.title, body: body, slug: lesson.slug),
            previous: previous.map { link($0) }, next: next.map { link($0) })
        let page = PageContext.Layout.Page(
            title: lesson.title, isLesson: true, description: lesson.summary ?? site.description,
            canonical: site.baseURL.map { BaseURL.address(of: lesson.fileName, base: $0) }, ogType: "article",
            previous: context.previous, next: context.next,
            languages: languages?.links(for: lesson.sourceFileName) ?? [])
        let toc = TableOfContents.entries(in: lesson.body ?? "")
        return wrap(
            templates.lesson.render(context), page: page, current: lesson.fileName, toc: toc.isEmpty ? nil : PageContext.Toc(entries: toc),
            courseItems: courseItems)
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
    /// `courseItems`, when given, stands for the sidebar's items.
    private func wrap(
        _ content: String, page: PageContext.Layout.Page, current: String?, toc: PageContext.Toc?, courseItems listed: String? = nil
    ) -> String {
        let items =
            templates.layoutReadsCourse
            ? course.map { PageContext.CourseItem(title: $0.title, url: $0.url, current: $0.url == current) } : []
        return MarkupText.replacingForbiddenCharacters(
            in: templates.layout.render(
                PageContext.Layout(
                    site: siteContext, page: page, course: items, courseItems: listed ?? courseItems.list(current: current), toc: toc,
                    content: content)))
    }

    private func link(_ lesson: BuiltLesson, summary: String? = nil) -> PageContext.Link {
        PageContext.Link(title: lesson.title, url: lesson.fileName, summary: summary)
    }
}
