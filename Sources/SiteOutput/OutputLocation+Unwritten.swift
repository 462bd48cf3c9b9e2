import Foundation

extension OutputLocation {
    /// An output folder that nothing will be installed into, and so is not checked: for
    /// a build that makes the site only to find its problems (`atlas check`). With no
    /// install record, ``unchangedFiles(_:since:)`` finds no file unchanged, so every
    /// file is made, as in a cold build. Installing into it is a caller's mistake: use
    /// ``resolve(_:displayPath:protecting:example:)`` for a folder to write.
    public static func unwritten(_ directory: URL, displayPath: String) -> OutputLocation {
        OutputLocation(directory: directory.standardizedFileURL, displayPath: displayPath)
    }
}
