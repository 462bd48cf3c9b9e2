import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects the folders a build must never replace: a build swaps out its whole output
/// folder, so an output that is (or holds) the lessons, the templates or the home folder
/// is refused before anything is read or written; and so is an output in the content
/// folder's `assets/`, which the next build would copy back in. Any other folder inside
/// the content or templates folder is a fine output: the build never reads it.
extension AtomicOutputTests {
    @Test(
        "Building into the content folder, the templates folder or a folder holding them is refused",
        arguments: [
            ("content", "output folder 'content' is the content folder; choose a folder of its own, e.g. '--output _site'"),
            (
                "content/../content",
                "output folder 'content/../content' is the content folder; choose a folder of its own, e.g. '--output _site'"
            ),
            ("link-to-content", "output folder 'link-to-content' is the content folder; choose a folder of its own, e.g. '--output _site'"),
            (".", "output folder '.' contains the content folder 'content'; choose a folder of its own, e.g. '--output _site'"),
            (
                "theme/templates",
                "output folder 'theme/templates' is the templates folder; choose a folder of its own, e.g. '--output _site'"
            ),
            (
                "theme",
                "output folder 'theme' contains the templates folder 'theme/templates'; choose a folder of its own, e.g. '--output _site'"
            ),
            (
                "theme/templates/../..",
                "output folder 'theme/templates/../..' contains the content folder 'content'; choose a folder of its own, e.g. '--output _site'"
            ),
        ])
    func refusedOutput(_ output: String, message: String) async throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let content = root.url.appendingPathComponent("content"), templates = root.url.appendingPathComponent("theme/templates")
        try FileManager.default.copyItem(at: Fixture.content("basic"), to: content)
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: root.url.appendingPathComponent("link-to-content").path, withDestinationPath: "content")
        let before = try FileTree(root.url, withDates: true)
        await #expect {
            _ = try await SiteBuild.run(
                BuildOptions(
                    contentDirectory: content, contentDisplayPath: "content", templatesDirectory: templates,
                    templatesDisplayPath: "theme/templates", outputDirectory: root.url.appendingPathComponent(output), jobs: 1,
                    outputDisplayPath: output, clean: true))
        } throws: { error in
            guard let error = error as? BuildError, case .unsafeOutput = error else { return false }
            return error.description == "error: " + message
        }
        #expect(try FileTree(root.url, withDates: true).differences(from: before) == [])
    }

    @Test(
        "An output in the content folder's assets, which every build copies, is refused, through a link too",
        arguments: [
            (
                "content/assets/_site",
                "output folder 'content/assets/_site' lies inside the assets folder 'content/assets', "
                    + "which every build copies into the site; choose a folder of its own, e.g. '--output _site'"
            ),
            (
                "content/assets",
                "output folder 'content/assets' is the assets folder 'content/assets', "
                    + "which every build copies into the site; choose a folder of its own, e.g. '--output _site'"
            ),
            (
                "link-to-content/assets/_site",
                "output folder 'link-to-content/assets/_site' lies inside the assets folder "
                    + "'content/assets', which every build copies into the site; choose a folder of its own, e.g. '--output _site'"
            ),
            (
                "link-into-content",
                "output folder 'link-into-content' is the assets folder 'content/assets', "
                    + "which every build copies into the site; choose a folder of its own, e.g. '--output _site'"
            ),
            (
                "link-into-content/img/_site",
                "output folder 'link-into-content/img/_site' lies inside the assets folder "
                    + "'content/assets', which every build copies into the site; choose a folder of its own, e.g. '--output _site'"
            ),
        ])
    func outputInAssets(_ output: String, message: String) async throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let content = root.url.appendingPathComponent("content"), templates = root.url.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Fixture.content("basic"), to: content)
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: false)
        for (link, target) in [("link-to-content", "content"), ("link-into-content", "content/assets")] {
            try FileManager.default.createSymbolicLink(
                atPath: root.url.appendingPathComponent(link).path, withDestinationPath: target)
        }
        let before = try FileTree(root.url, withDates: true)
        await #expect {
            _ = try await SiteBuild.run(
                BuildOptions(
                    contentDirectory: content, contentDisplayPath: "content", templatesDirectory: templates,
                    templatesDisplayPath: "templates", outputDirectory: root.url.appendingPathComponent(output), jobs: 1,
                    outputDisplayPath: output))
        } throws: { error in
            guard let error = error as? BuildError, case .unsafeOutput = error else { return false }
            return error.description == "error: " + message
        }
        #expect(try FileTree(root.url, withDates: true).differences(from: before) == [])
    }

    @Test("A site built inside its content folder is not read back in: a rebuild leaves it exactly as it was")
    func outputInsideContent() async throws {
        let root = try TemporaryFolder(), reference = try OutputWorkspace()
        defer { root.remove(); reference.remove() }
        let content = root.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixture.content("basic"), to: content)
        let expected = try await Fixture.build("basic", into: reference.output)
        let options = BuildOptions(
            contentDirectory: content, contentDisplayPath: "content", templatesDirectory: nil,
            templatesDisplayPath: "templates", outputDirectory: content.appendingPathComponent("_site"), jobs: 1,
            outputDisplayPath: "content/_site")

        let first = try await SiteBuild.run(options)
        #expect(first.writtenFiles == expected.writtenFiles)
        let site = try FileTree(content.appendingPathComponent("_site"), withDates: true)
        #expect(try FileTree(content.appendingPathComponent("_site")).differences(from: FileTree(reference.output)) == [])
        // A killed build's unfinished site beside the output, holding a lesson and an asset.
        let leftover = content.appendingPathComponent("._site.atlas-new-\(try Self.deadPID())")
        try FileManager.default.createDirectory(at: leftover.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("---\ntitle: Ghost\n---\nBoo.\n".utf8).write(to: leftover.appendingPathComponent("99-ghost.md"))
        try Data("boo".utf8).write(to: leftover.appendingPathComponent("assets/ghost.txt"))

        let second = try await SiteBuild.run(options)
        #expect(second.writtenFiles == expected.writtenFiles)
        #expect(second.lessonCount == first.lessonCount)
        #expect(second.outputWarnings == ["removed '\(leftover.path)', left by an interrupted build"])
        #expect(try FileTree(content.appendingPathComponent("_site"), withDates: true).differences(from: site) == [])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: content.path).sorted()
                == (try FileManager.default.contentsOfDirectory(atPath: Fixture.content("basic").path) + ["_site"]).sorted())
    }
}
