extension OutputStaging {
    /// Every folder above any of the site-relative `paths`: the folders of their distinct
    /// parents, found once each (a site's 2,000 files sit in a handful of folders).
    static func folders(above paths: some Sequence<String>) -> Set<String> {
        var parents: Set<Substring> = []
        for path in paths {
            if let parent = parent(of: path) { parents.insert(parent) }
        }
        var folders: Set<String> = []
        for parent in parents.map(String.init) where !folders.contains(parent) {
            folders.insert(parent)
            folders.formUnion(ancestors(of: parent))
        }
        return folders
    }

    /// The folder a site-relative path is in, `a/b` for `a/b/c.html`; nil at the top.
    /// Found in the UTF-8 bytes: `lastIndex(of: "/")` walks Characters backwards, about
    /// 5,000 instructions for a page's path, and staging asks this of each of a site's files.
    /// (A `/` that a combining mark follows is a separator to the file system, and here
    /// and in ``ancestors(of:)``, though it is no Character of its own.)
    static func parent(of path: String) -> Substring? {
        path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[..<$0] }
    }

    /// The folders above a site-relative path, outermost first: `a/b/c.html` → `a`, `a/b`.
    /// Split at the `/` bytes, as ``parent(of:)`` finds them; empty parts (`a//b`) dropped.
    static func ancestors(of path: String) -> [String] {
        let parts = path.utf8.split(separator: UInt8(ascii: "/")).dropLast().map { Substring($0) }
        return parts.indices.map { parts[...$0].joined(separator: "/") }
    }
}
