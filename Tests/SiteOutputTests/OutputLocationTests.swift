import AtlasTestSupport
import Foundation
import Testing

@testable import SiteOutput

/// Protects the folders a build must never replace, checked on the resolved location
/// alone: `/`, the home folder, the protected folders and what holds them, and a folder
/// copied into every site, also when it is missing or reached through a link. The
/// builds that meet these refusals are in SiteBuilderTests (`AtomicOutputTests+Refusals`).
@Suite struct OutputLocationTests {
    @Test("An output in an assets folder that does not exist yet is refused: making it would make the folder")
    func outputInMissingAssets() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let folders = protectedFolders(
            content: root.url.appendingPathComponent("Content"), contentDisplay: "Content",
            templates: root.url.appendingPathComponent("Templates"), templatesDisplay: "Templates")
        #expect(
            throws: OutputError.unsafeLocation(
                path: "Content/assets/_site",
                reason: "lies inside the assets folder 'Content/assets', which every build copies into the site; "
                    + "choose a folder of its own, e.g. '--output _site'")
        ) {
            try OutputLocation.resolve(
                root.url.appendingPathComponent("Content/assets/_site"), displayPath: "Content/assets/_site",
                protecting: folders)
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
        #expect(
            throws: OutputError.unsafeLocation(
                path: "shared",
                reason: "contains the assets folder 'content/assets'; choose a folder of its own, e.g. '--output _site'")
        ) {
            try OutputLocation.resolve(
                root.url.appendingPathComponent("shared"), displayPath: "shared", protecting: protectedFolders(content: content),
                example: root.url.appendingPathComponent("_site"))
        }
    }

    @Test("The hint never suggests '--output _site' when '_site' is the folder refused, or would be refused too")
    func hintWithoutExample() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let site = root.url.appendingPathComponent("_site")
        let folders = protectedFolders(
            content: site, contentDisplay: "_site", templates: root.url.appendingPathComponent("elsewhere"),
            templatesDisplay: "elsewhere")
        let cases = [
            (site, "is the content folder; choose a folder of its own"),
            (root.url.appendingPathComponent("elsewhere"), "is the templates folder; choose a folder of its own"),
        ]
        for (output, reason) in cases {
            #expect(throws: OutputError.unsafeLocation(path: output.lastPathComponent, reason: reason)) {
                try OutputLocation.resolve(
                    output, displayPath: output.lastPathComponent, protecting: folders, example: site)
            }
        }
    }

    /// Checked on the resolved location only: a build is never pointed at these folders,
    /// even in a test, in case the refusal were broken.
    @Test("The root and the home folder, and folders holding the home folder, are refused")
    func refusedSystemFolders() throws {
        let home = FileManager.default.homeDirectoryForCurrentUser
        let cases =
            [
                ("/", "is the root of the file system; choose a folder of its own, e.g. '--output _site'"),
                (home.path, "is your home folder; choose a folder of its own, e.g. '--output _site'"),
            ]
            + (home.deletingLastPathComponent().path == "/"
                ? []
                : [
                    (home.deletingLastPathComponent().path, "contains your home folder; choose a folder of its own, e.g. '--output _site'")
                ])
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for (output, reason) in cases {
            #expect(throws: OutputError.unsafeLocation(path: output, reason: reason)) {
                try OutputLocation.resolve(
                    URL(fileURLWithPath: output), displayPath: output, protecting: protectedFolders(content: content))
            }
        }
    }

    @Test(
        "A folder beside the content folder, or inside it or the templates folder, is a fine output",
        arguments: [
            "_site", "build/_site", "content/_site", "content/docs/_build", "templates/_site", "content/assetsx",
        ])
    func acceptedOutput(_ output: String) throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let folders = protectedFolders(
            content: root.url.appendingPathComponent("content"), templates: root.url.appendingPathComponent("templates"))
        let location = try OutputLocation.resolve(
            root.url.appendingPathComponent(output), displayPath: output, protecting: folders)
        #expect(location.directory.path == OutputLocation.realPath(root.url) + "/" + output)
        #expect(location.displayPath == output)
    }

    @Test(
        "A build's hidden folder names give back their role and process id; other names give nothing",
        arguments: [
            ("._site.atlas-new-4242", "new", 4242), ("._site.atlas-old-4242-3", "old", 4242), ("._site.atlas-new-1", "new", 1),
            ("._site.atlas-new-", nil, nil), ("._site.atlas-new-0", nil, nil), ("._site.atlas-new-42-", nil, nil),
            ("._site.atlas-new-+42", nil, nil), ("._site.atlas-new-99999999999", nil, nil), ("._site.atlas-old-42-2-2", nil, nil),
            ("._site.atlas-tmp-42", nil, nil), ("._sites.atlas-new-42", nil, nil), ("._site.atlas-new-٤٢", nil, nil),
        ] as [(String, String?, Int32?)])
    func siblingNames(_ name: String, role: String?, pid: Int32?) throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try OutputLocation.resolve(
            root.url.appendingPathComponent("_site"), displayPath: "_site",
            protecting: protectedFolders(content: root.url.appendingPathComponent("content")))
        let owner = location.siblingOwner(name)
        #expect(owner?.role == role)
        #expect(owner?.pid == pid)
    }
}
