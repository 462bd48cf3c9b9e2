import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The output folder, resolved to its real path and checked before a build reads
/// anything: a build replaces its output folder as a whole, so pointing it at the wrong
/// place must be refused, not discovered afterwards.
///
/// Refused (``OutputError/unsafeLocation(path:reason:)``): `/`; the home folder or a
/// folder that contains it; and each ``ProtectedFolder`` (the content and templates
/// folders, for SiteBuilder) or a folder that contains it; and, for a folder that every
/// build copies into the site (the content folder's `assets/`), a folder inside it as
/// well, so that each build would not copy the previous site into the next. Paths are
/// compared after resolving symbolic links and `..`, so `--output ./Content/..` is
/// caught as well as `--output .`, and a link pointing into `Content/assets/` as well as
/// the path. A missing folder is still checked: creating the output would create it.
///
/// Any other folder inside a protected folder is a fine output (`--content .
/// --output _site`, with the lessons at the top of a repository, as Sphinx and Jupyter
/// Book put `_build` inside their source folder): SiteBuilder reads only the top-level
/// `*.md` files, `site.yaml`, `assets/` and the files lessons link to, and templates by
/// name, and the hidden staging folders beside the output are skipped like every hidden
/// name.
///
/// When the output is a symbolic link to a folder, the real folder is the one replaced;
/// the link itself stays as it is.
///
/// ```swift
/// let location = try OutputLocation.resolve(
///     URL(fileURLWithPath: "_site"), displayPath: "_site",
///     protecting: [ProtectedFolder(URL(fileURLWithPath: "Content"), name: "content folder", displayPath: "Content")])
/// let warnings = try location.install(["index.html": Array("<!doctype html>".utf8)], clean: false)
/// ```
public struct OutputLocation: Sendable {
    /// The real, absolute path of the output folder; it need not exist yet.
    public let directory: URL
    /// The output as the user typed it, for messages: `_site`.
    public let displayPath: String
    /// `directory`'s path ending in `/`, made once: files are checked against the
    /// install record one by one, and URL's `path` costs more than the `lstat`.
    let root: String
    /// The folder inside the output that ``unchangedFiles(_:since:)`` looks into, as a
    /// path prefix ending in `/` (`zh/`), or empty: see ``within(_:)``.
    let prefix: String

    init(directory: URL, displayPath: String, prefix: String = "") {
        self.directory = directory
        self.displayPath = displayPath
        self.prefix = prefix
        root = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
    }

    /// The same output, seen from its folder `folder` (`"zh"`): ``unchangedFiles(_:since:)``
    /// then takes paths relative to that folder and checks them, prefixed, against a record
    /// of the whole output. For a part of the site built on its own (a language's pages)
    /// and installed with the rest, its paths prefixed, in one ``install(_:clean:since:spare:operations:)``
    /// of the output itself.
    public func within(_ folder: String) -> OutputLocation {
        OutputLocation(directory: directory, displayPath: displayPath, prefix: prefix + folder + "/")
    }

    /// Resolves and checks the output folder `output`.
    /// - Parameters:
    ///   - displayPath: `output` as the user typed it, for messages.
    ///   - folders: the folders the output must not be nor contain, checked in this order.
    ///   - example: the folder a refusal suggests instead, as `--output _site`; the
    ///     suggestion is left out when that folder is the one refused, or would be
    ///     refused too. Relative to the working folder, as the user types it.
    public static func resolve(
        _ output: URL, displayPath: String, protecting folders: [ProtectedFolder],
        example: URL = URL(fileURLWithPath: "_site")
    ) throws(OutputError) -> OutputLocation {
        let resolved = realPath(output)
        if let reason = refusal(of: resolved, folders) {
            let alternative = realPath(example)
            let hint =
                alternative != resolved && refusal(of: alternative, folders) == nil
                ? "choose a folder of its own, e.g. '--output \(example.lastPathComponent)'" : "choose a folder of its own"
            throw .unsafeLocation(path: displayPath, reason: "\(reason); \(hint)")
        }
        return OutputLocation(directory: URL(fileURLWithPath: resolved, isDirectory: true), displayPath: displayPath)
    }

    /// Why the folder at the real path `output` must not be the output, or nil.
    private static func refusal(of output: String, _ folders: [ProtectedFolder]) -> String? {
        let home = realPath(FileManager.default.homeDirectoryForCurrentUser)
        if output == "/" { return "is the root of the file system" }
        if output == home { return "is your home folder" }
        if contains(output, home) { return "contains your home folder" }
        for folder in folders {
            let path = realPath(folder.url)
            let quoted = "the \(folder.name) '\(folder.displayPath)'"
            if folder.isCopiedIntoSite {
                if output == path { return "is \(quoted), which every build copies into the site" }
                // Reached when the folder is a link to one outside the folder it is in.
                if contains(output, path) { return "contains \(quoted)" }
                if contains(path, output) { return "lies inside \(quoted), which every build copies into the site" }
            } else {
                if output == path { return "is the \(folder.name)" }
                if contains(output, path) { return "contains \(quoted)" }
            }
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
    public static func contains(_ outer: String, _ inner: String) -> Bool {
        inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    /// The absolute path with every symbolic link and `.`/`..` resolved, as `realpath`
    /// gives it; the part of the path that does not exist yet is appended as written
    /// (its `..` taken lexically, since there is no link left to follow).
    public static func realPath(_ url: URL) -> String {
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
