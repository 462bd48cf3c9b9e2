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

/// Pins the message of each way a build can fail to make, examine or swap its folders:
/// it names the folder and the system's reason, and the previous output stays as it was.
extension AtomicOutputTests {
    /// The real operations, except that `operation` fails with `code` on every path
    /// whose last component starts with `prefix`.
    static func failing(_ operation: WritableKeyPath<FileOperations, @Sendable (DiskPath) throws -> Void>, at prefix: String, code: Int32)
        -> FileOperations
    {
        var operations = FileOperations.live
        let live = FileOperations.live[keyPath: operation]
        operations[keyPath: operation] = { url in
            if url.lastPathComponent.hasPrefix(prefix) { throw SystemCallError(call: "test", code: code) }
            try live(url)
        }
        return operations
    }

    static var pid: Int32 { ProcessInfo.processInfo.processIdentifier }

    @Test(
        "A folder that cannot be made or a previous site that cannot be set aside stops the build",
        arguments: [
            (
                "making the folder beside the output", failing(\.makeDirectory, at: "._site.atlas-new", code: EACCES),
                "error: _site: cannot create a folder beside it to build into (Permission denied); the previous site is as it was"
            ),
            (
                "finding every name beside the output taken", failing(\.makeDirectory, at: "._site.atlas-new", code: EEXIST),
                "error: _site: every name for a folder to build into beside it is taken; remove the old '.atlas-new' folders"
            ),
            (
                "making a folder of the new site", failing(\.makeDirectory, at: "assets", code: ENOSPC),
                "error: _site/assets: cannot create the folder (No space left on device); the previous site is as it was"
            ),
        ])
    func folderNotMade(_ name: String, operations: FileOperations, message: String) async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        let before = try FileTree(workspace.output, withDates: true)
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output, operations: operations)
        } throws: { error in
            (error as? BuildError)?.description == message
        }
        #expect(try FileTree(workspace.output, withDates: true).differences(from: before) == [], "\(name)")
        #expect(try workspace.leftovers() == [], "\(name)")
    }

    @Test("A previous site that cannot be renamed aside stays in place, and the new one is removed")
    func asideRefused() async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        let before = try FileTree(workspace.output, withDates: true)
        var operations = FileOperations.live
        let live = FileOperations.live
        // The two-rename swap, as on a file system that cannot exchange two names.
        operations.exchange = { _, _ in throw ExchangeUnsupported(code: nil) }
        operations.rename = { source, destination in
            if destination.lastPathComponent.hasPrefix("._site.atlas-old") { throw SystemCallError(call: "rename", code: EBUSY) }
            try live.rename(source, destination)
        }
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output, operations: operations)
        } throws: { error in
            (error as? BuildError)?.description
                == "error: _site: cannot move the previous site aside (Device or resource busy); it is as it was"
        }
        #expect(try FileTree(workspace.output, withDates: true).differences(from: before) == [])
        #expect(try workspace.leftovers() == [])
    }

    @Test("An unfinished site that cannot be removed is named in the message, so the author can remove it")
    func unfinishedLeftBehind() async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        var operations = FileOperations.failing(at: "intro.html")
        operations.remove = { url in throw SystemCallError(call: "rmdir", code: EPERM) }
        let staging = OutputLocation.realPath(workspace.root.url) + "/._site.atlas-new-\(Self.pid)"
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output, operations: operations)
        } throws: { error in
            (error as? BuildError)?.description
                == "error: _site/intro.html: cannot write (No space left on device); the previous site is as it was; "
                + "remove the unfinished site in '\(staging)' (Operation not permitted)"
        }
        #expect(try workspace.leftovers() == ["._site.atlas-new-\(Self.pid)"])
    }

    @Test(
        "An output path that cannot be a folder is an error before anything is written",
        arguments: [
            // A file where a folder on the way should be.
            ("notes.txt/_site", "error: _site: cannot examine the output folder (Not a directory)"),
            // A symbolic link to nowhere on the way: the folder it stands for cannot be made.
            ("dangling/sub/_site", "error: _site: cannot create the folder it goes in (File exists)"),
        ])
    func outputPathBroken(_ output: String, message: String) async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        try Data("notes".utf8).write(to: workspace.root.url.appendingPathComponent("notes.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: workspace.root.url.appendingPathComponent("dangling").path, withDestinationPath: "/no/such/folder")
        let before = try FileTree(workspace.root.url, withDates: true)
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.root.url.appendingPathComponent(output))
        } throws: { error in
            (error as? BuildError)?.description == message
        }
        #expect(try FileTree(workspace.root.url, withDates: true).differences(from: before) == [])
    }

    @Test("A content folder that cannot be listed is an error naming it")
    func contentFolderMissing() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        await #expect {
            _ = try await SiteBuild.run(
                BuildOptions(
                    contentDirectory: workspace.root.url.appendingPathComponent("Content"), contentDisplayPath: "Content",
                    templatesDirectory: nil, templatesDisplayPath: "Templates", outputDirectory: workspace.output, jobs: 1))
        } throws: { error in
            (error as? BuildError)?.description == "error: Content: cannot read the content folder (No such file or directory)"
        }
        #expect(try workspace.leftovers() == [])
    }

    @Test(
        "A folder of the previous site that cannot be read or examined stops the build",
        .enabled(if: geteuid() != 0, "root reads and examines any folder"),
        arguments: [
            (
                0o000 as Int16,
                "error: _site/sub: cannot read the folder to keep its files (Permission denied); "
                    + "the previous site is as it was"
            ),
            (0o444, "error: _site/sub/deeper: cannot examine it to keep it (Permission denied); the previous site is as it was"),
        ])
    func previousFolderUnreadable(_ permissions: Int16, message: String) async throws {
        let workspace = try await previousSite()
        let sub = workspace.output.appendingPathComponent("sub")
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sub.path)
            workspace.remove()
        }
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: sub.path)
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output)
        } throws: { error in
            (error as? BuildError)?.description == message
        }
        #expect(try workspace.leftovers() == [])
    }

    @Test("With every name to set the previous site aside taken, the build stops and changes nothing")
    func everyAsideNameTaken() async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        let pid = getpid()
        for attempt in 1...100 {
            let name = "._site.atlas-old-\(pid)" + (attempt > 1 ? "-\(attempt)" : "")
            try FileManager.default.createDirectory(
                at: workspace.root.url.appendingPathComponent(name), withIntermediateDirectories: false)
        }
        let before = try FileTree(workspace.root.url, withDates: true)
        var operations = FileOperations.live
        // The two-rename swap, as on a file system that cannot exchange two names.
        operations.exchange = { _, _ in throw ExchangeUnsupported(code: nil) }
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output, operations: operations)
        } throws: { error in
            (error as? BuildError)?.description == "error: _site: every name for setting the previous site aside beside it "
                + "is taken; the previous site is as it was; remove the old '.atlas-old' folders once you have checked them"
        }
        #expect(try FileTree(workspace.root.url, withDates: true).differences(from: before) == [])
    }

    @Test(
        "A folder beside the output that cannot be listed is a warning: leftovers are not looked for",
        .enabled(if: geteuid() != 0, "root lists any folder"))
    func besideUnlistable() async throws {
        let workspace = try OutputWorkspace()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: workspace.root.url.path)
            workspace.remove()
        }
        // Write and search, but no read: folders can be made and renamed, not listed.
        try FileManager.default.setAttributes([.posixPermissions: 0o300], ofItemAtPath: workspace.root.url.path)
        let report = try await Fixture.build("basic", into: workspace.output)
        #expect(
            report.outputWarnings == [
                "could not look beside '_site' for folders left by interrupted builds (Permission denied)"
            ])
    }
}
