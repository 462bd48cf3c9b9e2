import AtlasTestSupport
import Foundation
import Testing
@testable import SiteBuilder

/// Protects error reporting: every problem of a build, sorted, and nothing written.
@Suite struct BuildErrorTests {
    @Test func allErrorsSortedAndNothingWritten() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let marker = folder.url.appendingPathComponent("previous.html")
        try Data("previous build".utf8).write(to: marker)
        do {
            _ = try await Fixture.build("broken", into: folder.url)
            Issue.record("the build should fail")
        } catch {
            guard case .content(let diagnostics) = error else {
                Issue.record("expected content errors, got \(error)")
                return
            }
            #expect(diagnostics.map(\.description) == [
                "content/01-errors.md:5:11: error: unknown activation 'sigmod'; did you mean 'sigmoid'?",
                "content/01-errors.md:8:21: error: unknown parameter 'alpah' for 'elu'; did you mean 'alpha'?",
                "content/01-errors.md:9:8: error: malformed number 'one' in ':x:'",
                "content/01-errors.md:12:5: error: unknown directive 'plott'; did you mean 'plot'?",
                "content/02-no-title.md:1:1: error: lesson has no title; start the file with front matter: '---', 'title: …', '---'",
            ])
        }
        #expect(TemporaryFolder.files(in: folder.url) == ["previous.html"])
        #expect(Fixture.read(marker) == "previous build")
    }

    @Test("Invalid UTF-8 and NUL bytes are reported on their line", arguments: [
        (Data("ok\nbad \u{FF}".utf8).map { $0 } + [0xFF], "2:1: invalid UTF-8 on this line; save the lesson as UTF-8"),
        (Array("line one\nline\u{0}two\n".utf8), "2:5: NUL byte in the lesson; save it as UTF-8 text"),
        (Array("a\n".utf8) + [0xC3], "2:1: invalid UTF-8 on this line; save the lesson as UTF-8"),
    ])
    func encoding(_ bytes: [UInt8], message: String) {
        guard case .failure(let problem) = LessonLoader.decode(Data(bytes)) else {
            Issue.record("expected a failure")
            return
        }
        #expect("\(problem.location): \(problem.message)" == message)
    }

    @Test("Slugs drop a numeric prefix", arguments: [
        ("02-sigmoid.md", "sigmoid"), ("10_relu.md", "relu"), ("intro.md", "intro"),
        ("2024.md", "2024"), ("05-leaky-relu.md", "leaky-relu"), ("3-.md", "3-"),
    ])
    func slug(_ fileName: String, expected: String) {
        #expect(LessonSource.slug(forFileName: fileName) == expected)
    }

    @Test("site.yaml problems are reported with the key's line")
    func siteConfig() {
        let (_, problems) = SiteConfig.read(yaml: "title: A\nauthr: B\nunsafe_html: sometimes\n", path: "content/site.yaml")
        #expect(problems.map(\.description) == [
            "content/site.yaml:3:1: error: 'unsafe_html' must be 'true' or 'false'",
            "content/site.yaml:2:1: error: unknown key 'authr' in site.yaml; the keys are author, description, language, title, unsafe_html",
        ])
    }
}
