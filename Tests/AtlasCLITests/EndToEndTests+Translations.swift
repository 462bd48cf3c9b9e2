import AtlasTestSupport
import Foundation
import Testing

/// Protects `atlas translations` (issue 15, point 4): the list of each lesson's state in
/// each language, its exit status, and `--mark`, which writes one line of a translation.
extension EndToEndTests {
    /// `Content/` in a fresh folder: `languages: [en, zh]`, three English lessons, two
    /// of them translated (neither marked), and a Chinese lesson without an original.
    func translatedCourse() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let files = [
            "site.yaml": "languages: [en, zh]\n",
            "01-intro.md": "---\ntitle: Intro\n---\nHello.\n",
            "02-sigmoid.md": "---\ntitle: The sigmoid\n---\nSquashes.\n",
            "03-tanh.md": "---\ntitle: Tanh\n---\nZero-centred.\n",
            "zh/01-intro.md": "---\ntitle: 引言\n---\n你好。\n",
            "zh/02-sigmoid.md": "---\ntitle: sigmoid 函数\nsummary: 压缩。 # 注\n---\n压缩。\n",
            "zh/09-extra.md": "---\ntitle: 附录\n---\n",
        ]
        for (path, text) in files {
            let url = folder.url.appendingPathComponent("Content").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test("atlas translations lists each lesson's state and sums it up; --strict exits 1 unless all are current")
    func translationsList() throws {
        let folder = try translatedCourse()
        defer { folder.remove() }
        let list = try AtlasProcess.run(["translations"], in: folder.url)
        #expect(list.status == 0 && list.standardError.isEmpty)
        #expect(
            list.standardOutput == """
                lesson         zh
                01-intro.md    unmarked
                02-sigmoid.md  unmarked
                03-tanh.md     missing
                09-extra.md    no original
                3 lessons, zh: 2 unmarked, 1 missing, 1 without an original

                """)
        let strict = try AtlasProcess.run(["translations", "--strict"], in: folder.url)
        #expect(strict.status == 1)
        #expect(strict.standardError == "error: not every lesson has a current translation in every language (--strict)\n")
        let json = try AtlasProcess.run(["translations", "--format", "json"], in: folder.url)
        #expect(json.status == 0)
        #expect(
            json.standardOutput
                == #"{"default": "en", "languages": ["zh"], "lessons": [{"file": "01-intro.md", "digest": "1cdfd13070bc", "#
                + #""translations": {"zh": "unmarked"}}, {"file": "02-sigmoid.md", "digest": "0ce908d24272", "translations": "#
                + #"{"zh": "unmarked"}}, {"file": "03-tanh.md", "digest": "3b7024d459de", "translations": {"zh": "missing"}}], "#
                + #""without_original": [{"language": "zh", "file": "09-extra.md"}]}"# + "\n")
    }

    @Test("atlas translations --mark writes one line, the rest of the file byte for byte; the build then warns no more")
    func translationsMark() throws {
        let folder = try translatedCourse()
        defer { folder.remove() }
        let chinese = folder.url.appendingPathComponent("Content/zh/02-sigmoid.md")
        let before = try #require(FileManager.default.contents(atPath: chinese.path))
        let build = try AtlasProcess.run(["build"], in: folder.url)
        #expect(build.status == 0)
        #expect(
            build.standardError == """
                Content/zh/01-intro.md:1:1: warning: this translation does not say which version of 'Content/01-intro.md' it follows; once it says what the original says, run 'atlas translations --mark zh/01-intro.md'
                    1 | ---
                      | ^
                Content/zh/02-sigmoid.md:1:1: warning: this translation does not say which version of 'Content/02-sigmoid.md' it follows; once it says what the original says, run 'atlas translations --mark zh/02-sigmoid.md'
                    1 | ---
                      | ^

                """)

        let mark = try AtlasProcess.run(["translations", "--mark", "Content/zh/02-sigmoid.md"], in: folder.url)
        #expect(mark.status == 0, "\(mark.standardError)")
        #expect(
            mark.standardOutput
                == "Content/zh/02-sigmoid.md: marked as following Content/02-sigmoid.md (translation_of: 0ce908d24272)\n")
        let after = try #require(FileManager.default.contents(atPath: chinese.path))
        let line = Data("translation_of: 0ce908d24272\n".utf8)
        let closing = try #require(before.range(of: Data("---\n压缩".utf8)))
        #expect(after == before[..<closing.lowerBound] + line + before[closing.lowerBound...])

        let all = try AtlasProcess.run(["translations", "--mark", "--all"], in: folder.url)
        #expect(all.standardOutput == "Content/zh/01-intro.md: marked as following Content/01-intro.md (translation_of: 1cdfd13070bc)\n")
        #expect(
            try AtlasProcess.run(["translations", "--mark", "--all"], in: folder.url).standardOutput
                == "No translation without a mark: nothing to do\n")
        #expect(
            try AtlasProcess.run(["translations", "--mark", "zh/02-sigmoid.md"], in: folder.url).standardOutput
                == "Content/zh/02-sigmoid.md: current already\n")
        #expect(try AtlasProcess.run(["build"], in: folder.url).standardError.isEmpty)

        // The original changes: behind, at the mark's line.
        try Data("---\ntitle: The sigmoid\n---\nSquashes, slowly.\n".utf8).write(
            to: folder.url.appendingPathComponent("Content/02-sigmoid.md"))
        #expect(
            try AtlasProcess.run(["build"], in: folder.url).standardError
                == "Content/zh/02-sigmoid.md:4:1: warning: the original 'Content/02-sigmoid.md' changed since this translation "
                + "was marked; update the translation, then run 'atlas translations --mark zh/02-sigmoid.md'\n"
                + "    4 | translation_of: 0ce908d24272\n      | ^\n")
        let list = try AtlasProcess.run(["translations"], in: folder.url)
        #expect(list.standardOutput.hasSuffix("3 lessons, zh: 1 current, 1 behind, 1 missing, 1 without an original\n"))
    }

    @Test(
        "atlas translations: usage errors exit 2 with the reason",
        arguments: [
            (["translations", "--mark"], "error: '--mark' needs the translations to mark, e.g. 'zh/02-sigmoid.md', or '--all'"),
            (
                ["translations", "--mark", "--all", "zh/01-intro.md"],
                "error: '--all' marks every unmarked translation; pass it or paths, not both"
            ),
            (
                ["translations", "--mark", "--all", "--format", "json"],
                "error: '--format' and '--strict' are for the list; leave them out with '--mark'"
            ),
            (["translations", "zh/01-intro.md"], "error: paths and '--all' name translations to mark; add '--mark'"),
            (
                ["translations", "--content", "NoSuchFolder"],
                "error: content folder 'NoSuchFolder' does not exist; create it or pass --content DIR"
            ),
            (
                ["translations", "--mark", "zh/09-extra.md"],
                "error: 'Content/zh/09-extra.md' has no original: there is no 'Content/09-extra.md'; "
                    + "give the translation the file name of the lesson it translates"
            ),
        ])
    func translationsUsage(_ arguments: [String], message: String) throws {
        let folder = try translatedCourse()
        defer { folder.remove() }
        let result = try AtlasProcess.run(arguments, in: folder.url)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix(message + "\n"), "\(result.standardError)")
    }

    @Test("atlas translations on a site of one language, and on a lesson that cannot be read")
    func translationsEdges() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try Data("---\ntitle: A\n---\n".utf8).write(to: content.appendingPathComponent("01-a.md"))
        let one = try AtlasProcess.run(["translations"], in: folder.url)
        #expect(one.status == 0)
        #expect(one.standardOutput == "1 lesson; 'languages' in 'Content/site.yaml' names no language to translate them into\n")
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A]).write(to: content.appendingPathComponent("02-b.md"))
        let unreadable = try AtlasProcess.run(["translations"], in: folder.url)
        #expect(unreadable.status == 1)
        #expect(unreadable.standardError.hasPrefix("Content/02-b.md:2:"), "\(unreadable.standardError)")
    }
}
