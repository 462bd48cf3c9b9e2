import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// The hover previews' files with the cache: a preview file needs its lesson's body even
/// when that lesson's page is unchanged, and then reads it from the cache, or renders the
/// lesson again when the cache cannot give it.
extension IncrementalBuildTests {
    @Test("A new link into an unchanged lesson remakes its preview from the cached body", arguments: [false, true])
    func previewOfUnchangedLesson(damaged: Bool) async throws {
        let workspace = try course()
        defer { workspace.remove() }
        _ = await workspace.build()
        let preview = workspace.output.appendingPathComponent("assets/previews/beta.js")
        #expect(!Fixture.read(preview).contains("part-one"))
        if damaged {
            for path in TemporaryFolder.files(in: workspace.cache) where path.contains("/packs/") {
                try Data("damaged".utf8).write(to: workspace.cache.appendingPathComponent(path))
            }
        }
        try workspace.put(
            Self.lessonA.replacingOccurrences(of: "Some prose.", with: "Some prose, [part one](02-beta.md#part-one)."),
            at: "01-alpha.md")
        let outcome = await workspace.build()
        // Alpha changed; Beta's page did not, but its preview now holds the new heading.
        #expect(outcome.report?.work.renderedPages == 1)
        #expect(outcome.report?.work.renderedLessons == (damaged ? 2 : 1))
        #expect(Fixture.read(preview).contains("\"sections\":{\"part-one\":\"Part one\"}"))
        try await expectCold(workspace, outcome)
    }
}
