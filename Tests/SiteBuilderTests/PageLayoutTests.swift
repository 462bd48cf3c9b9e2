import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects the page's frame (issue 14, point 1): skip link, the course's lessons with
/// the current one marked, the lesson's own h2/h3 contents, the menu button, the empty
/// search slot, and page keys that change whenever what the frame shows changes.
@Suite struct PageLayoutTests {
    @Test("The contents are the body's h2 and h3 with their ids, their text without markup")
    func tableOfContents() {
        let body = """
            <p>Intro</p>
            <h2 id="curves">Curves <a class="anchor" href="#curves" aria-hidden="true" tabindex="-1">#</a></h2>
            <h3 id="the-sigmoid">The <code>sigmoid</code> &amp; <math><semantics><mi>σ</mi><annotation encoding="application/x-tex">\\sigma</annotation></semantics></math> <a class="anchor" href="#the-sigmoid" aria-hidden="true" tabindex="-1">#</a></h3>
            <h4 id="deep">Too deep <a class="anchor" href="#deep" aria-hidden="true" tabindex="-1">#</a></h4>
            <h2>No id</h2>
            <h2 id="see-also">See <a href="relu.html">ReLU</a> <a class="anchor" href="#see-also" aria-hidden="true" tabindex="-1">#</a></h2>

            """
        let entries = TableOfContents.entries(in: body)
        #expect(entries.map(\.level) == [2, 3, 2])
        #expect(entries.map(\.id) == ["curves", "the-sigmoid", "see-also"])
        #expect(entries.map(\.text) == ["Curves", "The sigmoid &amp; σ", "See ReLU"])
        #expect(TableOfContents.entries(in: "<p>no headings</p>").isEmpty)
    }

    @Test("Every page has the skip link first, the lessons in order with the current one marked, and main#content")
    func frame() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try await Fixture.build("basic", into: folder.url)
        let functions = Fixture.read(folder.url.appendingPathComponent("functions.html"))
        let index = Fixture.read(folder.url.appendingPathComponent("index.html"))
        for page in [functions, index] {
            let body = try #require(page.range(of: "<body>\n"))
            #expect(page[body.upperBound...].hasPrefix("<a class=\"skip-link\" href=\"#content\">Skip to content</a>\n"))
            #expect(page.contains("<main id=\"content\" tabindex=\"-1\">"))
            #expect(page.contains("<div class=\"site-search\" id=\"site-search\"></div>"))
            #expect(
                page.contains(
                    "<button type=\"button\" class=\"menu-button\" aria-expanded=\"false\" aria-controls=\"site-menu\" hidden>"))
            #expect(page.contains("<div class=\"site-menu\" id=\"site-menu\">"))
            #expect(page.contains("<script src=\"assets/site.js\" defer></script>"))
        }
        #expect(
            functions.contains(
                """
                <nav class="course-nav" aria-label="Lessons">
                <p class="nav-heading"><a href="index.html">Lessons</a></p>
                <ol>
                <li><a href="functions.html" aria-current="page">All five functions</a></li>
                <li><a href="intro.html">Introduction &amp; overview</a></li>
                </ol>
                </nav>
                """))
        #expect(!index.contains("aria-current"), "the outline is no lesson of the list")
        #expect(functions.contains("<nav class=\"toc\" aria-label=\"On this page\">"))
        #expect(functions.contains("<li><a href=\"#curves\">Curves</a></li>"))
        #expect(!index.contains("class=\"toc\""), "the outline has no contents of its own")
        // The pager keeps its markup but no longer shares the sidebar's name.
        #expect(functions.contains("<nav class=\"pager\" aria-label=\"Previous and next lesson\">"))
    }

    @Test("A layout that fills the course itself, in a section of its own, gets every lesson with its page marked")
    func ownCourseMarkup() async throws {
        let content = try TemporaryFolder(), templates = try TemporaryFolder(), output = try TemporaryFolder()
        defer { content.remove(); templates.remove(); output.remove() }
        let layout = "{{#site}}<ul>{{#course}}<li{{#current}} class=\"here\"{{/current}}>{{title}}:{{url}}</li>{{/course}}</ul>{{/site}}"
        try Data(layout.utf8).write(to: templates.url.appendingPathComponent("layout.mustache"))
        for (name, title) in [("01-a.md", "A & a"), ("02-b.md", "B")] {
            try Data("---\ntitle: \(title)\n---\nText.\n".utf8).write(to: content.url.appendingPathComponent(name))
        }
        let options = BuildOptions(
            contentDirectory: content.url, contentDisplayPath: "content", templatesDirectory: templates.url,
            templatesDisplayPath: "templates", outputDirectory: output.url.appendingPathComponent("_site"), jobs: 1)
        _ = try await SiteBuild.run(options)
        func page(_ name: String) -> String { Fixture.read(output.url.appendingPathComponent("_site/" + name)) }
        #expect(page("b.html") == "<ul><li>A &amp; a:a.html</li><li class=\"here\">B:b.html</li></ul>")
        #expect(page("index.html") == "<ul><li>A &amp; a:a.html</li><li>B:b.html</li></ul>")
        // The built-in layout writes the list made in Swift and names no `course`.
        let builtIn = try #require(TemplateSet.load(overridesIn: nil, displayPath: "templates").0)
        #expect(!builtIn.layoutReadsCourse)
        #expect(try #require(TemplateSet.load(overridesIn: templates.url, displayPath: "templates").0).layoutReadsCourse)
        // The course only through chained transforms.
        try Data("{{#first(reversed(course))}}{{title}}{{/first(reversed(course))}}".utf8)
            .write(to: templates.url.appendingPathComponent("layout.mustache"))
        _ = try await SiteBuild.run(options)
        #expect(page("a.html") == "B")
    }

    @Test("A page's key changes with any lesson's title (the sidebar), its summary and base_url")
    func keysFollowTheFrame() {
        let site = SiteConfig()
        var published = site
        published.baseURL = "https://example.org/"
        let keys = PageKeys(templates: nil, site: site)
        let body = ContentDigest.of(Array("b".utf8))
        let course = PageKeys.courseDigest([.init(title: "A", url: "a.html"), .init(title: "B", url: "b.html")])
        let renamed = PageKeys.courseDigest([.init(title: "A", url: "a.html"), .init(title: "B2", url: "b.html")])
        func key(_ keys: PageKeys, summary: String? = "S", course: ContentDigest = course) -> String {
            keys.key(slug: "a", title: "A", summary: summary, body: body, previous: nil, next: nil, course: course)
        }
        let base = key(keys)
        #expect(key(keys) == base)
        #expect(key(keys, course: renamed) != base)
        #expect(key(keys, summary: nil) != base)
        #expect(key(keys, summary: "T") != base)
        #expect(key(PageKeys(templates: nil, site: published)) != base)
    }
}
