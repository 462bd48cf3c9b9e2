import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects each page's head and the files beside it (issue 14, point 6): the lesson's
/// summary as its description, the generated favicon, prev/next links, and, only with
/// `base_url`, canonical links, Open Graph tags and `sitemap.xml`.
@Suite struct PageMetadataTests {
    /// A copy of the `basic` fixture's content with `extra` appended to its site.yaml.
    static func content(siteYAMLExtra extra: String, in folder: TemporaryFolder) throws -> URL {
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixture.content("basic"), to: content)
        let yaml = content.appendingPathComponent("site.yaml")
        let text = Fixture.read(yaml) + extra
        try Data(text.utf8).write(to: yaml)
        return content
    }

    static func build(_ content: URL, into output: URL) async throws -> BuildReport {
        try await SiteBuild.run(
            BuildOptions(
                contentDirectory: content, contentDisplayPath: "content", templatesDirectory: nil,
                templatesDisplayPath: "templates", outputDirectory: output, jobs: 2))
    }

    @Test(
        "base_url is an absolute http(s) URL; a missing '/' is added",
        arguments: [
            ("https://example.org/atlas/", "https://example.org/atlas/"),
            ("https://example.org/atlas", "https://example.org/atlas/"),
            ("http://localhost:8000", "http://localhost:8000/"),
            ("HTTPS://Example.org/", "HTTPS://Example.org/"),
        ])
    func baseURLAccepted(_ value: String, _ expected: String) {
        let (config, problems) = SiteConfig.read(yaml: "base_url: \(value)\n", path: "content/site.yaml")
        #expect(problems.isEmpty)
        #expect(config.baseURL == expected)
    }

    @Test(
        "A base_url that is not an absolute http(s) URL is an error at its line",
        arguments: [
            (
                "example.org/atlas/",
                "content/site.yaml:1:1: error: 'base_url' must be an absolute http or https URL, such as "
                    + "'https://example.org/atlas/'; got 'example.org/atlas/'"
            ),
            (
                "ftp://example.org/",
                "content/site.yaml:1:1: error: 'base_url' must be an absolute http or https URL, such as "
                    + "'https://example.org/atlas/'; got 'ftp://example.org/'"
            ),
            ("https:///atlas/", "content/site.yaml:1:1: error: 'base_url' has no host; write it as 'https://example.org/atlas/'"),
            (
                "https://example.org/?page=1",
                "content/site.yaml:1:1: error: 'base_url' must not contain '?'; give the folder the site is published at, "
                    + "such as 'https://example.org/atlas/'"
            ),
            (
                "\"https://example.org/a b/\"",
                "content/site.yaml:1:1: error: 'base_url' must not contain white space or control characters; give the "
                    + "folder the site is published at, such as 'https://example.org/atlas/'"
            ),
        ])
    func baseURLRefused(_ value: String, _ message: String) {
        let (config, problems) = SiteConfig.read(yaml: "base_url: \(value)\n", path: "content/site.yaml")
        #expect(problems.map(\.description) == [message])
        #expect(config.baseURL == nil)
    }

    @Test("Page addresses percent-encode what a URL cannot hold; the outline is the base itself")
    func addresses() {
        #expect(BaseURL.address(of: "index.html", base: "https://e.org/a/") == "https://e.org/a/")
        #expect(BaseURL.address(of: "relu.html", base: "https://e.org/a/") == "https://e.org/a/relu.html")
        #expect(BaseURL.address(of: "激活.html", base: "https://e.org/") == "https://e.org/%E6%BF%80%E6%B4%BB.html")
        #expect(BaseURL.address(of: "a b&c.html", base: "https://e.org/") == "https://e.org/a%20b%26c.html")
    }

    @Test("Without base_url: the lesson's summary as description, favicon, prev/next; nothing absolute, no sitemap")
    func withoutBaseURL() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let report = try await Fixture.build("basic", into: folder.url)
        #expect(!report.writtenFiles.contains("sitemap.xml"))
        let functions = Fixture.read(folder.url.appendingPathComponent("functions.html"))
        let intro = Fixture.read(folder.url.appendingPathComponent("intro.html"))
        let index = Fixture.read(folder.url.appendingPathComponent("index.html"))
        #expect(functions.contains("<meta name=\"description\" content=\"Every function with its derivative.\">\n"))
        #expect(intro.contains("<meta name=\"description\" content=\"What this &lt;fixture&gt; covers.\">\n"))
        #expect(
            index.contains("<meta name=\"description\" content=\"A small course that exercises every part of the build.\">\n"))
        for page in [functions, intro, index] {
            #expect(page.contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"assets/favicon.svg\">\n"))
            #expect(!page.contains("canonical"))
            #expect(!page.contains("og:"))
            #expect(!page.contains("https://"))
        }
        #expect(functions.contains("<link rel=\"next\" href=\"intro.html\">\n"))
        #expect(!functions.contains("<link rel=\"prev\""))
        #expect(intro.contains("<link rel=\"prev\" href=\"functions.html\">\n"))
        #expect(!index.contains("<link rel=\"prev\"") && !index.contains("<link rel=\"next\""))
    }

    @Test("With base_url: canonical links, Open Graph tags and sitemap.xml, exactly")
    func withBaseURL() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try Self.content(siteYAMLExtra: "base_url: https://example.org/atlas\n", in: folder)
        let output = folder.url.appendingPathComponent("site")
        let report = try await Self.build(content, into: output)
        #expect(report.writtenFiles.contains("sitemap.xml"))
        let functions = Fixture.read(output.appendingPathComponent("functions.html"))
        #expect(
            functions.contains(
                """
                <link rel="canonical" href="https://example.org/atlas/functions.html">
                <meta property="og:title" content="All five functions">
                <meta property="og:description" content="Every function with its derivative.">
                <meta property="og:type" content="article">
                <meta property="og:url" content="https://example.org/atlas/functions.html">
                <meta property="og:site_name" content="Fixture Course">

                """))
        let index = Fixture.read(output.appendingPathComponent("index.html"))
        #expect(index.contains("<link rel=\"canonical\" href=\"https://example.org/atlas/\">\n"))
        #expect(index.contains("<meta property=\"og:type\" content=\"website\">\n"))
        #expect(
            Fixture.read(output.appendingPathComponent("sitemap.xml")) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://example.org/atlas/</loc></url>
                <url><loc>https://example.org/atlas/functions.html</loc></url>
                <url><loc>https://example.org/atlas/intro.html</loc></url>
                </urlset>

                """)
    }

    @Test("A lesson without a summary takes the site's description")
    func descriptionFallsBack() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("description: Site words.\n".utf8).write(to: content.appendingPathComponent("site.yaml"))
        try Data("---\ntitle: Bare\n---\n\nText.\n".utf8).write(to: content.appendingPathComponent("01-bare.md"))
        let output = folder.url.appendingPathComponent("site")
        _ = try await Self.build(content, into: output)
        #expect(
            Fixture.read(output.appendingPathComponent("bare.html")).contains(
                "<meta name=\"description\" content=\"Site words.\">\n"))
    }

    @Test("The favicon is a small SVG sigmoid, the same at every build, with a dark-scheme rule")
    func favicon() async throws {
        let svg = Favicon.svg
        #expect(
            svg.hasPrefix(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\" role=\"img\"><title>Sigmoid</title><desc>"))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.contains("@media (prefers-color-scheme:dark)"))
        // σ(−6) ≈ 0.0025 at the left edge, σ(0) = 0.5 in the middle, σ(6) ≈ 0.9975 at the right.
        #expect(svg.contains("d=\"M5.00 25.95 L"))
        #expect(svg.contains(" L16.00 16.00 "))
        #expect(svg.contains(" L27.00 6.05\""))
        #expect(svg.utf8.count < 1_000)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try await Fixture.build("basic", into: folder.url)
        #expect(Fixture.read(folder.url.appendingPathComponent("assets/favicon.svg")) == svg)
    }
}
