import AtlasDiagnostics
import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects `atlas translations --mark`: the one line it writes, every other byte of the
/// file kept, and the translations it refuses to mark.
@Suite struct TranslationMarkTests {
    static func marking(_ text: String, _ digest: String = "0123456789ab") -> String? {
        TranslationMark.marking(Array(text.utf8), digest: digest).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("A new mark is the front matter's last line; an old one is rewritten in place; the rest stays byte for byte")
    func edits() {
        #expect(Self.marking("---\ntitle: 甲\n---\n正文\n") == "---\ntitle: 甲\ntranslation_of: 0123456789ab\n---\n正文\n")
        #expect(
            Self.marking("---\ntitle: A\ntranslation_of: 'ffffffffffff'  # old\norder: 2\n---\n---\n")
                == "---\ntitle: A\ntranslation_of: 0123456789ab\norder: 2\n---\n---\n")
        // Windows line breaks kept, the new line's included; a byte order mark kept.
        #expect(Self.marking("---\r\ntitle: A\r\n...\r\nBody\r\n") == "---\r\ntitle: A\r\ntranslation_of: 0123456789ab\r\n...\r\nBody\r\n")
        #expect(
            Self.marking("\u{FEFF}---\ntitle: A\ntranslation_of: x\r\n---\nBody")
                == "\u{FEFF}---\ntitle: A\ntranslation_of: 0123456789ab\r\n---\nBody")
        #expect(Self.marking("---\n---\n") == "---\ntranslation_of: 0123456789ab\n---\n")
        // No front matter, or one not closed: nothing to mark.
        #expect(Self.marking("Text\n---\n") == nil)
        #expect(Self.marking("---\ntitle: A\n") == nil)
    }

    @Test("The mark is read as written: quotes and a comment taken off, digits kept; only at the start of a line")
    func reading() {
        func value(_ text: String) -> String? { TranslationMark.read(Array(text.utf8))?.mark?.value }
        #expect(value("---\ntranslation_of: 012345678901\n---\n") == "012345678901")
        #expect(value("---\ntranslation_of : \"0a1b2c3d4e5f\"\n---\n") == "0a1b2c3d4e5f")
        #expect(value("---\ntranslation_of: 0a1b2c3d4e5f # from May\n---\n") == "0a1b2c3d4e5f")
        #expect(value("---\n  translation_of: 0a1b2c3d4e5f\n---\n") == nil)
        #expect(value("---\ntranslation_office: x\n---\n") == nil)
        #expect(value("---\ntitle: A\n---\ntranslation_of: 0a1b2c3d4e5f\n") == nil)
        #expect(TranslationMark.read(Array("---\ntitle: A\ntranslation_of: x\n---\n".utf8))?.mark?.line == 3)
    }

    /// A course with `languages: [en, zh]`, lessons 02-sigmoid (translated, unmarked) and
    /// 03-tanh (not translated), and a Chinese lesson without an original.
    static func course() throws -> CacheWorkspace {
        let workspace = try CacheWorkspace()
        try workspace.put("languages: [en, zh]\n", at: "site.yaml")
        try workspace.put(TranslationsTests.sigmoid, at: "02-sigmoid.md")
        try workspace.put(TranslationsTests.tanh, at: "03-tanh.md")
        try workspace.put("---\r\ntitle: sigmoid 函数\r\norder: 2\r\n---\r\n正文。\r\n", at: "zh/02-sigmoid.md")
        try workspace.put("---\ntitle: 附录\n---\n", at: "zh/09-extra.md")
        return workspace
    }

    @Test("--mark writes the original's digest into the translation, and a second --mark leaves it alone")
    func markOnDisk() async throws {
        let workspace = try Self.course()
        defer { workspace.remove() }
        var (translations, _) = try await Translations.load(contentDirectory: workspace.content, displayPath: "content", jobs: 2)
        let target = try translations.translation(
            named: "zh/02-sigmoid.md", contentDirectory: workspace.content, currentDirectory: workspace.folder.url)
        let digest = Translations.digest(of: TranslationsTests.sigmoid)
        var marked = try translations.mark([target], contentDirectory: workspace.content)
        #expect(marked.map(\.changed) == [true] && marked[0].digest == digest && marked[0].original == "content/02-sigmoid.md")
        #expect(marked[0].translation.state == .current && marked[0].translation.markLine == 4)
        let file = workspace.content.appendingPathComponent("zh/02-sigmoid.md")
        #expect(Fixture.read(file) == "---\r\ntitle: sigmoid 函数\r\norder: 2\r\ntranslation_of: \(digest)\r\n---\r\n正文。\r\n")
        (translations, _) = try await Translations.load(contentDirectory: workspace.content, displayPath: "content", jobs: 2)
        #expect(translations.lessons.map { $0.translations[0].state } == [.current, .missing])
        // From the folder above the content folder, as a shell's completion gives it.
        let again = try translations.translation(
            named: "content/zh/02-sigmoid.md", contentDirectory: workspace.content, currentDirectory: workspace.folder.url)
        marked = try translations.mark([again], contentDirectory: workspace.content)
        #expect(marked.map(\.changed) == [false])
    }

    @Test("A translation without front matter is an error, and no file is written")
    func markWithoutFrontMatter() async throws {
        let workspace = try Self.course()
        defer { workspace.remove() }
        try workspace.put(TranslationsTests.tanh, at: "zh/03-tanh.md")
        try workspace.put("正文。\n", at: "zh/02-sigmoid.md")
        let (translations, _) = try await Translations.load(contentDirectory: workspace.content, displayPath: "content", jobs: 2)
        let targets = try ["zh/03-tanh.md", "zh/02-sigmoid.md"].map {
            try translations.translation(named: $0, contentDirectory: workspace.content, currentDirectory: workspace.folder.url)
        }
        #expect {
            try translations.mark(targets, contentDirectory: workspace.content)
        } throws: { error in
            (error as? BuildError)?.description
                == "content/zh/02-sigmoid.md:1:1: error: this translation has no front matter to hold 'translation_of'; "
                + "start the file with '---', 'title: …', '---'"
        }
        #expect(Fixture.read(workspace.content.appendingPathComponent("zh/03-tanh.md")) == TranslationsTests.tanh)
    }

    @Test("A translation gone since it was listed is a file-system error")
    func markVanished() async throws {
        let workspace = try Self.course()
        defer { workspace.remove() }
        let (translations, _) = try await Translations.load(contentDirectory: workspace.content, displayPath: "content", jobs: 2)
        let target = try translations.translation(
            named: "zh/02-sigmoid.md", contentDirectory: workspace.content, currentDirectory: workspace.folder.url)
        workspace.delete("zh/02-sigmoid.md")
        #expect {
            try translations.mark([target], contentDirectory: workspace.content)
        } throws: { error in
            (error as? BuildError)?.description == "error: content/zh/02-sigmoid.md: cannot read this translation; check its permissions"
        }
    }

    @Test(
        "A translation that cannot be written is a file-system error, and stays as it was",
        .enabled(if: geteuid() != 0, "root writes into any folder"))
    func markUnwritable() async throws {
        let workspace = try Self.course()
        defer { workspace.remove() }
        let folder = workspace.content.appendingPathComponent("zh")
        let (translations, _) = try await Translations.load(contentDirectory: workspace.content, displayPath: "content", jobs: 2)
        let target = try translations.translation(
            named: "zh/02-sigmoid.md", contentDirectory: workspace.content, currentDirectory: workspace.folder.url)
        let before = Fixture.read(folder.appendingPathComponent("02-sigmoid.md"))
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
        let reason = String(cString: strerror(EACCES))
        #expect {
            try translations.mark([target], contentDirectory: workspace.content)
        } throws: { error in
            (error as? BuildError)?.description
                == "error: content/zh/02-sigmoid.md: cannot write this translation (\(reason)); it is as it was"
        }
        #expect(Fixture.read(folder.appendingPathComponent("02-sigmoid.md")) == before)
    }

    @Test(
        "Paths --mark refuses, with why",
        arguments: [
            ("../outside.md", "'../outside.md' is not in the content folder 'content'; pass a translation such as 'zh/02-sigmoid.md'"),
            (
                "02-sigmoid.md",
                "'content/02-sigmoid.md' is a lesson of the default language 'en', not a translation; pass its translation, "
                    + "such as 'zh/02-sigmoid.md'"
            ),
            (
                "fr/02-sigmoid.md",
                "'content/fr/02-sigmoid.md' is not in the folder of a further language (zh); pass a translation such as 'zh/02-sigmoid.md'"
            ),
            (
                "zh/09-extra.md",
                "'content/zh/09-extra.md' has no original: there is no 'content/09-extra.md'; "
                    + "give the translation the file name of the lesson it translates"
            ),
            ("zh/10-nothing.md", "there is no translation 'content/zh/10-nothing.md'; pass a translation such as 'zh/02-sigmoid.md'"),
            (
                "zh/03-tanh.md",
                "there is no translation 'content/zh/03-tanh.md' yet; translate 'content/03-tanh.md' into it, then mark it"
            ),
        ])
    func refusals(_ path: String, message: String) async throws {
        let workspace = try Self.course()
        defer { workspace.remove() }
        let (translations, _) = try await Translations.load(contentDirectory: workspace.content, displayPath: "content", jobs: 2)
        #expect(throws: Translations.MarkRefusal(message: message)) {
            try translations.translation(named: path, contentDirectory: workspace.content, currentDirectory: workspace.folder.url)
        }
    }

    @Test("A site of one language has nothing to mark")
    func oneLanguage() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try workspace.put(TranslationsTests.sigmoid, at: "02-sigmoid.md")
        let (translations, _) = try await Translations.load(contentDirectory: workspace.content, displayPath: "content", jobs: 2)
        #expect(
            throws: Translations.MarkRefusal(
                message: "'languages' in 'content/site.yaml' names no language besides 'en', so there is no translation to mark; "
                    + "add one, e.g. 'languages: [en, zh]'")
        ) {
            try translations.translation(
                named: "zh/02-sigmoid.md", contentDirectory: workspace.content, currentDirectory: workspace.folder.url)
        }
    }
}
