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

extension BuildOptions {
    /// The build cache, checked before anything is read; nil without one.
    ///
    /// Refused (``BuildError/unsafeCache(path:reason:)``): a cache inside the output
    /// folder (every install replaces that folder) or inside the content folder's
    /// `assets/` (copied into every site), and a cache that is, or holds, the output or
    /// a folder the build reads, since the cache must be safe to delete as a whole.
    func resolveCache(output: OutputLocation) throws(BuildError) -> BuildCache? {
        guard let cacheDirectory else { return nil }
        let cache = OutputLocation.realPath(cacheDirectory)
        let hint = "choose a folder of its own, e.g. '--cache .atlas-cache' beside the output"
        func refuse(_ reason: String) -> BuildError { .unsafeCache(path: cacheDisplayPath, reason: "\(reason); \(hint)") }
        if cache == "/" { throw refuse("is the root of the file system") }
        let output = output.directory.path
        if cache == output || OutputLocation.contains(output, cache) {
            throw refuse("lies inside the output folder '\(outputDisplayPath)', which every build replaces")
        }
        if OutputLocation.contains(cache, output) { throw refuse("contains the output folder '\(outputDisplayPath)'") }
        for folder in protectedFolders {
            let path = OutputLocation.realPath(folder.url)
            if cache == path { throw refuse("is the \(folder.name) '\(folder.displayPath)'") }
            if OutputLocation.contains(cache, path) { throw refuse("contains the \(folder.name) '\(folder.displayPath)'") }
            if folder.isCopiedIntoSite, OutputLocation.contains(path, cache) {
                throw refuse("lies inside the \(folder.name) '\(folder.displayPath)', which every build copies into the site")
            }
        }
        return BuildCache(root: cacheDirectory.standardizedFileURL, content: OutputLocation.realPath(contentDirectory), output: output)
    }
}

extension BuildOptions {
    /// The output of a build that installs nothing (``installs`` false): not resolved
    /// nor checked, since nothing is written to it.
    var unwrittenOutput: OutputLocation {
        OutputLocation.unwritten(outputDirectory, displayPath: outputDisplayPath)
    }
}
