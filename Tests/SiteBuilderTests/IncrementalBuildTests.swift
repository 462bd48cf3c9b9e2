import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder
@testable import SiteOutput

/// Protects issue 12's incremental builds: nothing that did not change is parsed,
/// drawn, rendered or written again, and the output is always a cold build's.
@Suite struct IncrementalBuildTests {
    static let lessonA = """
        ---
        title: Alpha
        ---

        # Alpha

        Some prose. See {ref}`02-beta.md#fig-beta` and {lesson}`beta`.

        ```{plot} sigmoid
        :x: -3 3
        :derivative:
        :name: fig-alpha
        ```

        ```{table} relu
        :x: -1 0 1
        ```

        """
    static let lessonB = """
        ---
        title: Beta
        ---

        ## Part one

        Back to [alpha](01-alpha.md#alpha), {eval}`tanh(1)`.

        ```{plot} tanh
        :x: -2 2
        :name: fig-beta
        ```

        """

    func course() throws -> CacheWorkspace {
        let workspace = try CacheWorkspace()
        try workspace.put(Self.lessonA, at: "01-alpha.md")
        try workspace.put(Self.lessonB, at: "02-beta.md")
        try workspace.put("title: Cache course\n", at: "site.yaml")
        return workspace
    }

    @Test("A build with nothing changed parses, draws and writes nothing, and leaves every time alone")
    func nothingChanged() async throws {
        let workspace = try course()
        defer { workspace.remove() }
        let first = await workspace.build()
        #expect(first.report?.work.parsedLessons == 2)
        let output = try FileTree(workspace.output, withDates: true)
        let cache = try FileTree(workspace.cache, withDates: true)
        let folderDate = try FileManager.default.attributesOfItem(atPath: workspace.output.path)[.modificationDate] as? Date

        let second = await workspace.build()
        #expect(second.messages == first.messages)
        #expect(
            second.report?.work
                == BuildWork(parsedLessons: 0, renderedLessons: 0, drawnDirectives: 0, renderedPages: 0, wroteNothing: true))
        #expect(try FileTree(workspace.output, withDates: true).differences(from: output) == [])
        #expect(try FileTree(workspace.cache, withDates: true).differences(from: cache) == [])
        #expect(try FileManager.default.attributesOfItem(atPath: workspace.output.path)[.modificationDate] as? Date == folderDate)
        #expect(second.report?.writtenFiles == first.report?.writtenFiles)
    }

    @Test("A changed paragraph parses and renders one lesson, draws nothing, and fills one page")
    func changedProse() async throws {
        let workspace = try course()
        defer { workspace.remove() }
        _ = await workspace.build()
        try workspace.put(Self.lessonB.replacingOccurrences(of: "Back to", with: "Return to"), at: "02-beta.md")
        let outcome = await workspace.build()
        #expect(outcome.report?.work.parsedLessons == 1)
        #expect(outcome.report?.work.renderedLessons == 1)
        #expect(outcome.report?.work.drawnDirectives == 0)
        #expect(outcome.report?.work.renderedPages == 1)
        try await expectCold(workspace, outcome)
    }

    @Test("A changed plot option draws that plot alone")
    func changedPlot() async throws {
        let workspace = try course()
        defer { workspace.remove() }
        _ = await workspace.build()
        try workspace.put(Self.lessonA.replacingOccurrences(of: ":x: -3 3", with: ":x: -4 4"), at: "01-alpha.md")
        let outcome = await workspace.build()
        #expect(outcome.report?.work.drawnDirectives == 1)
        try await expectCold(workspace, outcome)
    }

    @Test("A new title reaches the lessons that show it, and only those are rendered again")
    func changedTitle() async throws {
        let workspace = try course()
        defer { workspace.remove() }
        try workspace.put("---\ntitle: Gamma\n---\n\nNo links.\n", at: "03-gamma.md")
        _ = await workspace.build()
        try workspace.put(Self.lessonB.replacingOccurrences(of: "title: Beta", with: "title: Beta, renamed"), at: "02-beta.md")
        let outcome = await workspace.build()
        // Beta itself, and Alpha, whose {ref} and {lesson} show Beta's title; Gamma's
        // page changes (its pager names Beta) but Gamma is not rendered again.
        #expect(outcome.report?.work.renderedLessons == 2)
        #expect(outcome.report?.work.parsedLessons == 2)
        #expect(outcome.report?.work.renderedPages == 3)
        try await expectCold(workspace, outcome)
    }

    @Test("A warning of a lesson taken from the cache is reported again")
    func cachedWarnings() async throws {
        let workspace = try course()
        defer { workspace.remove() }
        try workspace.put("---\ntitle: Gamma\norder: 1\n---\n\nText.\n", at: "03-gamma.md")
        try workspace.put("---\ntitle: Delta\norder: 1\n---\n\nText.\n", at: "04-delta.md")
        let first = await workspace.build()
        #expect(first.messages.count == 1)
        let second = await workspace.build()
        #expect(second.report?.work.parsedLessons == 0)
        #expect(second.messages == first.messages)
    }

    @Test("A damaged, cut or foreign cache is ignored: the build is a cold one")
    func damagedCache() async throws {
        let workspace = try course()
        defer { workspace.remove() }
        _ = await workspace.build()
        // The lessons' objects first, in their pack: a new template needs every body, and none reads.
        let objects = try workspace.objectLocations()
        #expect(objects.count == 2 && Set(objects.map(\.pack)).count == 1)
        for (index, object) in objects.enumerated() {
            let url = workspace.cache.appendingPathComponent(object.pack)
            var bytes = Array(FileManager.default.contents(atPath: url.path) ?? Data())
            // The first object's middle byte flipped; the pack cut inside the second (the
            // objects lie in the order the lessons were rendered in, on two threads).
            if index == 0 { bytes[object.location.offset + object.location.length / 2] ^= 0x5a }
            if index == 1 { bytes = Array(bytes.prefix(object.location.offset + object.location.length / 2)) }
            try Data(bytes).write(to: url)
        }
        try workspace.put("<article>{{{lesson.body}}}</article>\n", at: "lesson.mustache", in: workspace.templates)
        let rendered = await workspace.build()
        #expect(rendered.report?.work.parsedLessons == 2)
        #expect(rendered.report?.work.drawnDirectives == 3)
        try await expectCold(workspace, rendered)
        // Then every file, the state too.
        let files = TemporaryFolder.files(in: workspace.cache)
        #expect(files.contains { $0.hasSuffix("/state") })
        try damage(files, in: workspace.cache)
        try workspace.put(Self.lessonA.replacingOccurrences(of: "Some prose", with: "Other prose"), at: "01-alpha.md")
        let outcome = await workspace.build()
        #expect(outcome.report?.work.parsedLessons == 2)
        try await expectCold(workspace, outcome)
    }

    /// Cuts, flips a byte of, or replaces with another format's text each of `paths`.
    private func damage(_ paths: [String], in root: URL) throws {
        for (index, path) in paths.enumerated() {
            let url = root.appendingPathComponent(path)
            var bytes = Array(FileManager.default.contents(atPath: url.path) ?? Data())
            switch index % 3 {
            case 0: if !bytes.isEmpty { bytes[bytes.count / 2] ^= 0x5a }
            case 1: bytes = Array(bytes.prefix(bytes.count / 2))
            default: bytes = Array("atlas-cache 999\nsomething else".utf8)
            }
            try Data(bytes).write(to: url)
        }
    }

    @Test("A page touched in the output is made again")
    func touchedOutput() async throws {
        let workspace = try course()
        defer { workspace.remove() }
        _ = await workspace.build()
        try Data("edited by hand".utf8).write(to: workspace.output.appendingPathComponent("beta.html"))
        let outcome = await workspace.build()
        #expect(outcome.report?.work.renderedLessons == 0)
        #expect(outcome.report?.work.renderedPages == 1)
        try await expectCold(workspace, outcome)
    }

    @Test("A cache inside the output folder or the content's assets is refused")
    func unsafeCache() async throws {
        let workspace = try course()
        defer { workspace.remove() }
        for (folder, reason) in [
            (workspace.output.appendingPathComponent(".cache"), "lies inside the output folder '_site'"),
            (workspace.content.appendingPathComponent("assets/cache"), "lies inside the assets folder"),
            (workspace.content, "is the content folder 'content'"),
            (workspace.folder.url, "contains the output folder '_site'"),
        ] {
            var options = workspace.options(output: workspace.output, cached: true)
            options.cacheDirectory = folder
            do {
                _ = try await SiteBuild.run(options)
                Issue.record("the cache '\(folder.path)' should be refused")
            } catch {
                #expect(error.message.hasPrefix("cache folder '.atlas-cache' \(reason)"))
            }
        }
    }

    @Test("A cache that cannot be written is a warning; the site is built all the same")
    func unwritableCache() async throws {
        let workspace = try course()
        defer { workspace.remove() }
        let blocker = workspace.folder.url.appendingPathComponent("blocker")
        try Data("a file".utf8).write(to: blocker)
        var options = workspace.options(output: workspace.output, cached: true)
        options.cacheDirectory = blocker.appendingPathComponent("cache")
        let report = try await SiteBuild.run(options)
        #expect(
            report.outputWarnings == [
                "the build cache could not be written in '\(blocker.path)/cache' (Not a directory); "
                    + "the next build will redo this one's work"
            ])
        #expect(TemporaryFolder.files(in: workspace.output).contains("alpha.html"))
    }

    /// The output equals a cold build's, byte for byte, and so do the messages.
    func expectCold(
        _ workspace: CacheWorkspace, _ outcome: CacheWorkspace.Outcome, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let (cold, coldOutput) = try await workspace.coldBuild()
        #expect(outcome.messages == cold.messages, sourceLocation: sourceLocation)
        guard cold.report != nil else { return }
        #expect(
            try FileTree(workspace.output).differences(from: FileTree(coldOutput)) == [], sourceLocation: sourceLocation)
    }
}
