import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects SiteOutput's guarantees when the cache finds nothing changed: `--clean`
/// still removes what the build did not write, and a killed build's leftovers are
/// still tidied up, even though the site itself is not written again.
extension IncrementalBuildTests {
    @Test("With --clean and nothing changed, a file the build did not write is removed, then nothing is written")
    func cleanWithNothingChanged() async throws {
        let workspace = try course()
        defer { workspace.remove() }
        _ = await workspace.build(clean: true)
        try Data("mine".utf8).write(to: workspace.output.appendingPathComponent("notes.txt"))
        let kept = await workspace.build(clean: false)
        #expect(kept.report?.work.wroteNothing == true)
        #expect(TemporaryFolder.files(in: workspace.output).contains("notes.txt"))

        let cleaned = await workspace.build(clean: true)
        #expect(cleaned.report?.work.wroteNothing == false)
        #expect(cleaned.report?.work.renderedPages == 0)
        #expect(!TemporaryFolder.files(in: workspace.output).contains("notes.txt"))
        #expect(await workspace.build(clean: true).report?.work.wroteNothing == true)
        try await expectCold(workspace, cleaned)
    }

    @Test("With nothing changed, the unfinished folder of a killed build is still removed, and said")
    func leftoversWithNothingChanged() async throws {
        let workspace = try course()
        defer { workspace.remove() }
        _ = await workspace.build()
        // A process id that no process has: the build that made the folder is dead.
        let pid = try #require(ProcessIDs.unused())
        let leftover = workspace.folder.url.appendingPathComponent("._site.atlas-new-\(pid)")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        let outcome = await workspace.build()
        #expect(outcome.report?.work.wroteNothing == true)
        #expect(outcome.messages == ["removed '\(leftover.path)', left by an interrupted build"])
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
    }

    @Test("Another atlas's cache is never read, and a build that writes the cache removes it")
    func otherVersion() async throws {
        let workspace = try course()
        defer { workspace.remove() }
        let foreign = workspace.cache.appendingPathComponent(String(repeating: "ab", count: 16))
        try workspace.put("atlas-cache 1\nnot this atlas's", at: "site/state", in: foreign)
        let outcome = await workspace.build()
        #expect(outcome.report?.work.parsedLessons == 2)
        #expect(!FileManager.default.fileExists(atPath: foreign.path))
        let files = TemporaryFolder.files(in: workspace.cache)
        // CACHEDIR.TAG, the state, one pack with the two lessons' objects and the search index's rows.
        #expect(files.contains("CACHEDIR.TAG") && files.count == 4 && files.contains { $0.hasSuffix("/search") })
        #expect(files.filter { $0.hasSuffix("/state") }.count == 1 && files.filter { $0.contains("/packs/") }.count == 1)
    }
}
