import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// A lesson's page is made around stand-ins for its body and its sidebar's items, which
/// are copied in (`BodySplice`); these tests hold it to the page filled with them itself,
/// for the built-in templates and for templates that use the body in every other way.
struct BodySpliceTests {
    private static let body = "<h2 id=\"a\">A &amp; b</h2>\n<p>Text \u{7} with a bell, σ and 中文.</p>\n"

    /// The page both ways, with `lesson.mustache` and `layout.mustache` as given (nil: the
    /// built-in one).
    private static func pages(
        lessonTemplate: String?, layout: String? = nil, body: String = body,
        course: [PageContext.Link] = [.init(title: "A", url: "a.html")], lessonURL: String = "a"
    ) throws -> (spliced: [UInt8], filled: [UInt8]) {
        let templates = try TemporaryFolder()
        defer { templates.remove() }
        if let lessonTemplate {
            try Data(lessonTemplate.utf8).write(to: templates.url.appendingPathComponent("lesson.mustache"))
        }
        if let layout { try Data(layout.utf8).write(to: templates.url.appendingPathComponent("layout.mustache")) }
        let set = try #require(TemplateSet.load(overridesIn: templates.url, displayPath: "templates").0)
        let renderer = PageRenderer(templates: set, site: SiteConfig(), course: course)
        let lesson = BuiltLesson(slug: lessonURL, sourceFileName: "01-a.md", title: "A", body: body, pageKey: "")
        return (
            renderer.lessonPage(lesson, previous: nil, next: nil),
            Array(renderer.filledLessonPage(lesson, body: body, previous: nil, next: nil).utf8)
        )
    }

    @Test("The built-in templates take the spliced body, and give the page the body gives")
    func builtIn() throws {
        let (spliced, filled) = try Self.pages(lessonTemplate: nil)
        #expect(spliced == filled)
        let text = String(decoding: spliced, as: UTF8.self)
        #expect(text.contains("Text \u{FFFD} with a bell"))
        #expect(!text.unicodeScalars.contains("\u{E000}") && !text.contains("Atlas-body"))
        // The stand-in was found, so this page was spliced rather than filled again.
        let set = try #require(TemplateSet.load(overridesIn: nil, displayPath: "templates").0)
        let renderer = PageRenderer(templates: set, site: SiteConfig())
        let lesson = BuiltLesson(slug: "a", sourceFileName: "01-a.md", title: "A", body: Self.body, pageKey: "")
        let page = renderer.filledLessonPage(lesson, body: BodySplice.standIn, previous: nil, next: nil)
        #expect(BodySplice.splice(Self.body, into: page) != nil)
    }

    @Test("The sidebar is spliced too: its items as filled in, the page's own marked, awkward titles replaced alike")
    func courseItems() throws {
        let course: [PageContext.Link] = [
            .init(title: "One & \u{7}two", url: "one.html"), .init(title: "A", url: "a.html"),
            .init(title: "\u{FFFE}\u{1}", url: "x\u{7}.html"), .init(title: "A again", url: "a.html"),
        ]
        for lessonURL in ["a", "one", "absent"] {
            let (spliced, filled) = try Self.pages(lessonTemplate: nil, course: course, lessonURL: lessonURL)
            #expect(spliced == filled, "\(lessonURL)")
            let text = String(decoding: spliced, as: UTF8.self)
            #expect(!text.contains("Atlas-course") && text.contains("A again"))
            #expect(text.contains("aria-current") == (lessonURL != "absent"))
            // The list itself, written out here: the items in order, the page's own marked
            // once (the first of two items with its URL), control characters as U+FFFD.
            let mark = { (url: String) in lessonURL + ".html" == url ? " aria-current=\"page\"" : "" }
            let list =
                "<li><a href=\"one.html\"\(mark("one.html"))>One &amp; \u{FFFD}two</a></li>\n"
                + "<li><a href=\"a.html\"\(mark("a.html"))>A</a></li>\n"
                + "<li><a href=\"x\u{FFFD}.html\">\u{FFFD}\u{FFFD}</a></li>\n<li><a href=\"a.html\">A again</a></li>\n"
            #expect(text.contains("<ol>\n" + list + "</ol>"), "\(lessonURL)")
        }
        let (spliced, filled) = try Self.pages(lessonTemplate: nil, course: [])
        #expect(spliced == filled, "no lessons at all")
    }

    @Test(
        "A template that uses the body otherwise gets the page the body gives",
        arguments: [
            "<main>{{lesson.body}}</main>",  // escaped
            "{{{lesson.body}}}<hr>{{{lesson.body}}}",  // twice
            "{{#lesson.body}}[{{.}}]{{/lesson.body}}",  // a section, escaped inside
            "{{#lesson.body}}[{{{.}}}]{{/lesson.body}}",  // a section, as it is
            "{{{reversed(lesson.body)}}}", "{{{uppercased(lesson.body)}}}", "{{{lowercased(lesson.body)}}}",
            "{{{capitalized(lesson.body)}}}", "{{lesson.title}} only",
            // Written as it is and in another form: only the first would be the stand-in.
            "<main>{{{lesson.body}}}</main><pre>{{lesson.body}}</pre>", "{{{lesson.body}}}{{{uppercased(lesson.body)}}}",
            // Emptiness asked of it, which a stand-in would answer otherwise.
            "{{#empty(lesson.body)}}none{{/empty(lesson.body)}}{{^empty(lesson.body)}}{{{lesson.body}}}{{/empty(lesson.body)}}",
            // Inside an indented block, whose lines after a line break are indented.
            "  {{$main}}{{{lesson.body}}}<nav>x</nav>{{/main}}", "  {{$m}}<p>\n{{{lesson.body}}}{{/m}}",
        ])
    func otherUses(_ template: String) throws {
        for body in [Self.body, ""] {
            let (spliced, filled) = try Self.pages(lessonTemplate: template, body: body)
            #expect(spliced == filled, "\(template) with \(body.debugDescription)")
        }
    }

    /// The content is one tag's text, whatever the body, so only a layout that writes it
    /// twice, once escaped, would take the stand-in for it; the others are checked alike.
    @Test("A layout of the author's own gets the page the body gives")
    func ownLayout() throws {
        for layout in ["{{{content}}}{{content}}", "<body>{{{content}}}</body>", "  {{$c}}{{{content}}}<footer>f</footer>{{/c}}"] {
            let (spliced, filled) = try Self.pages(lessonTemplate: nil, layout: layout)
            #expect(spliced == filled, "\(layout)")
        }
    }

    @Test("Only the built-in lesson and layout templates together take the splice")
    func onlyBuiltIn() throws {
        let templates = try TemporaryFolder()
        defer { templates.remove() }
        #expect(try #require(TemplateSet.load(overridesIn: templates.url, displayPath: "t").0).lessonPageIsBuiltIn)
        // A file holding the built-in text is the built-in template.
        for (name, bytes) in BuiltInTemplates.texts { try Data(bytes).write(to: templates.url.appendingPathComponent("\(name).mustache")) }
        #expect(try #require(TemplateSet.load(overridesIn: templates.url, displayPath: "t").0).lessonPageIsBuiltIn)
        for name in BuiltInTemplates.texts.keys {
            try FileManager.default.removeItem(at: templates.url.appendingPathComponent("\(name).mustache"))
        }
        for name in ["lesson", "layout"] {
            try Data("{{{content}}}{{{lesson.body}}}".utf8).write(to: templates.url.appendingPathComponent("\(name).mustache"))
            #expect(try #require(TemplateSet.load(overridesIn: templates.url, displayPath: "t").0).lessonPageIsBuiltIn == false)
            try FileManager.default.removeItem(at: templates.url.appendingPathComponent("\(name).mustache"))
        }
    }

    @Test("An empty body gives the page it gives filled in, sections on it included")
    func emptyBody() throws {
        for template in ["{{#lesson.body}}has a body{{/lesson.body}}", "{{^lesson.body}}none{{/lesson.body}}", nil] {
            let (spliced, filled) = try Self.pages(lessonTemplate: template, body: "")
            #expect(spliced == filled, "\(template ?? "built-in")")
        }
    }

    @Test("The stand-in is found exactly once or not at all")
    func foundOnce() {
        let standIn = BodySplice.standIn
        #expect(BodySplice.splice("b", into: "<p>\(standIn)</p>") == Array("<p>b</p>".utf8))
        #expect(BodySplice.splice("b", into: "<p></p>") == nil)
        #expect(BodySplice.splice("b", into: "\(standIn)\(standIn)") == nil)
        let course = BodySplice.courseStandIn
        func items(_ out: inout [UInt8]) { out += Array("<li>".utf8) }
        #expect(BodySplice.splice("b", courseItems: items, into: "\(course)|\(standIn)") == Array("<li>|b".utf8))
        #expect(BodySplice.splice("b", courseItems: items, into: "\(standIn)|\(course)") == Array("b|<li>".utf8))
        #expect(BodySplice.splice("b", courseItems: items, into: "<p>\(standIn)</p>") == nil)
        #expect(BodySplice.splice("b", courseItems: items, into: "\(course)\(standIn)\(course)") == nil)
    }
}
