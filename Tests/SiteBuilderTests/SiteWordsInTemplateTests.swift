import Mustache
import Testing

@testable import SiteBuilder

/// The built-in templates with the site's words written in (`SiteWordsInTemplate`) must
/// give the pages swift-mustache gives with the words looked up: these tests render every
/// kind of page both ways, for ordinary words and for words that could change a template's
/// tags or lines if written in carelessly.
struct SiteWordsInTemplateTests {
    /// Sites whose words are ordinary, in two languages, and awkward in every way that
    /// matters to Mustache's text: braces, line breaks of every kind, nothing, white space
    /// only, markup's characters, a control character, a combining mark.
    private static let sites: [(name: String, site: SiteConfig)] = {
        var english = SiteConfig()
        english.author = "A. Teacher"
        english.baseURL = "https://example.org/atlas/"
        var chinese = SiteConfig()
        chinese.title = "激活函数图集"
        chinese.language = "zh"
        chinese.strings = SiteStrings(
            values: Dictionary(uniqueKeysWithValues: SiteStrings.Key.allCases.map { ($0, SiteStrings.chinese($0)) }))
        var awkward = SiteConfig()
        awkward.title = "A {{b}} & <c> 'd' \"e\""
        awkward.language = "x-{{lang}}"
        awkward.baseURL = "https://example.org/"
        awkward.strings = SiteStrings(values: [
            .lessons: "  \t", .onThisPage: "line\nbreak", .footer: "crlf\r\nend", .previous: "{",
            .next: "}", .outline: "\u{7}bell", .skipToContent: "\u{2028}separator", .pagerLabel: "e\u{301}",
            .languagesLabel: "\u{85}next line", .notTranslated: "tab\there", .searchLabel: "{{{raw}}}",
            .menu: "\u{301}combining first", .figure: "prepended last\u{600}",
        ])
        awkward.author = "\u{200D}joiner"
        awkward.title = "A {{b}} & <c> 'd' \"e\"\u{600}"
        var spaced = SiteConfig()
        spaced.title = " "
        spaced.strings = SiteStrings(values: [.menu: " x ", .lessons: "\u{A0}", .footer: "\u{3000}"])
        return [("english", english), ("chinese", chinese), ("awkward", awkward), ("spaced", spaced)]
    }()

    private static let body = "<h2 id=\"a\">A</h2>\n<p>Text.</p>\n<h3 id=\"b\">B &amp; c</h3>\n"

    private static let lessons = [
        BuiltLesson(slug: "one", sourceFileName: "01-one.md", title: "One", body: body, pageKey: ""),
        BuiltLesson(slug: "two", sourceFileName: "02-two.md", title: "Two <2>", body: "<p>No headings.</p>\n", pageKey: ""),
        BuiltLesson(slug: "three", sourceFileName: "03-three.md", title: "Three", body: body, pageKey: ""),
    ]

    /// Every page of the three lessons' site, with and without a language switcher.
    private static func pages(_ site: SiteConfig, holdsSiteWords: Bool, languages: Bool) throws -> [[UInt8]] {
        let set = try #require(TemplateSet.load(overridesIn: nil, displayPath: "templates").0)
        var renderer = PageRenderer(
            templates: set, site: site, course: lessons.map { PageContext.Link(title: $0.title, url: $0.fileName) })
        if holdsSiteWords { renderer = renderer.holdingSiteWords() }
        if languages {
            renderer.languages = LanguageLinks(
                languages: [
                    .init(code: "en", name: "English", root: "", pages: ["01-one.md": "one.html"]),
                    .init(code: "zh", name: "中文", root: "zh/", pages: [:]),
                ], current: "en")
        }
        var pages = lessons.indices.map { index in
            renderer.lessonPage(
                lessons[index], previous: index > 0 ? lessons[index - 1] : nil,
                next: index + 1 < lessons.count ? lessons[index + 1] : nil)
        }
        pages.append(Array(renderer.indexPage(lessons).utf8))
        pages.append(Array(renderer.printPage(lessons).utf8))
        return pages
    }

    @Test("Every page is the same with the words written in as looked up", arguments: sites.map(\.name))
    func samePages(name: String) throws {
        let site = try #require(Self.sites.first { $0.name == name }).site
        for languages in [false, true] {
            let written = try Self.pages(site, holdsSiteWords: true, languages: languages)
            let looked = try Self.pages(site, holdsSiteWords: false, languages: languages)
            #expect(written.count == looked.count)
            for (index, (a, b)) in zip(written, looked).enumerated() {
                #expect(a == b, "\(name), page \(index), languages: \(languages)")
            }
        }
    }

    @Test("The renderer holding the words fills its pages from the templates written for them")
    func writtenTemplatesAreUsed() throws {
        // The Chinese site's words written in, then filled with the English site's
        // context: what comes out is the written words, so the written templates are used.
        let chinese = try #require(Self.sites.first { $0.name == "chinese" }).site
        let set = try #require(TemplateSet.load(overridesIn: nil, displayPath: "templates").0)
        let renderer = PageRenderer(templates: set, site: chinese).holdingSiteWords()
        let english = PageContext.Site(title: "English", language: "en")
        let filled = renderer.templates.lesson.render(
            PageContext.LessonPage(
                site: english, lesson: .init(title: "T", body: "", slug: "t"), previous: .init(title: "P", url: "p.html"),
                next: nil))
        #expect(filled.contains(SiteStrings.chinese(.previous)) && filled.contains(SiteStrings.chinese(.pagerLabel)))
        #expect(!filled.contains(SiteStrings.english(.previous)))
        #expect(
            renderer.templates.lesson.render(
                PageContext.LessonPage(
                    site: english, lesson: .init(title: "T", body: "", slug: "t"), previous: nil, next: nil))
                != set.lesson.render(
                    PageContext.LessonPage(site: english, lesson: .init(title: "T", body: "", slug: "t"), previous: nil, next: nil)))
    }

    @Test("Ordinary words are written in: no site word is left to look up")
    func ordinaryWordsGoIn() throws {
        for name in ["english", "chinese"] {
            let site = try #require(Self.sites.first { $0.name == name }).site
            let context = PageContext.Site(title: site.title, language: site.language, author: "An Author", strings: site.strings)
            for template in SiteWordsInTemplate.names {
                let text = String(decoding: try #require(BuiltInTemplates.texts[template]), as: UTF8.self)
                #expect(text.contains("{{site.strings."), "\(template) names the site's words")
                let filled = SiteWordsInTemplate.fill(text, site: context)
                #expect(!filled.contains("{{site.title}}") && !filled.contains("{{site.strings."), "\(name), \(template)")
                #expect(!filled.contains("{{site.language}}"), "\(name), \(template)")
                #expect(filled.contains("{{#site.author}}") == text.contains("{{#site.author}}"), "sections stay")
                #expect(!filled.contains("{{site.author}}"), "\(name), \(template)")
            }
        }
        let english = PageContext.Site(title: "Atlas & co", language: "en")
        #expect(SiteWordsInTemplate.fill("<a>{{site.title}}</a>", site: english) == "<a>Atlas &amp; co</a>")
        #expect(SiteWordsInTemplate.fill("{{site.strings.menu}}", site: english) == SiteStrings.english[.menu])
    }

    @Test(
        "A word that could change the template's tags or lines keeps its tag",
        arguments: ["", " ", "\t \u{A0}", "a\nb", "a\r\nb", "a\u{2028}b", "a\u{85}b", "{", "}", "{{x}}", "\u{301}x", "x\u{600}"])
    func awkwardWordsStay(word: String) {
        let site = PageContext.Site(title: word, language: "en")
        for text in ["<a>{{site.title}}</a>", "{{#x}}{{site.title}}\n{{/x}}", "{{{site.title}}}"] {
            #expect(SiteWordsInTemplate.fill(text, site: site) == text)
        }
    }

    /// The same question asked of swift-mustache, on small templates where a careless
    /// word would change which tags stand alone on their lines (and so which lines stay):
    /// each is rendered as written and with the words written in.
    @Test(
        "Small templates render alike with any word written in",
        arguments: [
            "", " ", "\t \u{A0}", "a\nb", "a\r\nb", "\n", "a\n", "a\r\n", "a\r", "a\u{2028}", "{", "}", "{{x}}", "{{", "T", "<&>",
            "\u{301}x", "x\u{600}", "\u{200D}", "\u{903}x",
        ])
    func rendersAlike(word: String) throws {
        TemplateEscaping.registered
        let site = PageContext.Site(title: word, language: "en")
        let context: [String: Any] = ["site": site, "x": true, "y": false]
        for text in [
            "{{#x}}{{site.title}}\n{{/x}}|", "{{site.title}}{{#x}}\nA\n{{/x}}\n", "  {{site.title}}  {{^y}}\nB\n{{/y}}\n",
            "{{#x}}\n{{site.title}}\n{{/x}}\n", "{{site.title}}\n{{#x}}\nC\n{{/x}}\n", "{{#x}}{{/x}}{{site.title}}\nD\n",
            "{{#x}}{{site.title}}{{/x}}", "<a>{{site.title}}{{#x}}b{{/x}}</a>",
        ] {
            let asWritten = try MustacheTemplate(string: TemplateEscaping.tag + text).render(context)
            let filled = try MustacheTemplate(string: TemplateEscaping.tag + SiteWordsInTemplate.fill(text, site: site))
            #expect(filled.render(context) == asWritten, "\(text.debugDescription) with \(word.debugDescription)")
            // Written in or not, the same bytes come out: as filled in, or as looked up.
            #expect(asWritten.contains(TemplateEscaping.escaped(word)) || word.isEmpty || !text.contains("{{site.title}}"))
        }
    }

    @Test("Only plain tags of known words are written in")
    func onlyPlainTags() {
        let site = PageContext.Site(title: "T", language: "en")
        for text in [
            "{{{site.title}}}", "{{&site.title}}", "{{ site.title }}", "{{site.title }}", "{{site.missing}}",
            "{{site.strings.missing}}", "{{site.printPage}}", "{{site.author}}", "{{site.}}", "{{site..title}}",
            "{{site.title(x)}}", "{{site.title", "{{#site.title}}x{{/site.title}}",
        ] {
            #expect(SiteWordsInTemplate.fill(text, site: site) == text, "\(text)")
        }
        #expect(SiteWordsInTemplate.fill("{{site.title}}{{{site.title}}}{{site.title}}", site: site) == "T{{{site.title}}}T")
    }

    /// The words are written where `site` is the page's: no context a built-in template
    /// opens a section on has a `site` of its own that a tag inside would find first.
    @Test("No context inside a page has a site of its own")
    func noInnerSite() {
        let inner: [any MustacheParent] = [
            PageContext.Link(title: "t", url: "u"),
            PageContext.LanguageLink(code: "en", name: "n", url: "u", current: true, translated: true),
            PageContext.Toc(entries: []), PageContext.TocEntry(level: 2, id: "a", text: "A"),
            PageContext.CourseItem(title: "t", url: "u", current: false),
            PageContext.LessonPage.Lesson(title: "t", body: "b", slug: "s"),
            PageContext.PrintPage.Lesson(title: "t", slug: "s", body: "b"),
            PageContext.Layout.Page(title: "t", isLesson: true, ogType: "article", previous: nil, next: nil),
        ]
        for context in inner {
            #expect(context.child(named: "site") == nil, "\(type(of: context))")
            #expect(!Mirror(reflecting: context).children.contains { $0.label == "site" }, "\(type(of: context))")
        }
    }
}
