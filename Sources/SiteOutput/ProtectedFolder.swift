import Foundation

/// A folder that the output must never be, nor contain, because a build reads it: a
/// build replaces its output folder as a whole (see ``OutputLocation/resolve(_:displayPath:protecting:example:)``).
///
/// ```swift
/// ProtectedFolder(content, name: "content folder", displayPath: "Content")
/// ProtectedFolder(content.appendingPathComponent("assets"), name: "assets folder",
///                 displayPath: "Content/assets", isCopiedIntoSite: true)
/// ```
public struct ProtectedFolder: Sendable {
    /// Where it is; it need not exist (creating the output would create it).
    public var url: URL
    /// What a message calls it: `content folder`.
    public var name: String
    /// As the user typed it, for messages: `Content/assets`.
    public var displayPath: String
    /// True for a folder that every build copies whole into the site, such as the
    /// content folder's `assets/`: the output must not lie inside it either, or each
    /// build would copy the previous site into the next.
    public var isCopiedIntoSite: Bool

    public init(_ url: URL, name: String, displayPath: String, isCopiedIntoSite: Bool = false) {
        self.url = url
        self.name = name
        self.displayPath = displayPath
        self.isCopiedIntoSite = isCopiedIntoSite
    }
}
