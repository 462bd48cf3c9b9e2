import AtlasTestSupport
import Foundation
import Testing
@testable import SiteBuilder

/// Protects the folders a build must never replace: a build swaps out its whole output
/// folder, so an output that is (or holds) the lessons, the templates or the home folder
/// is refused before anything is read or written.
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

    @Test("A folder beside the content folder is a fine output, made with its parents", arguments: ["_site", "build/_site"])
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
}
