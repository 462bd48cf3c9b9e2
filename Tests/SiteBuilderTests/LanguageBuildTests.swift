import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects issue 15's languages: `languages: [en, zh]` builds the first language at the
/// top of the output and each further one from its content folder into its own folder,
/// in one install; every page links its counterparts and switches to the same lesson.
@Suite struct LanguageBuildTests {
    /// A two-language course: alpha in both, beta in English only, gamma a Chinese draft.
    static func course(_ workspace: CacheWorkspace) throws {
        try workspace.put("title: Course\nlanguages: [en, zh]\n", at: "site.yaml")
        let alpha = "---\ntitle: Alpha\n---\n\n## First\n\nAlpha words.\n"
        try workspace.put(alpha, at: "01-alpha.md")
        try workspace.put("---\ntitle: Beta\n---\n\nBeta words, see [alpha](01-alpha.md#first).\n", at: "02-beta.md")
        try workspace.put("title: 课程\ndescription: 中文的课程。\n", at: "zh/site.yaml")
        // Marked as following the English, so that the build has no warning of it.
        try workspace.put(
            "---\ntitle: 阿尔法\ntranslation_of: \(Translations.digest(of: alpha))\n---\n\n## 第一节\n\n阿尔法的内容。\n",
            at: "zh/01-alpha.md")
        try workspace.put("---\ntitle: 伽马\ndraft: true\n---\n\n草稿。\n", at: "zh/03-gamma.md")
    }

    @Test("Each language's pages in its folder, with its own words, assets, search and outline")
    func layout() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try Self.course(workspace)
        let outcome = await workspace.build()
        #expect(outcome.messages.isEmpty)
        #expect(outcome.report?.lessonCount == 3)
        let files = Set(TemporaryFolder.files(in: workspace.output))
        for path in [
            "alpha.html", "beta.html", "index.html", "zh/alpha.html", "zh/index.html", "zh/assets/style.css",
            "zh/assets/search-index.js", "zh/assets/strings.js", "zh/print.html",
        ] {
            #expect(files.contains(path), "\(path)")
        }
        #expect(!files.contains("zh/beta.html") && !files.contains("zh/gamma.html"))
        let chinese = Fixture.read(workspace.output.appendingPathComponent("zh/alpha.html"))
        #expect(chinese.contains("<html lang=\"zh\">") && chinese.contains(">跳到正文</a>"))
        #expect(chinese.contains("<title>阿尔法 · 课程</title>"))
        #expect(Fixture.read(workspace.output.appendingPathComponent("zh/index.html")).contains("中文的课程。"))
        #expect(Fixture.read(workspace.output.appendingPathComponent("zh/assets/search-index.js")).contains("第一节"))
        #expect(!Fixture.read(workspace.output.appendingPathComponent("assets/search-index.js")).contains("第一节"))
    }

    @Test("The switcher and hreflang links land on the same lesson, or on the outline saying it is not translated")
    func switcher() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try Self.course(workspace)
        _ = await workspace.build()
        func page(_ path: String) -> String { Fixture.read(workspace.output.appendingPathComponent(path)) }
        #expect(page("alpha.html").contains("<link rel=\"alternate\" hreflang=\"zh\" href=\"zh/alpha.html\">"))
        #expect(page("zh/alpha.html").contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../alpha.html\">"))
        #expect(
            page("alpha.html").contains(
                "<li><a href=\"alpha.html\" hreflang=\"en\" lang=\"en\" aria-current=\"page\">English</a></li>\n"
                    + "<li><a href=\"zh/alpha.html\" hreflang=\"zh\" lang=\"zh\">中文</a></li>"))
        // Beta has no translation: the link goes to the Chinese outline and says so, in the page's language.
        #expect(
            page("beta.html").contains(
                "<li><a href=\"zh/index.html\" hreflang=\"zh\" lang=\"zh\">中文</a> "
                    + "<span class=\"language-note\">(not translated yet: the outline)</span></li>"))
        #expect(!page("beta.html").contains("rel=\"alternate\""))
        #expect(page("zh/index.html").contains("<a href=\"../index.html\" hreflang=\"en\" lang=\"en\">English</a>"))
        // Every switcher link leads to a page that exists: two on each of the five pages.
        var checked = 0
        for path in ["alpha.html", "beta.html", "index.html", "zh/alpha.html", "zh/index.html"] {
            let folder = (path as NSString).deletingLastPathComponent
            // Each switcher link is `<a href="TARGET" hreflang=…`: the text before each ` hreflang=`, after its `href="`.
            for piece in page(path).components(separatedBy: "\" hreflang=").dropLast() {
                guard let start = piece.range(of: "<a href=\"", options: .backwards) else { continue }
                let target = piece[start.upperBound...]
                let resolved = URL(fileURLWithPath: workspace.output.appendingPathComponent(folder).path)
                    .appendingPathComponent(String(target)).standardizedFileURL
                #expect(FileManager.default.fileExists(atPath: resolved.path), "\(path) → \(target)")
                checked += 1
            }
        }
        #expect(checked == 10)
    }

    @Test("A one-language site has no switcher; languages' mistakes are errors that say what to do")
    func problems() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try workspace.put("---\ntitle: Alpha\n---\n\nWords.\n", at: "01-alpha.md")
        try workspace.put("title: Course\n", at: "site.yaml")
        _ = await workspace.build()
        #expect(!Fixture.read(workspace.output.appendingPathComponent("alpha.html")).contains("language-switcher"))
        try workspace.put("language: de\nlanguages: [en, zh, en, 'x y']\n", at: "site.yaml")
        var outcome = await workspace.build()
        #expect(outcome.messages.count == 1)
        let lines = outcome.messages.first?.split(separator: "\n").map(String.init) ?? []
        #expect(lines.count == 4)
        #expect(
            lines.contains(
                "failed: content/site.yaml:1:1: error: 'language: de' contradicts 'languages', whose first, the default, is 'en'; keep one of the two"
            ))
        #expect(
            lines.contains(
                "content/site.yaml:1:1: error: 'languages' names 'zh', but there is no folder 'content/zh' for its lessons; make it (it may start empty) or take 'zh' out of 'languages'"
            ))
        #expect(lines.contains("content/site.yaml:2:1: error: 'languages' names 'en' twice"))
        #expect(lines.contains("content/site.yaml:2:1: error: 'x y' in 'languages' is no language code; write codes such as en, zh, pt-BR"))
        try workspace.put("languages: zh\n", at: "site.yaml")
        outcome = await workspace.build()
        #expect(
            outcome.messages == [
                "failed: content/site.yaml:1:1: error: 'languages' must be a list of language codes, e.g. '[en, zh]'"
            ])
        // A broken template is one error, not one per language.
        try workspace.put("languages: [en, zh]\n", at: "site.yaml")
        try workspace.put("---\ntitle: 甲\n---\n\n字。\n", at: "zh/01-alpha.md")
        try workspace.put("{{#site}}", at: "index.mustache", in: workspace.templates)
        outcome = await workspace.build()
        let templateErrors = outcome.messages.first?.split(separator: "\n").filter { $0.contains("index.mustache") } ?? []
        #expect(templateErrors.count == 1, "\(outcome.messages)")
        workspace.delete("index.mustache", in: workspace.templates)
        try workspace.put("title: 课程\nbase_url: https://example.org/\n", at: "zh/site.yaml")
        outcome = await workspace.build()
        let zhLines = outcome.messages.first?.split(separator: "\n").map(String.init) ?? []
        #expect(
            zhLines.contains(
                "content/zh/site.yaml:2:1: error: 'base_url' is set for every language in the top site.yaml; a language's own site.yaml sets only author, description, title"
            ))
    }

    @Test("An edit to a translation redoes that lesson only; the result equals a cold build")
    func incremental() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try Self.course(workspace)
        _ = await workspace.build()
        let again = await workspace.build()
        #expect(again.report?.work.renderedLessons == 0 && again.report?.work.wroteNothing == true)
        try workspace.put("---\ntitle: 阿尔法\n---\n\n## 第一节\n\n新的内容。\n", at: "zh/01-alpha.md")
        let edited = await workspace.build()
        #expect(edited.report?.work.renderedLessons == 1)
        let (_, cold) = try await workspace.coldBuild()
        let built = TemporaryFolder.files(in: workspace.output), fresh = TemporaryFolder.files(in: cold)
        #expect(built == fresh)
        for path in built {
            #expect(
                Fixture.read(workspace.output.appendingPathComponent(path)) == Fixture.read(cold.appendingPathComponent(path)),
                "\(path)")
        }
        // A translation added: the English page's switcher now lands on it.
        try workspace.put("---\ntitle: 贝塔\n---\n\n贝塔。\n", at: "zh/02-beta.md")
        _ = await workspace.build()
        #expect(Fixture.read(workspace.output.appendingPathComponent("beta.html")).contains("href=\"zh/beta.html\""))
    }

    @Test("A translation has a page when its front matter has a title and is no draft, read before any lesson is parsed")
    func hasPage() {
        #expect(LanguageLinks.hasPage("---\ntitle: 阿尔法\norder: 2\n---\n\nText."))
        #expect(LanguageLinks.hasPage("---\r\ntitle: A\r\ndraft: false\r\n...\r\n"))
        #expect(!LanguageLinks.hasPage("---\ntitle: A\ndraft: true\n---\n"))
        #expect(!LanguageLinks.hasPage("---\ntitle:\n---\n"))
        #expect(!LanguageLinks.hasPage("---\nsummary: no title\n---\ntitle: in the body\n"))
        #expect(!LanguageLinks.hasPage("No front matter.\ntitle: A\n"))
        #expect(!LanguageLinks.hasPage("---\ntitle: never closed\n"))
    }

    /// `hasPage` reads one line at a time; this is the rule it keeps, written as it first
    /// was: the text split into its first 201 pieces, the last the rest of the text.
    static func hasPageBySplitting(_ text: String) -> Bool {
        func trimmed<S: StringProtocol>(_ text: S) -> String {
            String(text.drop { " \t\r".contains($0) }.reversed().drop { " \t\r".contains($0) }.reversed())
        }
        guard text.hasPrefix("---") else { return false }
        var hasTitle = false
        for line in text.utf8.split(separator: 0x0A, maxSplits: 200, omittingEmptySubsequences: false).dropFirst().prefix(200) {
            let line = trimmed(String(decoding: line, as: UTF8.self))
            if line == "---" || line == "..." { return hasTitle }
            if line.hasPrefix("title:"), !trimmed(line.dropFirst(6)).isEmpty { hasTitle = true }
            if line.hasPrefix("draft:"), trimmed(line.dropFirst(6)) == "true" { return false }
        }
        return false
    }

    @Test("hasPage answers as splitting the text into lines did: 3,000 random front matters, and closings around line 200")
    func hasPageAgreesWithSplitting() {
        // Lines that neither close the front matter nor make it a draft, so that many texts
        // reach the 200th line, where the rest of the text is read as one.
        let lines = ["title: A", "title:", " title:  B ", "draft: false", "--- x", "order: 2", "", "\r", "title: C\r", "x: 中文"]
        let closings = ["---", "...", "--- ", "draft: true", "---\r"]
        var generator = SeededGenerator(seed: 15)
        var agreed = 0
        for _ in 0..<3_000 {
            var body = (0..<Int.random(in: 0...260, using: &generator)).map { _ in lines.randomElement(using: &generator)! }
            if Bool.random(using: &generator) {
                body.insert(closings.randomElement(using: &generator)!, at: Int.random(in: 0...body.count, using: &generator))
            }
            let first = ["---", "---\r", "--- x", "x"].randomElement(using: &generator)!
            let text = ([first] + body).joined(separator: "\n") + (Bool.random(using: &generator) ? "\n" : "")
            #expect(LanguageLinks.hasPage(text) == Self.hasPageBySplitting(text), "\(text.prefix(200))")
            agreed += LanguageLinks.hasPage(text) ? 1 : 0
        }
        // A closing line around the 200th, where the old reading took the rest of the text
        // as one line, so that a closing there with text after it closed nothing.
        for position in 195...205 {
            for closing in closings {
                let text = (["---", "title: A"] + Array(repeating: "order: 2", count: position - 2) + [closing, "after"])
                    .joined(separator: "\n")
                #expect(LanguageLinks.hasPage(text) == Self.hasPageBySplitting(text), "closing on line \(position)")
            }
        }
        // Both answers occur, so the comparison is not of one constant with another.
        #expect(agreed > 100 && agreed < 2_900)
    }
}
