import Mustache
import Testing

@testable import SiteBuilder

/// `PageContext`'s structs answer swift-mustache's lookups by hand (`MustacheParent`);
/// the names they answer must be exactly their properties, as reflection would find.
@Suite struct PageContextTests {
    static let site = PageContext.Site(title: "T", language: "en", author: "A", description: "D")
    static let link = PageContext.Link(title: "L", url: "l.html", summary: "S")
    static let other = PageContext.Link(title: "M", url: "m.html", summary: nil)
    static let contexts: [any MustacheParent & Sendable] = [
        site, link,
        PageContext.LessonPage(site: site, lesson: .init(title: "T", body: "<p>B</p>", slug: "s"), previous: link, next: other),
        PageContext.LessonPage.Lesson(title: "T", body: "<p>B</p>", slug: "s"),
        PageContext.IndexPage(site: site, lessons: [link]),
        PageContext.PrintPage(site: site, lessons: [.init(title: "T", slug: "s", body: "<p>B</p>")]),
        PageContext.PrintPage.Lesson(title: "T", slug: "s", body: "<p>B</p>"),
        PageContext.Layout(
            site: site, page: page, course: [item], courseItems: "<li>L</li>", toc: PageContext.Toc(entries: [entry]), content: "C"),
        page, item, entry, PageContext.Toc(entries: [entry]),
    ]
    static let page = PageContext.Layout.Page(
        title: "P", isLesson: true, description: "D", canonical: "https://e.org/p.html", ogType: "article", previous: link,
        next: other)
    static let item = PageContext.CourseItem(title: "L", url: "l.html", current: true)
    static let entry = PageContext.TocEntry(level: 2, id: "a", text: "A")

    @Test(arguments: contexts.indices)
    func everyPropertyIsAnsweredUnderItsName(_ index: Int) throws {
        let context = Self.contexts[index]
        let properties = Mirror(reflecting: context).children
        #expect(!properties.isEmpty)
        for property in properties {
            let name = try #require(property.label)
            let answer = try #require(context.child(named: name), "\(type(of: context)) does not answer \(name)")
            #expect(String(describing: answer) == String(describing: unwrapped(property.value)), "\(type(of: context)).\(name)")
        }
        #expect(context.child(named: "nonexistent") == nil)
    }

    /// An optional's value: what swift-mustache sees of a present optional.
    func unwrapped(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional, let wrapped = mirror.children.first else { return value }
        return wrapped.value
    }

    @Test("toc.items is the loop over toc.entries that the built-in layout wrote, as swift-mustache renders it")
    func tocItems() throws {
        let entries = [
            PageContext.TocEntry(level: 2, id: "a", text: "A &amp; <code>b</code>"),
            PageContext.TocEntry(level: 3, id: "q\"u<o>t&e's", text: "Sub"),
            PageContext.TocEntry(level: 3, id: "é-中-e\u{301}", text: "é"), PageContext.TocEntry(level: 2, id: "", text: ""),
        ]
        // The loop as the built-in layout had it, with its escaping (ATLAS_HTML) and with
        // swift-mustache's own, which it gives byte for byte.
        _ = TemplateEscaping.registered
        let text =
            "{{#toc}}{{#entries}}<li{{#isSub}} class=\"toc-sub\"{{/isSub}}><a href=\"#{{id}}\">{{{text}}}</a></li>\n{{/entries}}{{/toc}}"
        let loops = [try MustacheTemplate(string: TemplateEscaping.tag + text), try MustacheTemplate(string: text)]
        for count in 1...entries.count {
            let toc = PageContext.Toc(entries: Array(entries.prefix(count)))
            for loop in loops { #expect(toc.items == loop.render(["toc": toc]), "\(count) entries") }
        }
    }

    @Test func aMissingOptionalIsAMissingKey() {
        let site = PageContext.Site(title: "T", language: "en", author: nil, description: nil)
        #expect(site.child(named: "author") == nil)
        let page = PageContext.LessonPage(
            site: site, lesson: .init(title: "T", body: "", slug: "s"), previous: nil, next: nil)
        #expect(page.child(named: "previous") == nil)
    }
}
