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

/// Protects the swap itself: on Linux the new site and the previous one trade places in
/// one exchange, so there is never an instant without an output folder; elsewhere, or
/// where the file system cannot exchange, two renames do the same with that instant.
extension AtomicOutputTests {
    #if os(Linux)
    @Test("On Linux the new site and the previous one trade places in one exchange; nothing is renamed")
    func swapByExchange() async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        let log = OperationLog()
        _ = try await Fixture.build("basic", into: workspace.output, operations: FileOperations.live.logged(in: log))
        let staging = "._site.atlas-new-\(ProcessInfo.processInfo.processIdentifier)"
        #expect(log.notes == ["exchange \(staging) _site", "remove \(staging)"])
        #expect(Fixture.read(workspace.output.appendingPathComponent("notes.txt")) == "my notes")
        #expect(Fixture.read(workspace.output.appendingPathComponent("intro.html")) != "<p>the previous intro</p>")
        #expect(try workspace.leftovers() == [])
    }
    #endif

    @Test("Where names cannot be exchanged, the swap takes two renames and gives the same site")
    func swapByRenames() async throws {
        let workspace = try await previousSite(), reference = try await previousSite()
        defer { workspace.remove(); reference.remove() }
        _ = try await Fixture.build("basic", into: reference.output)
        let log = OperationLog()
        let operations = FileOperations.live.withoutExchange().logged(in: log)

        _ = try await Fixture.build("basic", into: workspace.output, operations: operations)
        let pid = ProcessInfo.processInfo.processIdentifier
        #expect(
            log.notes == [
                "exchange ._site.atlas-new-\(pid) _site", "rename _site ._site.atlas-old-\(pid)",
                "rename ._site.atlas-new-\(pid) _site", "remove ._site.atlas-old-\(pid)",
            ])
        #expect(try FileTree(workspace.output).differences(from: FileTree(reference.output)) == [])
        #expect(try workspace.leftovers() == [])
    }

    @Test("An exchange that fails for another reason moves nothing and falls back to nothing: the previous site stays")
    func failedExchange() async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        let before = try FileTree(workspace.output, withDates: true)
        let log = OperationLog()
        var operations = FileOperations.live
        operations.exchange = { _, _ in throw SystemCallError(call: "renameat2", code: EIO) }
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output, operations: operations.logged(in: log))
        } throws: { error in
            (error as? BuildError)?.description
                == "error: _site: cannot move the new site into place (Input/output error); the previous site is as it was"
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        #expect(log.notes == ["exchange ._site.atlas-new-\(pid) _site", "remove ._site.atlas-new-\(pid)"])
        #expect(try FileTree(workspace.output, withDates: true).differences(from: before) == [])
        #expect(try workspace.leftovers() == [])
    }
}
