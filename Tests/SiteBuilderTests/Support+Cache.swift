import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// A content folder, a templates folder, an output with its cache beside it, and a
/// cold output, in one temporary folder: what the cache tests build and compare.
struct CacheWorkspace {
    let folder: TemporaryFolder
    var content: URL { folder.url.appendingPathComponent("content") }
    var templates: URL { folder.url.appendingPathComponent("templates") }
    var output: URL { folder.url.appendingPathComponent("_site") }
    var cache: URL { folder.url.appendingPathComponent(".atlas-cache") }

    init() throws {
        folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    }

    func remove() { folder.remove() }

    /// Writes `text` at `path` in the content folder, making folders as needed.
    func put(_ text: String, at path: String, in root: URL? = nil) throws {
        let url = (root ?? content).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func delete(_ path: String, in root: URL? = nil) {
        try? FileManager.default.removeItem(at: (root ?? content).appendingPathComponent(path))
    }

    func options(output: URL, cached: Bool, clean: Bool = true) -> BuildOptions {
        var options = BuildOptions(
            contentDirectory: content, contentDisplayPath: "content", templatesDirectory: templates,
            templatesDisplayPath: "templates", outputDirectory: output, jobs: 2, outputDisplayPath: "_site", clean: clean)
        options.cacheDirectory = cached ? cache : nil
        return options
    }

    /// Each lesson's object in the cache as the state names it: the pack's path in the
    /// cache folder and the span, in the order of the lessons.
    func objectLocations() throws -> [(pack: String, location: ObjectLocation)] {
        let files = TemporaryFolder.files(in: cache)
        let statePath = try #require(files.first { $0.hasSuffix("/state") })
        let bytes = Array(try Data(contentsOf: cache.appendingPathComponent(statePath)))
        let state = try #require(CacheFile.open(bytes, as: CacheState.self))
        let folder = String(statePath.dropLast("state".count))
        return state.lessons.map { (folder + "packs/" + $0.object.packName, $0.object) }
    }

    /// The build with the cache into `_site`.
    func build(clean: Bool = true) async -> Outcome {
        await Outcome(options(output: output, cached: true, clean: clean))
    }

    /// A cold build: no cache, into a fresh folder, which it returns with the outcome.
    func coldBuild() async throws -> (Outcome, URL) {
        let fresh = folder.url.appendingPathComponent("cold-\(UUID().uuidString)")
        return (await Outcome(options(output: fresh, cached: false)), fresh)
    }

    /// A build's result, comparable: the report's warnings, or the errors.
    struct Outcome {
        var report: BuildReport?
        var messages: [String]

        init(_ options: BuildOptions) async {
            do {
                let report = try await SiteBuild.run(options)
                self.report = report
                messages = (report.warnings.map(\.description) + report.outputWarnings)
            } catch {
                messages = ["failed: " + error.description]
            }
        }
    }
}
