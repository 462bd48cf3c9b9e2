import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects whole builds with the install's spare (the site the last build replaced, kept
/// in the cache): a killed build's leftover that shares files with the output, and a
/// cache of another atlas with its own spare, never make a build fail or redo its work.
extension IncrementalBuildTests {
    private func twoBuilds(_ workspace: CacheWorkspace) async throws {
        try workspace.put("title: Spare\n", at: "site.yaml")
        try workspace.put("---\ntitle: One\n---\n\nFirst words.\n", at: "01-one.md")
        try workspace.put("---\ntitle: Two\n---\n\nSecond words.\n", at: "02-two.md")
        _ = await workspace.build()
        try workspace.put("---\ntitle: One\n---\n\nFirst words, edited.\n", at: "01-one.md")
        _ = await workspace.build()
    }

    /// The spare folder of the workspace's cache (one site, one atlas version).
    private func spare(_ workspace: CacheWorkspace) throws -> URL {
        let version = try #require(
            try FileManager.default.contentsOfDirectory(atPath: workspace.cache.path).first { $0.count == 32 })
        let versionFolder = workspace.cache.appendingPathComponent(version)
        let site = try #require(try FileManager.default.contentsOfDirectory(atPath: versionFolder.path).first)
        return versionFolder.appendingPathComponent(site).appendingPathComponent("spare")
    }

    @Test("A spare left under a dead build's staging name is tidied away before the build looks at the output")
    func killedWithSpareClaimed() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try await twoBuilds(workspace)
        // As if a build was killed right after it renamed the spare to its staging name.
        let leftover = workspace.folder.url.appendingPathComponent("._site.atlas-new-999999")
        try FileManager.default.moveItem(at: try spare(workspace), to: leftover)
        let outcome = await workspace.build()
        #expect(outcome.messages == ["removed '\(leftover.path)', left by an interrupted build"])
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        // And the next build with nothing changed writes nothing.
        let again = await workspace.build()
        #expect(again.report?.work.wroteNothing == true)
    }

    @Test("Another atlas's cache, with a spare sharing files with the output, is removed before the output is looked at")
    func otherVersionWithSpare() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try await twoBuilds(workspace)
        // This atlas's folder as another atlas's: its spare shares files with the output.
        let ours = try spare(workspace).deletingLastPathComponent().deletingLastPathComponent()
        let foreign = workspace.cache.appendingPathComponent(String(repeating: "ab", count: 16))
        try FileManager.default.moveItem(at: ours, to: foreign)
        let first = await workspace.build()
        #expect(first.report?.work.parsedLessons == 2)
        #expect(!FileManager.default.fileExists(atPath: foreign.path))
        let again = await workspace.build()
        #expect(again.report?.work.wroteNothing == true)
    }
}
