/// What an install left in the output folder: for each file it wrote, the caller's key
/// of its bytes and the file's ``FileIdentity`` just after. The next build hands it
/// back: a file whose key is the same and whose identity has not moved holds the right
/// bytes already, and is neither read, nor written, nor rendered.
///
/// SiteOutput does not keep it: the caller stores it (SiteBuilder, in its build cache)
/// and may lose it, which only makes the next install compare bytes as without one.
///
/// ```swift
/// let unchanged = location.unchangedFiles(["index.html": key], since: record)
/// ```
public struct InstallRecord: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// The caller's name for the bytes: equal keys mean equal bytes.
        public var key: String
        public var identity: FileIdentity

        public init(key: String, identity: FileIdentity) {
            self.key = key
            self.identity = identity
        }
    }

    /// By site-relative path.
    public var entries: [String: Entry]

    public init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }
}
