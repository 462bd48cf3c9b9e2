import AtlasTestSupport
import Foundation

@testable import SiteOutput

/// The folders SiteBuilder protects for a content folder and a templates folder, with
/// the names its messages use, so that these tests read like the builds they stand for.
func protectedFolders(
    content: URL, contentDisplay: String = "content", templates: URL? = nil, templatesDisplay: String = "templates"
) -> [ProtectedFolder] {
    var folders = [
        ProtectedFolder(content, name: "content folder", displayPath: contentDisplay),
        ProtectedFolder(
            content.appendingPathComponent("assets"), name: "assets folder",
            displayPath: DisplayPath.join(contentDisplay, "assets"), isCopiedIntoSite: true),
    ]
    if let templates {
        folders.append(ProtectedFolder(templates, name: "templates folder", displayPath: templatesDisplay))
    }
    return folders
}

/// `_site` in a fresh temporary folder `root`, beside a content folder it protects.
func siteLocation(in root: TemporaryFolder) throws -> OutputLocation {
    try OutputLocation.resolve(
        root.url.appendingPathComponent("_site"), displayPath: "_site",
        protecting: protectedFolders(content: root.url.appendingPathComponent("content")))
}

/// The text of the file at `url`, or "" when there is none.
func read(_ url: URL) -> String {
    String(decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self)
}
