import Foundation

/// What a successful build did.
public struct BuildReport: Sendable {
    public var lessonCount: Int
    /// Site-relative paths of the files of the site, sorted: written, or found already in
    /// place by a build with the cache (``work`` says whether anything was written).
    public var writtenFiles: [String]
    public var indexFile: URL
    /// Warnings found, sorted; they did not stop the build.
    public var warnings: [BuildDiagnostic] = []
    /// What went wrong with the output folder of a build that succeeded, e.g. a copy of
    /// the previous site that could not be removed, or what was tidied up after a build
    /// that had been killed: one line each, without `warning: `.
    public var outputWarnings: [String] = []
    /// What the build did and what it took from the cache, for the cache's tests.
    var work = BuildWork()
}

/// What a build did itself rather than take from the build cache.
struct BuildWork: Sendable, Equatable {
    /// Lessons parsed: those whose text changed, or whose course answers did.
    var parsedLessons = 0
    /// Lessons resolved, computed and rendered.
    var renderedLessons = 0
    /// Directives drawn (plots, tables, formulas, comparisons), not reused.
    var drawnDirectives = 0
    /// Lesson pages filled in their templates.
    var renderedPages = 0
    /// True when the output already held the site and nothing was written to it.
    var wroteNothing = false
}
