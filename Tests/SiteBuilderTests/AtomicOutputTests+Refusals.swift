import AtlasTestSupport
import Foundation
import Testing
@testable import SiteBuilder

/// Protects the folders a build must never replace: a build swaps out its whole output
/// folder, so an output that is (or holds) the lessons, the templates or the home folder
/// is refused before anything is read or written; and an output inside the lessons or
/// the templates, which the next build would read back in.
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

    @Test("An output inside the content folder or the templates folder is refused, through a link too", arguments: [
        ("content/assets/_site", "output folder 'content/assets/_site' lies inside the content folder 'content'; "
            + "the next build would read the site as content; choose a folder of its own, e.g. '--output _site'"),
        ("content/_site", "output folder 'content/_site' lies inside the content folder 'content'; "
            + "the next build would read the site as content; choose a folder of its own, e.g. '--output _site'"),
        ("link-to-content/assets/_site", "output folder 'link-to-content/assets/_site' lies inside the content folder "
            + "'content'; the next build would read the site as content; choose a folder of its own, e.g. '--output _site'"),
        ("link-into-content", "output folder 'link-into-content' lies inside the content folder 'content'; "
            + "the next build would read the site as content; choose a folder of its own, e.g. '--output _site'"),
        ("templates/_site", "output folder 'templates/_site' lies inside the templates folder 'templates'; "
            + "the site would be mixed with the templates it is made from; choose a folder of its own, e.g. '--output _site'"),
        ("link-to-templates/_site", "output folder 'link-to-templates/_site' lies inside the templates folder 'templates'; "
            + "the site would be mixed with the templates it is made from; choose a folder of its own, e.g. '--output _site'"),
    ])
    func nestedOutput(_ output: String, message: String) async throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let content = root.url.appendingPathComponent("content"), templates = root.url.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Fixture.content("basic"), to: content)
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: false)
        for (link, target) in [
            ("link-to-content", "content"), ("link-into-content", "content/assets"), ("link-to-templates", "templates"),
        ] {
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

    @Test("An output inside a templates folder that does not exist yet is refused: making it would make the folder")
    func outputInsideMissingTemplates() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let options = BuildOptions(
            contentDirectory: root.url.appendingPathComponent("Content"), contentDisplayPath: "Content",
            templatesDirectory: root.url.appendingPathComponent("Templates"), templatesDisplayPath: "Templates",
            outputDirectory: root.url.appendingPathComponent("Templates/_site"), jobs: 1,
            outputDisplayPath: "Templates/_site")
        do throws(BuildError) {
            _ = try OutputLocation.resolve(options)
            Issue.record("'Templates/_site' should be refused")
        } catch {
            #expect(error.message == "output folder 'Templates/_site' lies inside the templates folder 'Templates'; "
                + "the site would be mixed with the templates it is made from; choose a folder of its own, e.g. '--output _site'")
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
