/// Which changed paths start a build: those under a watched folder, except those under
/// a folder the build itself writes (the output, its hidden staging folders beside it,
/// the cache), hidden files and folders (`.git`), and the temporary files of editors
/// that save by writing another file and renaming it over the original (vim's `4913`
/// and `.x.swp`, emacs's `#x#` and `.#x`, backups `x~`, JetBrains' `x___jb_tmp___`):
/// the rename that ends such a save is what counts.
public struct WatchFilter: Sendable {
    /// Absolute paths whose trees are left out.
    var ignoredFolders: [String]
    /// Names starting with these are left out (the output's staging folders, `.NAME.atlas-`).
    var ignoredPrefixes: [String]

    /// - Parameters:
    ///   - output: the output folder (absolute); its staging siblings are left out too.
    ///   - cache: the build cache (absolute), if any.
    public init(output: String, cache: String?) {
        ignoredFolders = [output] + (cache.map { [$0] } ?? [])
        let name = output.split(separator: "/").last.map(String.init) ?? output
        ignoredPrefixes = [".\(name).atlas-"]
    }

    /// Whether a change of `path` (absolute) starts a build.
    public func counts(_ path: String) -> Bool {
        for folder in ignoredFolders where path == folder || path.hasPrefix(folder + "/") { return false }
        guard let name = path.split(separator: "/").last else { return false }
        return counts(name: String(name))
    }

    /// Whether a file or folder of this name is watched at all.
    public func counts(name: String) -> Bool {
        if name.hasPrefix(".") || name.hasSuffix("~") || name == "4913" { return false }
        if name.hasPrefix("#") && name.hasSuffix("#") { return false }
        if name.contains("___jb_") { return false }
        return !ignoredPrefixes.contains { name.hasPrefix($0) }
    }
}
