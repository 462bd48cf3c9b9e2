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
    @Test("Building into the content folder, the templates folder or a folder holding them is refused", arguments: [
        ("content", "output folder 'content' is the content folder; choose a folder of its own, e.g. '--output _site'"),
        ("content/../content", "output folder 'content/../content' is the content folder; choose a folder of its own, e.g. '--output _site'"),
        ("link-to-content", "output folder 'link-to-content' is the content folder; choose a folder of its own, e.g. '--output _site'"),
        (".", "output folder '.' contains the content folder 'content'; choose a folder of its own, e.g. '--output _site'"),
        ("theme/templates", "output folder 'theme/templates' is the templates folder; choose a folder of its own, e.g. '--output _site'"),
        ("theme", "output folder 'theme' contains the templates folder 'theme/templates'; choose a folder of its own, e.g. '--output _site'"),
        ("theme/templates/../..", "output folder 'theme/templates/../..' contains the content folder 'content'; choose a folder of its own, e.g. '--output _site'"),
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
            _ = try await SiteBuild.run(BuildOptions(
                contentDirectory: content, contentDisplayPath: "content", templatesDirectory: templates,
                templatesDisplayPath: "theme/templates", outputDirectory: root.url.appendingPathComponent(output), jobs: 1,
                outputDisplayPath: output, clean: true))
        } throws: { error in
            guard let error = error as? BuildError, case .unsafeOutput = error else { return false }
            return error.description == "error: " + message
        }
        #expect(try FileTree(root.url, withDates: true).differences(from: before) == [])
    }

    @Test("An output in the content folder's assets, which every build copies, is refused, through a link too", arguments: [
        ("content/assets/_site", "output folder 'content/assets/_site' lies inside the assets folder 'content/assets', "
            + "which every build copies into the site; choose a folder of its own, e.g. '--output _site'"),
        ("content/assets", "output folder 'content/assets' is the assets folder 'content/assets', "
            + "which every build copies into the site; choose a folder of its own, e.g. '--output _site'"),
        ("link-to-content/assets/_site", "output folder 'link-to-content/assets/_site' lies inside the assets folder "
            + "'content/assets', which every build copies into the site; choose a folder of its own, e.g. '--output _site'"),
        ("link-into-content", "output folder 'link-into-content' is the assets folder 'content/assets', "
            + "which every build copies into the site; choose a folder of its own, e.g. '--output _site'"),
        ("link-into-content/img/_site", "output folder 'link-into-content/img/_site' lies inside the assets folder "
            + "'content/assets', which every build copies into the site; choose a folder of its own, e.g. '--output _site'"),
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
            _ = try await SiteBuild.run(BuildOptions(
                contentDirectory: content, contentDisplayPath: "content", templatesDirectory: templates,
                templatesDisplayPath: "templates", outputDirectory: root.url.appendingPathComponent(output), jobs: 1,
                outputDisplayPath: output))
        } throws: { error in
            guard let error = error as? BuildError, case .unsafeOutput = error else { return false }
            return error.description == "error: " + message
        }
        #expect(try FileTree(root.url, withDates: true).differences(from: before) == [])
    }

    @Test("An output in an assets folder that does not exist yet is refused: making it would make the folder")
    func outputInMissingAssets() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let options = BuildOptions(
            contentDirectory: root.url.appendingPathComponent("Content"), contentDisplayPath: "Content",
            templatesDirectory: root.url.appendingPathComponent("Templates"), templatesDisplayPath: "Templates",
            outputDirectory: root.url.appendingPathComponent("Content/assets/_site"), jobs: 1,
            outputDisplayPath: "Content/assets/_site")
        do throws(BuildError) {
            _ = try OutputLocation.resolve(options)
            Issue.record("'Content/assets/_site' should be refused")
        } catch {
            #expect(error.message == "output folder 'Content/assets/_site' lies inside the assets folder 'Content/assets', "
                + "which every build copies into the site; choose a folder of its own, e.g. '--output _site'")
        }
    }

    @Test("An output holding the assets folder that the content folder links to is refused")
    func outputHoldingLinkedAssets() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let content = root.url.appendingPathComponent("content")
        try FileManager.default.createDirectory(
            at: root.url.appendingPathComponent("shared/assets"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: content.appendingPathComponent("assets").path, withDestinationPath: "../shared/assets")
        let options = BuildOptions(
            contentDirectory: content, contentDisplayPath: "content", templatesDirectory: nil,
            templatesDisplayPath: "templates", outputDirectory: root.url.appendingPathComponent("shared"), jobs: 1,
            outputDisplayPath: "shared")
        do throws(BuildError) {
            _ = try OutputLocation.resolve(options, example: root.url.appendingPathComponent("_site"))
            Issue.record("'shared' should be refused")
        } catch {
            #expect(error.message == "output folder 'shared' contains the assets folder 'content/assets'; "
                + "choose a folder of its own, e.g. '--output _site'")
        }
    }

    @Test("The hint never suggests '--output _site' when '_site' is the folder refused, or would be refused too")
    func hintWithoutExample() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let site = root.url.appendingPathComponent("_site")
        let cases = [
            (site, "output folder '_site' is the content folder; choose a folder of its own"),
            (root.url.appendingPathComponent("elsewhere"),
                "output folder 'elsewhere' is the templates folder; choose a folder of its own"),
        ]
        for (output, message) in cases {
            let options = BuildOptions(
                contentDirectory: site, contentDisplayPath: "_site", templatesDirectory: root.url.appendingPathComponent("elsewhere"),
                templatesDisplayPath: "elsewhere", outputDirectory: output, jobs: 1, outputDisplayPath: output.lastPathComponent)
            do throws(BuildError) {
                _ = try OutputLocation.resolve(options, example: site)
                Issue.record("'\(output.path)' should be refused")
            } catch {
                #expect(error.message == message)
            }
        }
    }

    /// Checked on the resolved location only: a build is never pointed at these folders,
    /// even in a test, in case the refusal were broken.
    @Test("The root and the home folder, and folders holding the home folder, are refused")
    func refusedSystemFolders() throws {
        let home = FileManager.default.homeDirectoryForCurrentUser
        let cases = [
            ("/", "output folder '/' is the root of the file system; choose a folder of its own, e.g. '--output _site'"),
            (home.path, "output folder '\(home.path)' is your home folder; choose a folder of its own, e.g. '--output _site'"),
        ] + (home.deletingLastPathComponent().path == "/" ? [] : [
            (home.deletingLastPathComponent().path,
                "output folder '\(home.deletingLastPathComponent().path)' contains your home folder; "
                    + "choose a folder of its own, e.g. '--output _site'"),
        ])
        for (output, message) in cases {
            let options = BuildOptions(
                contentDirectory: Fixture.content("basic"), contentDisplayPath: "content", templatesDirectory: nil,
                templatesDisplayPath: "templates", outputDirectory: URL(fileURLWithPath: output), jobs: 1,
                outputDisplayPath: output)
            do throws(BuildError) {
                _ = try OutputLocation.resolve(options)
                Issue.record("'\(output)' should be refused")
            } catch {
                #expect(error.message == message)
            }
        }
    }

    @Test("A folder beside the content folder, or inside it or the templates folder, is a fine output", arguments: [
        "_site", "build/_site", "content/_site", "content/docs/_build", "templates/_site", "content/assetsx",
    ])
    func acceptedOutput(_ output: String) throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let options = BuildOptions(
            contentDirectory: root.url.appendingPathComponent("content"), contentDisplayPath: "content",
            templatesDirectory: root.url.appendingPathComponent("templates"), templatesDisplayPath: "templates",
            outputDirectory: root.url.appendingPathComponent(output), jobs: 1)
        let location = try OutputLocation.resolve(options)
        #expect(location.directory.path == OutputLocation.realPath(root.url) + "/" + output)
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
        #expect(try FileManager.default.contentsOfDirectory(atPath: content.path).sorted()
            == (try FileManager.default.contentsOfDirectory(atPath: Fixture.content("basic").path) + ["_site"]).sorted())
    }
}
