import Foundation
import SiteOutput

extension BuildOptions {
    /// The folders a build reads, which its output must never be nor contain: the
    /// content folder, its `assets/` (copied whole into every site, so the output may
    /// not lie inside it either; checked even when missing, since creating the output
    /// would create it) and the templates folder, when one is given.
    var protectedFolders: [ProtectedFolder] {
        var folders = [
            ProtectedFolder(contentDirectory, name: "content folder", displayPath: contentDisplayPath),
            ProtectedFolder(
                contentDirectory.appendingPathComponent("assets"), name: "assets folder",
                displayPath: DisplayPath.join(contentDisplayPath, "assets"), isCopiedIntoSite: true),
        ]
        if let templatesDirectory {
            folders.append(ProtectedFolder(templatesDirectory, name: "templates folder", displayPath: templatesDisplayPath))
        }
        return folders
    }

    /// The output folder, resolved and checked before anything is read (see SiteOutput's
    /// `OutputLocation.resolve`); a refusal is ``BuildError/unsafeOutput(path:reason:)``.
    /// - Parameter example: the folder a refusal suggests instead, `_site` unless a test
    ///   says otherwise.
    func resolveOutput(example: URL = URL(fileURLWithPath: "_site")) throws(BuildError) -> OutputLocation {
        do {
            return try OutputLocation.resolve(
                outputDirectory, displayPath: outputDisplayPath, protecting: protectedFolders, example: example)
        } catch {
            throw BuildError(error)
        }
    }
}
