import AtlasTestSupport
import Foundation
import Testing

@testable import AtlasCLI

/// Protects `atlas new`: the next number, the slug, a lesson that builds with --strict
/// alone and in the shipped course, and no overwriting.
@Suite struct NewCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test(
        "Numbered one past the highest lesson, as wide as its number",
        arguments: [
            ([String](), "01-my-title.md"),
            (["site.yaml", "img", "intro.md"], "01-my-title.md"),
            (["01-why.md", "07-elu.md", "03-tanh.md", "zh"], "08-my-title.md"),
            (["7-elu.md"], "8-my-title.md"),
            (["099-x.md", "12-y.md"], "100-my-title.md"),
            (["009_x.md"], "010-my-title.md"),
            (["15-questions.md", "16-draft.txt", ".17-hidden.md", "2024.md"], "16-my-title.md"),
        ])
    func numbering(_ existing: [String], expected: String) {
        #expect(NewLesson.after(existing, title: "My title").fileName == expected)
    }

    @Test(
        "Slugs: lower-case ASCII and hyphens; without ASCII letters, lesson-NN",
        arguments: [
            ("My first lesson", "my-first-lesson"),
            ("  ReLU6 & friends: a tour!  ", "relu6-friends-a-tour"),
            ("Über-ReLU, café", "uber-relu-cafe"),
            ("激活函数", "lesson-08"),
            ("2024", "lesson-08"),
            ("GELU (高斯误差线性单元)", "gelu"),
            (String(repeating: "word ", count: 20), "word-word-word-word-word-word-word-word-word-word-word-word"),
        ])
    func slug(_ title: String, expected: String) {
        #expect(NewLesson.slug(for: title, number: "08") == expected)
    }

    @Test("A title reads back as written from its YAML")
    func quoting() {
        #expect(NewLessonText.yamlQuoted(#"He said "x: y" \ z"#) == #""He said \"x: y\" \\ z""#)
        #expect(NewLessonText.yamlQuoted("a\nb") == #""a b""#)
    }

    @Test("In a missing folder: the folder is made, 01- written, and it builds with --strict, no warning")
    func alone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let made = try AtlasProcess.run(["new", #"First "lesson": σ"#, "--content", "Course"], in: folder.url)
        #expect(made.status == 0, "\(made.standardError)")
        #expect(
            made.standardOutput
                == "Wrote Course/01-first-lesson.md: edit it, then run 'atlas build' (its page will be first-lesson.html)\n")
        let text = try String(contentsOf: folder.url.appendingPathComponent("Course/01-first-lesson.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"First \\\"lesson\\\": σ\"\n"))
        for directive in ["{plot}", "{table}", "{formula}", "{compare}", "{define}", "{eval}"] {
            #expect(text.contains(directive), "\(directive)")
        }
        let build = try AtlasProcess.run(["build", "--strict", "--content", "Course"], in: folder.url)
        #expect(build.status == 0)
        #expect(build.standardError == "")
        let page = try String(contentsOf: folder.url.appendingPathComponent("_site/first-lesson.html"), encoding: .utf8)
        #expect(page.contains("First &quot;lesson&quot;: σ") || page.contains("First \"lesson\": σ"))
        #expect(page.contains("<figure") && page.contains("<table"))
    }

    @Test("In the shipped course: numbered after the last lesson; the course still builds with --strict")
    func inShippedCourse() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Content"), to: content)
        let last = try FileManager.default.contentsOfDirectory(atPath: content.path).filter { $0.hasSuffix(".md") }.sorted().last
        let made = try AtlasProcess.run(["new", "My title"], in: folder.url)
        #expect(made.status == 0)
        let number = (last?.prefix(2)).flatMap { Int($0) }.map { String(format: "%02d", $0 + 1) } ?? "?"
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("\(number)-my-title.md").path))
        let build = try AtlasProcess.run(["build", "--strict", "--no-cache"], in: folder.url)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(build.standardError == "")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("_site/my-title.html").path))
    }

    @Test("Refusals: a slug taken, a slug of atlas's own pages, a file as the folder; nothing overwritten")
    func refusals() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try AtlasProcess.run(["new", "My title"], in: folder.url)
        #expect(first.status == 0)
        let path = folder.url.appendingPathComponent("Content/01-my-title.md")
        try Data("edited".utf8).write(to: path)
        let again = try AtlasProcess.run(["new", "My title"], in: folder.url)
        #expect(again.status == 1)
        #expect(
            again.standardError
                == "error: 'Content/01-my-title.md' has the slug 'my-title' already; choose another title, or edit that lesson\n")
        #expect(try String(contentsOf: path, encoding: .utf8) == "edited")
        let index = try AtlasProcess.run(["new", "Index"], in: folder.url)
        #expect(index.status == 1)
        #expect(
            index.standardError
                == "error: the title gives the slug 'index', the name of a page atlas makes itself; choose another title\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("Content").path) == ["01-my-title.md"])
        try Data().write(to: folder.url.appendingPathComponent("file"))
        let file = try AtlasProcess.run(["new", "X", "--content", "file"], in: folder.url)
        #expect(file.status == 2)
        #expect(file.standardError == "error: content folder 'file' is a file; pass a folder with --content DIR\n")
        let under = try AtlasProcess.run(["new", "X", "--content", "file/Content"], in: folder.url)
        #expect(under.status == 1)
        #expect(under.standardError == "error: cannot create the content folder 'file/Content'; check its parent's permissions\n")
        let empty = try AtlasProcess.run(["new", " "], in: folder.url)
        #expect(empty.status == 2)
        #expect(empty.standardError.hasPrefix("error: give the lesson's title, e.g. 'atlas new \"First lesson\"'\n"))
    }

    #if os(Linux)
    @Test("A folder that cannot be written: exit 1 and why")
    func unwritable() throws {
        // /proc/self is a folder no one can create files in, root included.
        let result = try AtlasProcess.run(["new", "X", "--content", "/proc/self"])
        #expect(result.status == 1)
        #expect(result.standardError == "error: cannot write '/proc/self/01-x.md'; check the folder's permissions\n")
    }
    #endif
}
