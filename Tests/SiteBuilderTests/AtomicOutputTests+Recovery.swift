import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder
@testable import SiteOutput

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Protects the author's files in a previous site set aside by a killed build: no build
/// writes a fresh site while it sits aside, none deletes it, a folder with this
/// process's own id is a leftover like any other, and two builds recovering it at once
/// both succeed.
extension AtomicOutputTests {
    /// The previous site moved to `._site.atlas-old-{pid}`, leaving no `_site`: a build
    /// killed between its two renames.
    private func setAside(_ workspace: OutputWorkspace, pid: Int32) throws -> URL {
        let aside = workspace.root.url.appendingPathComponent("._site.atlas-old-\(pid)")
        try FileManager.default.moveItem(at: workspace.output, to: aside)
        return aside
    }

    @Test("A previous site set aside under a running process id stops the build, and comes back once that process ends")
    func liveAsideStops() async throws {
        let workspace = try await previousSite(), reference = try await previousSite()
        defer { workspace.remove(); reference.remove() }
        _ = try await Fixture.build("basic", into: reference.output)
        let aside = try setAside(workspace, pid: try Self.livePID())
        let before = try FileTree(workspace.root.url, withDates: true)
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output)
        } throws: { error in
            (error as? BuildError)?.description == "error: _site: is missing, and the previous site is in '\(aside.path)', "
                + "set aside by a build that still runs; another build may be swapping it in; retry, or move it to "
                + "'_site' if no build is running"
        }
        #expect(try FileTree(workspace.root.url, withDates: true).differences(from: before) == [])

        // The process ends (here: the folder is renamed to an id no process has).
        let dead = workspace.root.url.appendingPathComponent("._site.atlas-old-\(try Self.deadPID())")
        try FileManager.default.moveItem(at: aside, to: dead)
        let report = try await Fixture.build("basic", into: workspace.output)
        #expect(
            report.outputWarnings == [
                "the previous site was moved back into place from '\(dead.path)', where an interrupted build had left it"
            ])
        #expect(try FileTree(workspace.output).differences(from: FileTree(reference.output)) == [])
        #expect(try workspace.leftovers() == [])
    }

    @Test("A running build's previous site beside a dead one: the build stops, naming both, and moves nothing")
    func liveAndDeadAsideStop() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        let dead = try leave("._site.atlas-old-\(try Self.deadPID())", in: workspace)
        let live = try leave("._site.atlas-old-\(try Self.livePID())", in: workspace)
        let (first, second) = dead.path < live.path ? (dead, live) : (live, dead)
        let before = try FileTree(workspace.root.url, withDates: true)
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output)
        } throws: { error in
            (error as? BuildError)?.description == "error: _site: is missing, and 2 previous sites set aside by builds "
                + "are beside it ('\(first.path)', '\(second.path)'); another build may be swapping one in; retry, or "
                + "move the one to keep to '_site' and remove the others"
        }
        #expect(try FileTree(workspace.root.url, withDates: true).differences(from: before) == [])
    }

    @Test("A dead build's previous site beside the output is never deleted: every build names it until it is removed")
    func deadAsideKept() async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        let aside = try leave("._site.atlas-old-\(try Self.deadPID())", in: workspace)
        try Data("only here".utf8).write(to: aside.appendingPathComponent("author-notes.txt"))
        let tree = try FileTree(aside, withDates: true)
        let warning =
            "a previous site left by an interrupted build is in '\(aside.path)'; its files were carried over "
            + "into '_site'; remove it once you have checked"
        for _ in 1...2 {
            let report = try await Fixture.build("basic", into: workspace.output)
            #expect(report.outputWarnings == [warning])
        }
        #expect(try FileTree(aside, withDates: true).differences(from: tree) == [])
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

    @Test("A build whose move back is beaten by another build's succeeds, and leaves the warning to the other")
    func concurrentMoveBack() async throws {
        let workspace = try await previousSite(), reference = try await previousSite()
        defer { workspace.remove(); reference.remove() }
        _ = try await Fixture.build("basic", into: reference.output)
        let aside = try setAside(workspace, pid: try Self.deadPID())
        var operations = FileOperations.live
        operations.rename = { source, destination in
            if source.path == aside.path {
                try FileOperations.live.rename(source, destination)  // the other build, first
            }
            try FileOperations.live.rename(source, destination)
        }
        let report = try await Fixture.build("basic", into: workspace.output, operations: operations)
        #expect(report.outputWarnings == [])
        #expect(try FileTree(workspace.output).differences(from: FileTree(reference.output)) == [])
        #expect(try workspace.leftovers() == [])
    }

    @Test("A dead build's folder that another build removes first is no warning")
    func concurrentRemove() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        _ = try await Fixture.build("basic", into: workspace.output)
        let staging = try leave("._site.atlas-new-\(try Self.deadPID())", in: workspace)
        var operations = FileOperations.live
        operations.remove = { url in
            if url.path == staging.path {
                try FileOperations.live.remove(url)  // the other build, first
            }
            try FileOperations.live.remove(url)
        }
        let report = try await Fixture.build("basic", into: workspace.output, operations: operations)
        #expect(report.outputWarnings == [])
        #expect(try workspace.leftovers() == [])
    }
}
