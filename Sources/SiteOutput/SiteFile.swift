/// One file of a finished site, for ``OutputLocation/install(_:clean:since:spare:operations:)``:
/// the caller's key of its bytes, and the bytes, or nil for a file that
/// ``OutputLocation/unchangedFiles(_:since:)`` found unchanged and the caller so did
/// not make (a page not rendered again).
public struct SiteFile: Sendable {
    /// Equal keys mean equal bytes: a digest of the bytes, or of all they are made from.
    public var key: String
    public var bytes: [UInt8]?

    public init(key: String, bytes: [UInt8]?) {
        self.key = key
        self.bytes = bytes
    }
}

/// What an install did.
public struct Installation: Sendable {
    /// One line each, without `warning: ` (see ``OutputLocation/install(_:clean:operations:)``).
    public var warnings: [String]
    /// The record to hand to the next install.
    public var record: InstallRecord
    /// True when the output already held the site: nothing was written or swapped, and
    /// every file kept its modification time.
    public var wroteNothing: Bool
}
