import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder
@testable import SiteOutput

/// Protects DESIGN §4 "a build that fails leaves the previous `_site` as it was": the
/// site is written beside the output and swapped in, so no failure leaves a mix.
@Suite struct AtomicOutputTests {
    /// The basic course built into `_site`, with files the generator did not write, and
    /// two generated files changed so that the next build rewrites them: a build that
    /// wrote in place would leave a mix of old and new when it fails halfway.
    func previousSite() async throws -> OutputWorkspace {
        let workspace = try OutputWorkspace()
        _ = try await Fixture.build("basic", into: workspace.output)
        try workspace.put("/* the previous stylesheet */", at: "assets/style.css")
        try workspace.put("<p>the previous intro</p>", at: "intro.html")
        try workspace.put("my notes", at: "notes.txt")
        try workspace.put("deep", at: "sub/deeper/kept.txt")
        try FileManager.default.createSymbolicLink(
            atPath: workspace.output.appendingPathComponent("elsewhere").path, withDestinationPath: "/no/such/target")
        return workspace
    }

    @Test("A build with content errors leaves every file, byte and date of the previous output, and nothing beside it")
    func contentError() async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        let before = try FileTree(workspace.output, withDates: true)
        let errors = await Fixture.contentErrors(content: Fixture.content("broken"), output: workspace.output)
        #expect(errors.count == 5)
        #expect(try FileTree(workspace.output, withDates: true).differences(from: before) == [])
        #expect(try workspace.leftovers() == [])
    }

    /// Where a build fails while it writes, with the message it must give.
    enum WriteFailure: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case newPage = "writing a changed page"
        case unchangedFile = "linking an unchanged file"
        case keptFile = "keeping a file the generator did not write"
        case swap = "renaming the new site into place"
        case swapByRenames = "renaming the new site into place where names cannot be exchanged"

        var testDescription: String { rawValue }

        var operations: FileOperations {
            switch self {
            case .newPage: .failing(at: "intro.html")
            case .unchangedFile: .failing(at: "dot.png")
            case .keptFile: .failing(at: "kept.txt")
            case .swap: .failingRename(to: "_site", from: "._site.atlas-new")
            case .swapByRenames: FileOperations.failingRename(to: "_site", from: "._site.atlas-new").withoutExchange()
            }
        }

        var message: String {
            switch self {
            case .newPage:
                "error: _site/intro.html: cannot write (No space left on device); the previous site is as it was"
            case .unchangedFile:
                "error: _site/assets/img/dot.png: cannot write (No space left on device); the previous site is as it was"
            case .keptFile:
                "error: _site/sub/deeper/kept.txt: cannot keep this file in the new site (No space left on device); "
                    + "the previous site is as it was"
            case .swap, .swapByRenames:
                "error: _site: cannot move the new site into place (Permission denied); the previous site is as it was"
            }
        }
    }

    @Test(
        "A build that fails while writing leaves the previous output as it was and removes its unfinished copy",
        arguments: WriteFailure.allCases)
    func writeFailure(_ failure: WriteFailure) async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        let before = try FileTree(workspace.output, withDates: true)
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output, operations: failure.operations)
        } throws: { error in
            (error as? BuildError)?.description == failure.message
        }
        #expect(try FileTree(workspace.output, withDates: true).differences(from: before) == [])
        #expect(try workspace.leftovers() == [])
    }

    @Test("A first build that fails while writing leaves no output folder and nothing beside it")
    func firstBuildFailure() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output, operations: .failing(at: "index.html"))
        } throws: { error in
            (error as? BuildError)?.description
                == "error: _site/index.html: cannot write (No space left on device); nothing was written"
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
        #expect(try workspace.leftovers() == [])
    }

    @Test("When, with two renames, neither the new site nor the old can be renamed into place, the message says where the old one is")
    func rollbackFailure() async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        let before = try FileTree(workspace.output)
        let aside = workspace.root.url.appendingPathComponent("._site.atlas-old-\(ProcessInfo.processInfo.processIdentifier)")
        await #expect {
            _ = try await Fixture.build(
                "basic", into: workspace.output, operations: FileOperations.failingRename(to: "_site").withoutExchange())
        } throws: { error in
            (error as? BuildError)?.description == "error: _site: cannot move the new site into place (Permission denied), "
                + "nor the previous one back (Permission denied); the previous site is in '\(aside.path)'"
        }
        #expect(try FileTree(aside).differences(from: before) == [])
        #expect(try workspace.leftovers() == [aside.lastPathComponent], "only the previous site, never the unfinished one")
    }

    /// How the swap went: by one exchange (Linux), or by two renames, which leave the
    /// previous site under different hidden names.
    enum SwapKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case exchange = "one exchange"
        case renames = "two renames"

        var testDescription: String { rawValue }

        /// The kinds this system can do: there is no exchange but on Linux.
        static var available: [SwapKind] {
            #if os(Linux)
            allCases
            #else
            [.renames]
            #endif
        }

        var operations: FileOperations { self == .exchange ? .live : FileOperations.live.withoutExchange() }

        /// Where the previous site is between the swap and its removal.
        var previousSiteName: String {
            let pid = ProcessInfo.processInfo.processIdentifier
            return self == .exchange ? "._site.atlas-new-\(pid)" : "._site.atlas-old-\(pid)"
        }
    }

    @Test(
        "A previous site that cannot be removed after the swap is a warning: the new site is in place",
        arguments: SwapKind.available)
    func previousSiteLeftBehind(_ kind: SwapKind) async throws {
        let workspace = try await previousSite()
        defer { workspace.remove() }
        let previous = workspace.root.url.appendingPathComponent(kind.previousSiteName)
        let operations = kind.operations.failingRemove(of: previous)
        let report = try await Fixture.build("basic", into: workspace.output, operations: operations)
        #expect(
            report.outputWarnings == [
                "the previous site could not be removed from '\(previous.path)' (Operation not permitted); remove it by hand"
            ])
        #expect(try workspace.leftovers() == [kind.previousSiteName])
        #expect(Fixture.read(previous.appendingPathComponent("notes.txt")) == "my notes", "it is the previous site")
        #expect(FileManager.default.fileExists(atPath: workspace.output.appendingPathComponent("index.html").path))
    }

    @Test("A file where the output folder should be is refused, and kept")
    func outputIsAFile() async throws {
        let workspace = try OutputWorkspace()
        defer { workspace.remove() }
        try Data("not a folder".utf8).write(to: workspace.output)
        await #expect {
            _ = try await Fixture.build("basic", into: workspace.output)
        } throws: { error in
            (error as? BuildError)?.description
                == "error: _site: is not a folder; move it away or choose another output folder"
        }
        #expect(Fixture.read(workspace.output) == "not a folder")
        #expect(try workspace.leftovers() == [])
    }
}
