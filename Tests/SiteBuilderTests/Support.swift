import AtlasTestSupport
import Foundation
@testable import SiteBuilder

enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func content(_ name: String) -> URL {
        root.appendingPathComponent(name).appendingPathComponent("content")
    }

    /// Builds fixture `name` into `output` with `jobs` workers.
    static func build(_ name: String, into output: URL, jobs: Int = 2, templates: URL? = nil) async throws(BuildError)
        -> BuildReport
    {
        try await SiteBuild.run(BuildOptions(
            contentDirectory: content(name), contentDisplayPath: "content",
            templatesDirectory: templates, templatesDisplayPath: "templates",
            outputDirectory: output, jobs: jobs))
    }

    static func read(_ url: URL) -> String {
        String(decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self)
    }
}
