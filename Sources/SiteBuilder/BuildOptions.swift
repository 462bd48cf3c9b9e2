import Foundation

/// What to build and where.
public struct BuildOptions: Sendable {
    public var contentDirectory: URL
    /// The content folder as the user typed it, for messages (`Content`).
    public var contentDisplayPath: String
    /// nil: built-in templates only. A missing folder also means built-in templates.
    public var templatesDirectory: URL?
    public var templatesDisplayPath: String
    /// Replaced as a whole by each successful build; see ``SiteBuild/run(_:)``.
    public var outputDirectory: URL
    /// The output folder as the user typed it, for messages (`_site`).
    public var outputDisplayPath: String
    /// Lessons rendered at once; the output is the same whatever the number.
    public var jobs: Int
    /// Warnings fail the build as errors do (`--strict`).
    public var strict = false
    /// Drop the files of the previous output that this build did not write, instead of
    /// keeping them (`--clean`). Hidden entries at the top of the output stay either way.
    public var clean: Bool
    /// The build cache folder (`--cache`), or nil to build without one, as library
    /// callers do by default. `atlas build` passes `.atlas-cache` beside the output
    /// (``defaultCacheDirectory(for:)``) unless `--no-cache`. See `BuildCache`.
    public var cacheDirectory: URL?
    /// The cache folder as the user typed it, for messages.
    public var cacheDisplayPath = ".atlas-cache"
    /// False: every phase runs and every problem is found, but nothing is written: the
    /// site is made in memory and dropped, the output folder is neither checked nor
    /// touched, and no cache is read or written (`cacheDirectory` is ignored), so the
    /// problems are exactly a cold build's (`atlas check`).
    public var installs = true

    /// `outputDisplayPath` defaults to the output's path.
    public init(
        contentDirectory: URL, contentDisplayPath: String, templatesDirectory: URL?,
        templatesDisplayPath: String, outputDirectory: URL, jobs: Int,
        outputDisplayPath: String? = nil, clean: Bool = false
    ) {
        self.contentDirectory = contentDirectory
        self.contentDisplayPath = contentDisplayPath
        self.templatesDirectory = templatesDirectory
        self.templatesDisplayPath = templatesDisplayPath
        self.outputDirectory = outputDirectory
        self.outputDisplayPath = outputDisplayPath ?? outputDirectory.path
        self.jobs = max(1, jobs)
        self.clean = clean
    }

    /// `.atlas-cache` in the folder that holds `output`: beside the output folder, never
    /// inside it, so that `--clean` and the swap of the output leave it alone.
    public static func defaultCacheDirectory(for output: URL) -> URL {
        output.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".atlas-cache")
    }
}
