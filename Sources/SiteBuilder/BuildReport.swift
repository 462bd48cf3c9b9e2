import Foundation

/// What a successful build did.
public struct BuildReport: Sendable {
    public var lessonCount: Int
    /// Site-relative paths of the files written, sorted.
    public var writtenFiles: [String]
    public var indexFile: URL
    /// Warnings found, sorted; they did not stop the build.
    public var warnings: [BuildDiagnostic] = []
    /// What went wrong with the output folder of a build that succeeded, e.g. a copy of
    /// the previous site that could not be removed, or what was tidied up after a build
    /// that had been killed: one line each, without `warning: `.
    public var outputWarnings: [String] = []
}
