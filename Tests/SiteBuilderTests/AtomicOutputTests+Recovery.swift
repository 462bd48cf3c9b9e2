import AtlasTestSupport
import Foundation
import Testing
@testable import SiteBuilder

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Protects the author's files in a previous site set aside by a killed build: a folder
/// with this process's own id is a leftover like any other, unless another build of
/// this process holds it.
extension AtomicOutputTests {
    /// The previous site moved to `._site.atlas-old-{pid}`, leaving no `_site`: a build
    /// killed between its two renames.
    private func setAside(_ workspace: OutputWorkspace, pid: Int32) throws -> URL {
        let aside = workspace.root.url.appendingPathComponent("._site.atlas-old-\(pid)")
        try FileManager.default.moveItem(at: workspace.output, to: aside)
        return aside
    }

    @Test("Folders with this process's id are an earlier process's leftovers: the previous site comes back, the rest goes")
    func ownPIDLeftovers() async throws {
        let workspace = try await previousSite(), reference = try await previousSite()
        defer { workspace.remove(); reference.remove() }
        _ = try await Fixture.build("basic", into: reference.output)
        let aside = try setAside(workspace, pid: getpid())
        let staging = try leave("._site.atlas-new-\(getpid())", in: workspace)

        let report = try await Fixture.build("basic", into: workspace.output)
        #expect(report.outputWarnings == [
            "the previous site was moved back into place from '\(aside.path)', where an interrupted build had left it",
            "removed '\(staging.path)', left by an interrupted build",
        ])
        #expect(try FileTree(workspace.output).differences(from: FileTree(reference.output)) == [])
        #expect(try workspace.leftovers() == [])
    }

    @Test("The folders another build of this process holds are never touched")
    func claimedFoldersKept() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        _ = try await Fixture.build("basic", into: workspace.output)
        let held = try ["._site.atlas-new-\(getpid())-7", "._site.atlas-old-\(getpid())-7"].map { try leave($0, in: workspace) }
        for url in held { #expect(SiblingClaims.shared.claim(url)) }
        defer { for url in held { SiblingClaims.shared.release(url) } }
        let trees = try held.map { try FileTree($0, withDates: true) }

        let report = try await Fixture.build("basic", into: workspace.output)
        #expect(report.outputWarnings == [])
        for (url, tree) in zip(held, trees) {
            #expect(try FileTree(url, withDates: true).differences(from: tree) == [])
        }
    }
}
