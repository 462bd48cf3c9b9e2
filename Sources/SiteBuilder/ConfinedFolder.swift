import AtlasDiagnostics
import Foundation
import LessonMarkdown

/// A folder read without ever leaving it: the content folder as linked files and lessons
/// see it, and the templates folder. A path written in a lesson becomes a file
/// inside the folder, or a reason why not. Nothing outside the folder is ever read, nor
/// even looked at, except the targets of symbolic links, as text.
///
/// Two steps, because a browser and the file system read a path differently:
/// 1. ``normalized(_:in:)`` resolves `.` and `..` as text, as a browser resolves the URL;
///    the result is the file's path in the site too (`img/a.png` → `_site/img/a.png`).
/// 2. ``resolve(_:)`` walks that path one component at a time from the folder, following
///    symbolic links by hand (`lstat`, `readlink`) so that a link whose target leaves the
///    folder is refused before anything there is opened, and a loop of links stops after
///    ``maximumLinkCount`` links (as Linux's `MAXSYMLINKS`) instead of hanging.
struct ConfinedFolder: Sendable {
    /// Links followed while resolving one path, at most; more means a loop.
    static let maximumLinkCount = 40
    /// More than this in one linked file is refused, as for `assets/`: a course image is not 64 MiB.
    static let maximumFileSize = AuthorAssets.maximumFileSize

    /// A file inside the folder.
    struct File: Sendable, Equatable {
        /// Where the author's path leads, which is also its path in the site: `img/a.png`.
        var sitePath: String
        /// Where the bytes are: the path with every symbolic link resolved.
        var physicalPath: String
    }

    enum Problem: Error, Equatable {
        /// Nothing there. `suggestion`: a name in the same folder, when one is close.
        case missing(suggestion: String?)
        /// A symbolic link on the way leads outside the folder.
        case linkLeadsOutside
        /// More than `maximumLinkCount` links: a loop, or a chain no course needs.
        case linkLoop
        case folder
        case tooLarge(bytes: Int)
    }

    /// The folder's components, absolute: as given, and with its own links resolved, so
    /// that an absolute link target naming the folder either way is recognised.
    private let roots: [[String]]

    init(_ url: URL) {
        let given = Self.components(url.standardizedFileURL.path)
        var roots = [given]
        if let real = realpath(url.path, nil) {
            defer { free(real) }
            let resolved = Self.components(String(cString: real))
            if resolved != given { roots.insert(resolved, at: 0) }
        }
        self.roots = roots
    }

    /// The components of `path` (written in a lesson, percent-escapes decoded), taken
    /// from the folder `directory` (components from the folder; `[]` for a lesson
    /// at its top), with `.` and empty components dropped and each `..` removing one.
    /// nil when a `..` would leave the folder, even if a later name comes back in.
    ///
    /// ```swift
    /// ConfinedFolder.normalized("./img/../img/a.png", in: [])  // ["img", "a.png"]
    /// ConfinedFolder.normalized("../Content/a.png", in: [])    // nil
    /// ```
    static func normalized(_ path: String, in directory: [String]) -> [String]? {
        var result = directory
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !result.isEmpty else { return nil }
                result.removeLast()
            default: result.append(String(component))
            }
        }
        return result
    }

    /// The regular file at `components` (from ``normalized(_:in:)``), every symbolic link
    /// on the way followed and required to stay inside the folder.
    func resolve(_ components: [String]) -> Result<File, Problem> {
        guard let root = roots.first else { return .failure(.missing(suggestion: nil)) }
        let manager = FileManager.default
        var resolved: [String] = []
        // A stack, last element next: a link's target is pushed in place of the link.
        var pending = Array(components.reversed())
        var linksFollowed = 0
        // The status of the last name walked, when no link came after it: that of the file.
        var lastStatus: (type: FileAttributeType, size: Int)?
        func path(_ parts: [String]) -> String { "/" + (root + parts).joined(separator: "/") }

        while let name = pending.popLast() {
            if name == "." || name.isEmpty { continue }
            if name == ".." {
                guard !resolved.isEmpty else { return .failure(.linkLeadsOutside) }
                resolved.removeLast()
                lastStatus = nil
                continue
            }
            let candidate = path(resolved + [name])
            guard let attributes = Self.status(candidate) else {
                let isLastWritten = linksFollowed == 0 && pending.isEmpty
                return .failure(.missing(suggestion: isLastWritten ? suggestion(for: name, in: path(resolved)) : nil))
            }
            guard attributes.type == .typeSymbolicLink else {
                resolved.append(name)
                lastStatus = attributes
                continue
            }
            lastStatus = nil
            linksFollowed += 1
            guard linksFollowed <= Self.maximumLinkCount else { return .failure(.linkLoop) }
            guard let target = try? manager.destinationOfSymbolicLink(atPath: candidate) else {
                return .failure(.missing(suggestion: nil))
            }
            var targetComponents = Self.components(target)
            if target.hasPrefix("/") {
                // Absolute: it must name a place in the folder; walk on from the folder.
                guard let matched = roots.first(where: { targetComponents.starts(with: $0) }) else {
                    return .failure(.linkLeadsOutside)
                }
                targetComponents.removeFirst(matched.count)
                resolved = []
            }
            pending.append(contentsOf: targetComponents.reversed())
        }

        let physicalPath = path(resolved)
        // A path that ends in a name walked was examined already; after `..`, here.
        guard let attributes = lastStatus ?? Self.status(physicalPath) else {
            return .failure(.missing(suggestion: nil))
        }
        guard attributes.type == .typeRegular else {
            return .failure(attributes.type == .typeDirectory ? .folder : .missing(suggestion: nil))
        }
        let size = attributes.size
        guard size <= Self.maximumFileSize else { return .failure(.tooLarge(bytes: size)) }
        return .success(File(sitePath: components.joined(separator: "/"), physicalPath: physicalPath))
    }

    /// The kind and size of what is at `path`, a link itself rather than its target
    /// (`lstat`, as FileManager's `attributesOfItem`, without its dictionary: every
    /// build asks this for every lesson and linked file).
    private static func status(_ path: String) -> (type: FileAttributeType, size: Int)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let type: FileAttributeType =
            switch info.st_mode & S_IFMT {
            case S_IFLNK: .typeSymbolicLink
            case S_IFDIR: .typeDirectory
            case S_IFREG: .typeRegular
            default: .typeUnknown
            }
        return (type, Int(info.st_size))
    }

    /// The name in `folder` (inside this folder) closest to `name`, hidden files left out.
    private func suggestion(for name: String, in folder: String) -> String? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        return Spelling.suggestion(for: name, among: names.filter { !$0.hasPrefix(".") }.sorted())
    }

    private static func components(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }
}
