import AtlasDiagnostics
import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects issue 15's "translations that do not fall behind": each lesson's state in
/// each language, the build's warnings and where they point.
@Suite struct TranslationsTests {
    static let sigmoid = "---\ntitle: The sigmoid\n---\nSquashes.\n"
    static let tanh = "---\ntitle: Tanh\n---\nZero-centred.\n"

    /// A Chinese lesson marked with `mark` (no line when nil).
    static func chinese(_ title: String, mark: String?) -> String {
        "---\ntitle: \(title)\n" + (mark.map { "translation_of: \($0)\n" } ?? "") + "---\n正文。\n"
    }

    static func make(
        originals: [(fileName: String, text: String)], zh: [(fileName: String, text: String)], content: String = "Content"
    ) -> Translations {
        Translations(defaultLanguage: "en", contentDisplayPath: content, originals: originals, translations: [("zh", zh)])
    }

    @Test("The digest is the first 12 hex digits of the original's ContentDigest")
    func digest() {
        #expect(Translations.digest(of: "hello") == "029bbd41b3a7")
        #expect(Translations.digest(of: Self.sigmoid).count == 12)
        #expect(Translations.digest(of: Self.sigmoid) != Translations.digest(of: Self.sigmoid + " "))
    }

    @Test("Current, behind, unmarked and missing, by file name; files without an original apart")
    func states() {
        let digest = Translations.digest(of: Self.sigmoid)
        let translations = Self.make(
            originals: [
                ("03-tanh.md", Self.tanh), ("02-sigmoid.md", Self.sigmoid), ("04-relu.md", "---\ntitle: ReLU\ndraft: true\n---\n"),
            ],
            zh: [
                ("02-sigmoid.md", Self.chinese("sigmoid 函数", mark: digest.uppercased())),
                ("03-tanh.md", Self.chinese("双曲正切", mark: "000000000000")),
                ("04-relu.md", Self.chinese("ReLU", mark: nil)),
                ("09-extra.md", Self.chinese("另一课", mark: digest)),
            ])
        #expect(translations.lessons.map(\.fileName) == ["02-sigmoid.md", "03-tanh.md", "04-relu.md"])
        #expect(translations.lessons.map { $0.translations.map(\.state) } == [[.current], [.behind], [.unmarked]])
        #expect(translations.lessons[1].translations[0].markLine == 3)
        #expect(translations.lessons[1].translations[0].displayPath == "Content/zh/03-tanh.md")
        #expect(translations.withoutOriginal == [.init(language: "zh", fileName: "09-extra.md", displayPath: "Content/zh/09-extra.md")])
        #expect(translations.count(.current, in: "zh") == 1 && translations.count(.missing, in: "zh") == 0)
        #expect(!translations.allCurrent)
        #expect(translations.unmarked.map(\.fileName) == ["04-relu.md"])

        let missing = Self.make(originals: [("02-sigmoid.md", Self.sigmoid)], zh: [])
        #expect(
            missing.lessons[0].translations == [
                .init(language: "zh", fileName: "02-sigmoid.md", displayPath: "Content/zh/02-sigmoid.md", state: .missing)
            ])
        let current = Self.make(originals: [("02-sigmoid.md", Self.sigmoid)], zh: [("02-sigmoid.md", Self.chinese("S", mark: digest))])
        #expect(current.allCurrent && current.warnings.isEmpty)
    }

    @Test("Warnings: behind at its translation_of line, unmarked at line 1, a mark in an original where it is")
    func warnings() {
        let translations = Self.make(
            originals: [
                ("02-sigmoid.md", Self.sigmoid), ("03-tanh.md", "---\ntitle: Tanh\ntranslation_of: 0123456789ab\n---\n"),
                ("04-relu.md", "---\ntitle: ReLU\n---\n"),
            ],
            zh: [("02-sigmoid.md", Self.chinese("sigmoid 函数", mark: "0123456789ab")), ("03-tanh.md", Self.chinese("双曲正切", mark: nil))])
        #expect(
            translations.warnings.sorted().map(\.description) == [
                "Content/03-tanh.md:3:1: warning: 'translation_of' marks a translation, but this lesson is in the default "
                    + "language 'en'; remove the line",
                "Content/zh/02-sigmoid.md:3:1: warning: the original 'Content/02-sigmoid.md' changed since this translation "
                    + "was marked; update the translation, then run 'atlas translations --mark zh/02-sigmoid.md'",
                "Content/zh/03-tanh.md:1:1: warning: this translation does not say which version of 'Content/03-tanh.md' it "
                    + "follows; once it says what the original says, run 'atlas translations --mark zh/03-tanh.md'",
            ])
        #expect(translations.warnings.allSatisfy { $0.diagnostic.severity == .warning && $0.diagnostic.kind == .frontMatterField })
        // Another content folder is named in the command.
        let elsewhere = Self.make(originals: [("02-sigmoid.md", Self.sigmoid)], zh: [("02-sigmoid.md", Self.sigmoid)], content: "course")
        #expect(
            elsewhere.warnings.map(\.description) == [
                "course/zh/02-sigmoid.md:1:1: warning: this translation does not say which version of 'course/02-sigmoid.md' it "
                    + "follows; once it says what the original says, run 'atlas translations --content course --mark zh/02-sigmoid.md'"
            ])
    }

    @Test("atlas build warns of translations behind their originals, and with --strict fails")
    func build() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try workspace.put("languages: [en, zh]\n", at: "site.yaml")
        try workspace.put(Self.sigmoid, at: "02-sigmoid.md")
        try workspace.put(Self.tanh, at: "03-tanh.md")
        try workspace.put(Self.chinese("sigmoid 函数", mark: Translations.digest(of: Self.sigmoid)), at: "zh/02-sigmoid.md")
        try workspace.put(Self.chinese("双曲正切", mark: Translations.digest(of: Self.tanh)), at: "zh/03-tanh.md")
        var outcome = await workspace.build()
        #expect(outcome.messages.isEmpty)
        try workspace.put(Self.tanh + "More.\n", at: "03-tanh.md")
        outcome = await workspace.build()
        #expect(
            outcome.messages == [
                "content/zh/03-tanh.md:3:1: warning: the original 'content/03-tanh.md' changed since this translation was "
                    + "marked; update the translation, then run 'atlas translations --content content --mark zh/03-tanh.md'"
            ])
        var options = workspace.options(output: workspace.output, cached: true)
        options.strict = true
        await #expect(throws: BuildError.self) { try await SiteBuild.run(options) }
    }

    @Test("Translations.load reads the course as the build does; a language without a folder has every lesson missing")
    func load() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try workspace.put("languages: [en, zh, ja]\n", at: "site.yaml")
        try workspace.put(Self.sigmoid, at: "02-sigmoid.md")
        try workspace.put(Self.chinese("sigmoid 函数", mark: Translations.digest(of: Self.sigmoid)), at: "zh/02-sigmoid.md")
        let (translations, problems) = try await Translations.load(
            contentDirectory: workspace.content, displayPath: "content", jobs: 2)
        #expect(problems.isEmpty)
        #expect(translations.defaultLanguage == "en" && translations.languages == ["zh", "ja"])
        #expect(translations.lessons[0].translations.map(\.state) == [.current, .missing])
    }
}
