import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder
@testable import SiteOutput

/// Protects what a killed build leaves beside the output: the previous site it set aside
/// comes back into place with the author's files, or stays where it is (and is named)
/// when that cannot be done safely; its unfinished folders go; and the folders of a
/// build still running are never touched.
extension AtomicOutputTests {
    /// A process id that no process has: a build killed long ago.
    static func deadPID() throws -> Int32 {
        try #require(ProcessIDs.unused(), "no process id is free of a process")
    }

    /// A process id of a process that runs while the tests run: a build still busy.
    static func livePID() throws -> Int32 {
        try #require(ProcessIDs.running(), "no running process to borrow an id from")
    }

    /// Makes a folder beside `_site` holding one file, as a killed build leaves it.
    func leave(_ name: String, in workspace: OutputWorkspace) throws -> URL {
        let url = workspace.root.url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("half written".utf8).write(to: url.appendingPathComponent("assets/style.css"))
        return url
    }

    /// A process id no process has, or this process's own: a build that has made no
    /// folder yet treats both as a dead build's.
    enum Owner: String, CaseIterable, Sendable {
        case deadProcess, thisProcess

        func pid() throws -> Int32 { self == .thisProcess ? getpid() : try AtomicOutputTests.deadPID() }
    }

    @Test(
        "A previous site left aside by a build killed between its renames comes back, author's files and all",
        arguments: Owner.allCases)
    func previousSiteMovedBack(_ owner: Owner) async throws {
        let workspace = try await previousSite(), reference = try await previousSite()
        defer { workspace.remove(); reference.remove() }
        _ = try await Fixture.build("basic", into: reference.output)
        let pid = try owner.pid()
        let aside = workspace.root.url.appendingPathComponent("._site.atlas-old-\(pid)")
        try FileManager.default.moveItem(at: workspace.output, to: aside)
        let staging = try leave("._site.atlas-new-\(pid)-2", in: workspace)

        let report = try await Fixture.build("basic", into: workspace.output)
        #expect(
            report.outputWarnings == [
                "the previous site was moved back into place from '\(aside.path)', where an interrupted build had left it",
                "removed '\(staging.path)', left by an interrupted build",
            ])
        #expect(try FileTree(workspace.output).differences(from: FileTree(reference.output)) == [])
        #expect(try workspace.leftovers() == [])
    }

    @Test("The folders of a running build are never touched; a dead one's unfinished site goes, its previous site stays")
    func liveFoldersKept() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        _ = try await Fixture.build("basic", into: workspace.output)
        let (dead, live) = (try Self.deadPID(), try Self.livePID())
        let running = ["._site.atlas-new-\(live)", "._site.atlas-old-\(live)-2"]
        for name in running { _ = try leave(name, in: workspace) }
        let trees = try running.map { try FileTree(workspace.root.url.appendingPathComponent($0), withDates: true) }
        let unfinished = try leave("._site.atlas-new-\(dead)", in: workspace)
        let previous = try leave("._site.atlas-old-\(dead)", in: workspace)
        let previousTree = try FileTree(previous, withDates: true)

        let report = try await Fixture.build("basic", into: workspace.output)
        #expect(
            report.outputWarnings == [
                "removed '\(unfinished.path)', left by an interrupted build",
                "a previous site left by an interrupted build is in '\(previous.path)'; its files were carried over into "
                    + "'_site'; remove it once you have checked",
            ])
        #expect(try workspace.leftovers() == (running + [previous.lastPathComponent]).sorted())
        for (name, tree) in zip(running, trees) {
            #expect(try FileTree(workspace.root.url.appendingPathComponent(name), withDates: true).differences(from: tree) == [])
        }
        #expect(try FileTree(previous, withDates: true).differences(from: previousTree) == [])
    }

    @Test("A first build that was killed leaves only an unfinished folder: it is removed, nothing is moved back")
    func killedFirstBuild() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        let staging = try leave("._site.atlas-new-\(try Self.deadPID())", in: workspace)

        let report = try await Fixture.build("basic", into: workspace.output)
        #expect(report.outputWarnings == ["removed '\(staging.path)', left by an interrupted build"])
        #expect(Set(TemporaryFolder.files(in: workspace.output)) == Self.generated)
        #expect(try workspace.leftovers() == [])
    }

    @Test("With no output and two previous sites aside, the build cannot tell which is the site: it stops, moving nothing")
    func twoPreviousSites() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        let dead = try Self.deadPID()
        let first = try leave("._site.atlas-old-\(dead)", in: workspace)
        let second = try leave("._site.atlas-old-\(dead)-2", in: workspace)
        _ = try leave("._site.atlas-new-\(dead)", in: workspace)
        let before = try FileTree(workspace.root.url, withDates: true)
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output)
        } throws: { error in
            (error as? BuildError)?.description == "error: _site: is missing, and 2 previous sites set aside by builds "
                + "are beside it ('\(first.path)', '\(second.path)'); move the one to keep to '_site' and remove the others"
        }
        #expect(try FileTree(workspace.root.url, withDates: true).differences(from: before) == [])
    }

    @Test("A previous site that cannot be moved back stops the build, and stays where it is")
    func previousSiteStuck() async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        let aside = workspace.root.url.appendingPathComponent("._site.atlas-old-\(try Self.deadPID())")
        try FileManager.default.moveItem(at: workspace.output, to: aside)
        let before = try FileTree(workspace.root.url, withDates: true)
        await #expect {
            _ = try await Fixture.build(
                "basic", into: workspace.output, operations: .failingRename(to: "_site", from: "._site.atlas-old"))
        } throws: { error in
            (error as? BuildError)?.description == "error: _site: is missing, and the previous site that an interrupted "
                + "build left in '\(aside.path)' cannot be moved back (Permission denied); move it to '_site' by hand"
        }
        #expect(try FileTree(workspace.root.url, withDates: true).differences(from: before) == [])
    }

    @Test("A dead build's folder that cannot be removed is a warning; the build succeeds")
    func leftoverNotRemovable() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        _ = try await Fixture.build("basic", into: workspace.output)
        let staging = try leave("._site.atlas-new-\(try Self.deadPID())", in: workspace)
        let operations = FileOperations.live.failingRemove(of: staging)
        let report = try await Fixture.build("basic", into: workspace.output, operations: operations)
        #expect(
            report.outputWarnings == [
                "could not remove '\(staging.path)', left by an interrupted build (Operation not permitted); remove it by hand"
            ])
        #expect(try workspace.leftovers() == [staging.lastPathComponent])
    }

    @Test("Names that only look like a build's folders, and files or links with a build's name, are left alone")
    func lookalikesKept() async throws {
        let workspace = try OutputWorkspace(), elsewhere = try TemporaryFolder()
        defer { workspace.remove(); elsewhere.remove() }
        _ = try await Fixture.build("basic", into: workspace.output)
        let dead = try Self.deadPID()
        let folders = [
            "._site.atlas-new-\(dead)x", "._site.atlas-tmp-\(dead)", "._other.atlas-new-\(dead)", "._site.atlas-new-\(dead)-2-3",
            "._site.atlas-new--\(dead)", "_site.atlas-new-\(dead)",
        ]
        for name in folders { _ = try leave(name, in: workspace) }
        try Data("a file".utf8).write(to: workspace.root.url.appendingPathComponent("._site.atlas-old-\(dead)"))
        try FileManager.default.createSymbolicLink(
            atPath: workspace.root.url.appendingPathComponent("._site.atlas-new-\(dead)").path,
            withDestinationPath: elsewhere.url.path)
        try Data("kept".utf8).write(to: elsewhere.url.appendingPathComponent("kept.txt"))
        let before = try FileTree(workspace.root.url)

        let report = try await Fixture.build("basic", into: workspace.output)
        #expect(report.outputWarnings == [])
        #expect(try FileTree(workspace.root.url).differences(from: before) == [])
        #expect(Fixture.read(elsewhere.url.appendingPathComponent("kept.txt")) == "kept")
    }
}
