import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder
@testable import SiteOutput

enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func content(_ name: String) -> URL {
        root.appendingPathComponent(name).appendingPathComponent("content")
    }

    /// Builds fixture `name` into `output` with `jobs` workers; messages call the output `_site`.
    static func build(
        _ name: String, into output: URL, jobs: Int = 2, templates: URL? = nil, clean: Bool = false,
        operations: FileOperations = .live
    ) async throws(BuildError) -> BuildReport {
        try await SiteBuild.run(
            BuildOptions(
                contentDirectory: content(name), contentDisplayPath: "content",
                templatesDirectory: templates, templatesDisplayPath: "templates",
                outputDirectory: output, jobs: jobs, outputDisplayPath: "_site", clean: clean), operations: operations)
    }

    /// What a build of `content` reports about the content: its errors when it fails, its
    /// warnings when it succeeds; [] (with a recorded issue) when it fails otherwise.
    static func contentDiagnostics(
        content: URL, templates: URL? = nil, output: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) async -> [BuildDiagnostic] {
        do {
            return try await SiteBuild.run(
                BuildOptions(
                    contentDirectory: content, contentDisplayPath: "content", templatesDirectory: templates,
                    templatesDisplayPath: "templates", outputDirectory: output, jobs: 2)
            ).warnings
        } catch {
            if case .content(let diagnostics) = error { return diagnostics }
            Issue.record("expected content errors, got \(error)", sourceLocation: sourceLocation)
        }
        return []
    }

    /// The formatted content errors of a build, or [] (with a recorded issue) when it
    /// succeeds or fails otherwise.
    static func contentErrors(
        content: URL, templates: URL? = nil, output: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) async -> [String] {
        do {
            _ = try await SiteBuild.run(
                BuildOptions(
                    contentDirectory: content, contentDisplayPath: "content", templatesDirectory: templates,
                    templatesDisplayPath: "templates", outputDirectory: output, jobs: 2))
            Issue.record("the build should fail", sourceLocation: sourceLocation)
        } catch {
            if case .content(let diagnostics) = error { return diagnostics.map(\.description) }
            Issue.record("expected content errors, got \(error)", sourceLocation: sourceLocation)
        }
        return []
    }

    static func read(_ url: URL) -> String {
        String(decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self)
    }
}
