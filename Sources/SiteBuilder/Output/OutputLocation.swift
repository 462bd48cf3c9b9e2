import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The output folder, resolved to its real path and checked before the build reads a
/// lesson: a build replaces its output folder as a whole, so pointing it at the wrong
/// place must be refused, not discovered afterwards.
///
/// Refused (``BuildError/unsafeOutput(path:reason:)``): the content folder or a folder
/// that contains it; the templates folder or a folder that contains it; `/`; the home
/// folder or a folder that contains it; and the content folder's `assets/`, a folder
/// inside it, which every build copies whole into the site, so that each build would
/// copy the previous site into the next, or a folder that contains it (where `assets/`
/// is a link to a folder elsewhere). Paths are compared after resolving symbolic
/// links and `..`, so `--output ./Content/..` is caught as well as `--output .`, and a
/// link pointing into `Content/assets/` as well as the path. A missing `assets/` is
/// still checked: creating the output would create it.
///
/// Any other folder inside the content folder is a fine output (`--content .
/// --output _site`, with the lessons at the top of a repository, as Sphinx and Jupyter
/// Book put `_build` inside their source folder): a build reads only the top-level
/// `*.md` files, `site.yaml`, `assets/` and the files lessons link to, and the hidden
/// staging folders beside the output are skipped like every hidden name. So is one
/// inside the templates folder, whose files are read by name only.
///
/// When the output is a symbolic link to a folder, the real folder is the one replaced;
/// the link itself stays as it is.
struct OutputLocation: Sendable {
    /// The real, absolute path of the output folder; it need not exist yet.
    var directory: URL
    /// The output as the user typed it, for messages: `_site`.
    var displayPath: String

    /// Resolves and checks `options.outputDirectory`.
    /// - Parameter example: the folder a refusal suggests instead, as `--output _site`;
    ///   the suggestion is left out when that folder is the one refused, or would be
    ///   refused too. Relative to the working folder, as the user types it.
    static func resolve(
        _ options: BuildOptions, example: URL = URL(fileURLWithPath: "_site")
    ) throws(BuildError) -> OutputLocation {
        let output = realPath(options.outputDirectory)
        if let reason = refusal(of: output, options) {
            let alternative = realPath(example)
            let hint = alternative != output && refusal(of: alternative, options) == nil
                ? "choose a folder of its own, e.g. '--output \(example.lastPathComponent)'" : "choose a folder of its own"
            throw .unsafeOutput(path: options.outputDisplayPath, reason: "\(reason); \(hint)")
        }
        return OutputLocation(
            directory: URL(fileURLWithPath: output, isDirectory: true), displayPath: options.outputDisplayPath)
    }

    /// Why the folder at the real path `output` must not be the output, or nil.
    private static func refusal(of output: String, _ options: BuildOptions) -> String? {
        let content = realPath(options.contentDirectory)
        let home = realPath(FileManager.default.homeDirectoryForCurrentUser)
        if output == "/" { return "is the root of the file system" }
        if output == home { return "is your home folder" }
        if contains(output, home) { return "contains your home folder" }
        if output == content { return "is the content folder" }
        if contains(output, content) { return "contains the content folder '\(options.contentDisplayPath)'" }
        let assets = realPath(options.contentDirectory.appendingPathComponent("assets"))
        let assetsDisplay = DisplayPath.join(options.contentDisplayPath, "assets")
        if output == assets { return "is the assets folder '\(assetsDisplay)', which every build copies into the site" }
        // Reached when `assets` is a link to a folder outside the content folder.
        if contains(output, assets) { return "contains the assets folder '\(assetsDisplay)'" }
        if contains(assets, output) {
            return "lies inside the assets folder '\(assetsDisplay)', which every build copies into the site"
        }
        if let templatesDirectory = options.templatesDirectory {
            let templates = realPath(templatesDirectory)
            if output == templates { return "is the templates folder" }
            if contains(output, templates) { return "contains the templates folder '\(options.templatesDisplayPath)'" }
        }
        return nil
    }

    /// The parent of the output folder: the staging and set-aside folders go here, so
    /// that the swap is a rename within one file system.
    var parent: URL { directory.deletingLastPathComponent() }

    /// A hidden sibling of the output for this process: `.{name}.atlas-{role}-{pid}`,
    /// with `-2`, `-3`, … when `attempt` > 1.
    func sibling(_ role: String, attempt: Int) -> URL {
        let pid = ProcessInfo.processInfo.processIdentifier
        let suffix = attempt > 1 ? "-\(attempt)" : ""
        return parent.appendingPathComponent(".\(directory.lastPathComponent).atlas-\(role)-\(pid)\(suffix)")
    }

    /// The role (`new`, `old`) and process id in the name of a hidden sibling made by
    /// ``sibling(_:attempt:)``, by this process or any other; nil for any other name.
    /// `._site.atlas-old-4242-3` → (`old`, 4242).
    func siblingOwner(_ name: String) -> (role: String, pid: Int32)? {
        let prefix = ".\(directory.lastPathComponent).atlas-"
        guard name.hasPrefix(prefix) else { return nil }
        let parts = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, ["new", "old"].contains(parts[0]),
            parts.dropFirst().allSatisfy({ !$0.isEmpty && $0.allSatisfy { "0"..."9" ~= $0 } }),
            let pid = Int32(parts[1]), pid > 0
        else { return nil }
        return (String(parts[0]), pid)
    }

    /// `path` as the user would type it: `_site/assets/style.css` for `assets/style.css`.
    func display(_ relative: String) -> String {
        relative.isEmpty ? displayPath : DisplayPath.join(displayPath, relative)
    }

    /// True when `inner` lies strictly inside `outer`.
    static func contains(_ outer: String, _ inner: String) -> Bool {
        inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    /// The absolute path with every symbolic link and `.`/`..` resolved, as `realpath`
    /// gives it; the part of the path that does not exist yet is appended as written
    /// (its `..` taken lexically, since there is no link left to follow).
    static func realPath(_ url: URL) -> String {
        var existing = url.absoluteURL.path.split(separator: "/").map(String.init)
        var missing: [String] = []
        var resolved: [String] = []
        while true {
            if let real = realpath("/" + existing.joined(separator: "/"), nil) {
                defer { free(real) }
                resolved = String(cString: real).split(separator: "/").map(String.init)
                break
            }
            guard let last = existing.popLast() else { break }
            missing.insert(last, at: 0)
        }
        for component in missing {
            switch component {
            case ".", "": continue
            case "..": if !resolved.isEmpty { resolved.removeLast() }
            default: resolved.append(component)
            }
        }
        return "/" + resolved.joined(separator: "/")
    }
}
