extension OutputStaging {
    /// Every folder above any of the site-relative `paths`: the folders of their distinct
    /// parents, found once each (a site's 2,000 files sit in a handful of folders).
    static func folders(above paths: some Sequence<String>) -> Set<String> {
        var parents: Set<Substring> = []
        for path in paths {
            if let slash = path.lastIndex(of: "/") { parents.insert(path[..<slash]) }
        }
        var folders: Set<String> = []
        for parent in parents.map(String.init) where !folders.contains(parent) {
            folders.insert(parent)
            folders.formUnion(ancestors(of: parent))
        }
        return folders
    }

    /// The folders above a site-relative path, outermost first: `a/b/c.html` → `a`, `a/b`.
    static func ancestors(of path: String) -> [String] {
        let parts = path.split(separator: "/").dropLast()
        return parts.indices.map { parts[...$0].joined(separator: "/") }
    }
}
