/// Why a build produced no site. The previous output folder is then as it was: the site
/// is built in memory, written beside the output and swapped in only when all went well.
/// (Where the previous folder, once set aside, cannot be renamed back, or was set aside
/// by an interrupted build, the `.fileSystem` message says where it is.)
public enum BuildError: Error, Sendable, CustomStringConvertible {
    /// Problems in the content: every one found, sorted.
    case content([BuildDiagnostic])
    /// The content folder, a template folder or the output could not be read or written.
    case fileSystem(path: String, reason: String)
    /// The output folder is one a build must not replace or write into (the content
    /// folder, the home folder, a folder that contains either, the content folder's
    /// `assets/`, …); nothing was read or written.
    case unsafeOutput(path: String, reason: String)
    /// The cache folder is one a build must not write into or one whose removal would
    /// remove the content or the site (inside the output, inside the content folder's
    /// `assets/`, a folder the build reads, or one that holds either); nothing was read or written.
    case unsafeCache(path: String, reason: String)

    /// Every diagnostic on its own line(s), or the one file-system or output failure.
    public var description: String {
        switch self {
        case .content(let diagnostics):
            diagnostics.map(\.description).joined(separator: "\n")
        case .fileSystem, .unsafeOutput, .unsafeCache:
            "error: \(message)"
        }
    }

    /// The report without the leading `error: ` of a single error, for a caller that
    /// prints that prefix itself; for `.content`, the uncoloured report.
    public var message: String {
        switch self {
        case .content:
            description
        case .fileSystem(let path, let reason):
            "\(path): \(reason)"
        case .unsafeOutput(let path, let reason):
            "output folder '\(path)' \(reason)"
        case .unsafeCache(let path, let reason):
            "cache folder '\(path)' \(reason)"
        }
    }
}
