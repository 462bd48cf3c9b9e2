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
/// Refused (``BuildError/unsafeOutput(path:reason:)``): the content folder, a folder that
/// contains it or a folder inside it; the templates folder, a folder that contains it or
/// a folder inside it; `/`; and the home folder or a folder that contains it. Paths are
/// compared after resolving symbolic links and `..`, so `--output ./Content/..` is caught
/// as well as `--output .`, and a link pointing into `Content/` as well as the path.
///
/// An output inside the content folder (`Content/assets/_site`) would not be replaced
/// by mistake, but the next build would copy the whole site back in as the author's
/// files; one inside the templates folder would mix generated pages with the sources
/// they are made from. A missing templates folder is still checked: creating the output
/// would create it, and the next build would read it.
///
/// When the output is a symbolic link to a folder, the real folder is the one replaced;
/// the link itself stays as it is.
struct OutputLocation: Sendable {
    /// The real, absolute path of the output folder; it need not exist yet.
    var directory: URL
    /// The output as the user typed it, for messages: `_site`.
    var displayPath: String

    /// Resolves and checks `options.outputDirectory`.
    static func resolve(_ options: BuildOptions) throws(BuildError) -> OutputLocation {
        let output = realPath(options.outputDirectory)
        let content = realPath(options.contentDirectory)
        let home = realPath(FileManager.default.homeDirectoryForCurrentUser)
        let display = options.outputDisplayPath
        let hint = "choose a folder of its own, e.g. '--output _site'"
        func refuse(_ reason: String) -> BuildError {
            .unsafeOutput(path: display, reason: "\(reason); \(hint)")
        }
        if output == "/" { throw refuse("is the root of the file system") }
        if output == home { throw refuse("is your home folder") }
        if contains(output, home) { throw refuse("contains your home folder") }
        if output == content { throw refuse("is the content folder") }
        if contains(output, content) {
            throw refuse("contains the content folder '\(options.contentDisplayPath)'")
        }
        if contains(content, output) {
            throw refuse(
                "lies inside the content folder '\(options.contentDisplayPath)'; "
                    + "the next build would read the site as content")
        }
        if let templatesDirectory = options.templatesDirectory {
            let templates = realPath(templatesDirectory)
            if output == templates { throw refuse("is the templates folder") }
            if contains(output, templates) {
                throw refuse("contains the templates folder '\(options.templatesDisplayPath)'")
            }
            if contains(templates, output) {
                throw refuse(
                    "lies inside the templates folder '\(options.templatesDisplayPath)'; "
                        + "the site would be mixed with the templates it is made from")
            }
        }
        return OutputLocation(directory: URL(fileURLWithPath: output, isDirectory: true), displayPath: display)
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
