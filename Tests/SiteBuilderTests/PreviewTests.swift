import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects the data of the hover previews (issue 14, point 5): one script per lesson
/// that another published lesson links to, holding its title, summary and what the links'
/// fragments land on, and nothing else; escaped for a script; the same bytes every build.
@Suite struct PreviewTests {
    static let lessons = [
        "01-links.md": """
        ---
        title: Links
        ---
        See [the part](02-target.md#part-one), {ref}`02-target.md#fig-target`, {lesson}`other`
        and [a figure by link](02-target.md#tab-target).

        ```{plot} relu
        :name: fig-own
        ```

        Here: {ref}`fig-own`.
        """,
        "02-target.md": """
        ---
        title: Target </script> "quoted"
        summary: A summary with <b>markup</b> & "quotes".
        ---
        ## Part *one*

        ```{plot} tanh
        :x: -2 2
        :name: fig-target
        ```

        ```{table} relu
        :x: -1 0 1
        :name: tab-target
        ```

        ```{plot} sigmoid
        :name: fig-unreferenced
        ```
        """,
        "03-other.md": "---\ntitle: Other\n---\nNo summary, nothing linked from here.\n",
        "04-draft.md": "---\ntitle: Draft\ndraft: true\n---\nSee {lesson}`links` and [x](02-target.md#fig-unreferenced).\n",
    ]

    func build(jobs: Int = 1) async throws -> [String: String] {
        let content = try TemporaryFolder()
        let output = try TemporaryFolder()
        defer { content.remove(); output.remove() }
        for (name, text) in Self.lessons {
            try Data(text.utf8).write(to: content.url.appendingPathComponent(name))
        }
        _ = try await SiteBuild.run(
            BuildOptions(
                contentDirectory: content.url, contentDisplayPath: "content", templatesDirectory: nil,
                templatesDisplayPath: "templates", outputDirectory: output.url, jobs: jobs))
        let folder = output.url.appendingPathComponent("assets/previews")
        var files: [String: String] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            files[name] = Fixture.read(folder.appendingPathComponent(name))
        }
        return files
    }

    @Test("Only lessons another published lesson links to get a file; a draft's links count for nothing")
    func whichLessons() async throws {
        let files = try await build()
        #expect(files.keys.sorted() == ["other.js", "target.js"])
        #expect(
            files["other.js"]
                == "window.atlasPreviews=window.atlasPreviews||{};window.atlasPreviews[\"other.html\"]="
                + "{\"title\":\"Other\",\"sections\":{},\"figures\":{}};\n")
    }

    @Test("A file holds the heading or the figure each fragment lands on, and only those")
    func fragments() async throws {
        let target = try #require(try await build()["target.js"])
        #expect(target.contains("\"sections\":{\"part-one\":\"Part \\u003cem>one\\u003c/em>\"}"))
        #expect(target.contains("\"fig-target\":\"\\u003cfigure class=\\\"plot\\\" id=\\\"fig-target\\\""))
        #expect(target.contains("\"tab-target\":\"\\u003cfigure class=\\\"table-wrap\\\" id=\\\"tab-target\\\""))
        // Linked from a draft only, and the other lesson's own figure: in no file.
        #expect(!target.contains("fig-unreferenced"))
        #expect(!target.contains("fig-own"))
        // Each figure whole: it ends with its closing tag.
        #expect(target.components(separatedBy: "\\u003c/figure>").count == 3)
    }

    @Test("Titles, summaries and HTML are JSON strings that cannot close a script")
    func escaping() async throws {
        let target = try #require(try await build()["target.js"])
        #expect(target.hasPrefix("window.atlasPreviews=window.atlasPreviews||{};window.atlasPreviews[\"target.html\"]="))
        #expect(target.contains("\"title\":\"Target \\u003c/script> \\\"quoted\\\"\""))
        #expect(target.contains("\"summary\":\"A summary with \\u003cb>markup\\u003c/b> & \\\"quotes\\\".\""))
        #expect(!target.contains("</"))
        #expect(target.hasSuffix("};\n"))
    }

    @Test("The files are the same bytes whatever the number of jobs")
    func deterministic() async throws {
        let one = try await build(jobs: 1)
        let four = try await build(jobs: 4)
        #expect(one == four)
        #expect(!one.isEmpty)
    }

    @Test("An element is found whole, nested elements of its name counted; a heading loses its anchor")
    func elements() {
        let body = """
            <h2 id="a">A <code>x</code> <a class="anchor" href="#a" aria-hidden="true" tabindex="-1">#</a></h2>
            <figure id="f"><figure><figcaption>in</figcaption></figure><p>x</p></figure><figurex id="g"></figurex>
            <div id="open"><div></div>
            """
        let heading = PreviewElement.find(id: "a", in: body)
        #expect(heading?.tag == "h2")
        #expect(heading?.headingHTML == "A <code>x</code>")
        #expect(
            PreviewElement.find(id: "f", in: body)?.outerHTML
                == "<figure id=\"f\"><figure><figcaption>in</figcaption></figure><p>x</p></figure>")
        #expect(PreviewElement.find(id: "g", in: body)?.tag == "figurex")
        #expect(PreviewElement.find(id: "open", in: body) == nil)
        #expect(PreviewElement.find(id: "missing", in: body) == nil)
    }
}
