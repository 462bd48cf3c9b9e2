import AtlasDiagnostics
import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects issue 13's warnings about an overriding template: a name its context lacks
/// (which would fill in as nothing), and a layout that drops the plots' read-out script.
@Suite struct TemplateVariablesTests {
    @Test("The built-in templates use only names their contexts have (the schema matches PageContext)")
    func builtIns() {
        for (name, bytes) in [
            ("layout", PackageResources.layout_mustache), ("index", PackageResources.index_mustache),
            ("lesson", PackageResources.lesson_mustache), ("print", PackageResources.print_mustache),
        ] {
            #expect(TemplateVariables.problems(in: String(decoding: bytes, as: UTF8.self), name: name) == [], "\(name)")
        }
    }

    @Test("A misspelt name is a warning at its tag, with the name meant; sections, dots and transforms resolve")
    func misspelt() throws {
        let template = """
            <h1>{{lesson.titel}}</h1>{{{lesson.body}}}
            {{#previous}}<a href="{{url}}">{{titl}} {{site.strings.previous}}</a>{{/previous}}
            {{^next}}{{.}}{{/next}}{{uppercased(lesson.slug)}}{{naem}}{{! {{comment}} }}{{=<% %>=}}<%site.titlee%>
            """
        let problems = TemplateVariables.problems(in: template, name: "lesson")
        #expect(
            problems.map { "\($0.location): \($0.message)" } == [
                "1:7: 'lesson.titel' is not a name of the lesson template's context, so it would fill in as nothing; did you mean 'title'?",
                "2:34: 'titl' is not a name of the lesson template's context, so it would fill in as nothing; did you mean 'title'?",
                "3:53: 'naem' is not a name of the lesson template's context, so it would fill in as nothing",
                "3:90: 'site.titlee' is not a name of the lesson template's context, so it would fill in as nothing; did you mean 'title'?",
            ])
        #expect(problems.allSatisfy { $0.severity == .warning && $0.kind == .template })
        #expect(problems.first?.endColumn == 18)
        #expect(problems.first?.hint == "the names each template reads are listed in docs/errors.md")
        // Inside {{#lessons}} of the outline, an item's names and the outer ones resolve.
        #expect(TemplateVariables.problems(in: "{{#lessons}}{{title}}{{site.title}}{{/lessons}}", name: "index") == [])
        #expect(TemplateVariables.problems(in: "{{title}}", name: "index").count == 1)
    }

    @Test("An overriding layout without assets/plot.js warns when the course has a plot, at its </head>")
    func readOutScript() async throws {
        let content = try TemporaryFolder(), templates = try TemporaryFolder(), output = try TemporaryFolder()
        defer { content.remove(); templates.remove(); output.remove() }
        let layout = String(decoding: PackageResources.layout_mustache, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("plot.js") }.joined(separator: "\n")
        try Data(layout.utf8).write(to: templates.url.appendingPathComponent("layout.mustache"))
        try Data("---\ntitle: A\n---\nText.\n".utf8).write(to: content.url.appendingPathComponent("01-a.md"))
        let options = BuildOptions(
            contentDirectory: content.url, contentDisplayPath: "content", templatesDirectory: templates.url,
            templatesDisplayPath: "templates", outputDirectory: output.url.appendingPathComponent("_site"), jobs: 1)
        // No plot, no warning.
        #expect(try await SiteBuild.run(options).warnings.isEmpty)
        try Data("---\ntitle: A\n---\n```{plot} relu\n```\n".utf8).write(to: content.url.appendingPathComponent("01-a.md"))
        let warnings = try await SiteBuild.run(options).warnings
        #expect(
            warnings.map(\.description) == [
                "templates/layout.mustache:28:1: warning: the layout does not load 'assets/plot.js', so the plots lose their "
                    + "pointer read-out; add '<script src=\"assets/plot.js\" defer></script>' before '</head>'\n"
                    + "  hint: the read-out also reads its words from 'assets/strings.js'; load both, as the built-in layout does"
            ])
        #expect(warnings.first?.sourceLine == "</head>")
    }
}
