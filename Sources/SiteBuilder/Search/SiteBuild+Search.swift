import LessonMarkdown
import SiteOutput

extension SiteBuild {
    /// The search index's files (``SearchIndex``), each keyed; the bytes only of those not
    /// already in the output as they should be (`decided.kept`), so an edit remakes the
    /// index and its lesson's prose part, and a build with no change makes nothing.
    /// - Parameters:
    ///   - lessons: the published lessons in page order.
    ///   - bodies: each lesson's body digest, by source file name.
    ///   - decided: the files' keys by path, and the paths the output holds as they should be.
    ///   - parts: each prose part's lessons (source file names), by path.
    ///   - abandoned: set when the build has failed while the index was being made (it runs
    ///     alongside the course checks): the work stops at the next lesson and nil is
    ///     returned, since a failed build writes no file. The rows already read may still
    ///     be kept in the cache, which is harmless.
    static func searchFiles(
        _ lessons: [BuiltLesson], bodies: [String: ContentDigest], decided: (files: [String: String], kept: Set<String>),
        parts: [String: [String]], rows: SearchRowsRead, cache: BuildCache?, jobs: Int, abandoned: LockedBox<Bool>
    ) async -> [String: SiteFile]? {
        var files = decided.files.mapValues { SiteFile(key: $0, bytes: nil) }
        guard decided.kept.count < decided.files.count else { return files }
        let making = Set(decided.files.keys).subtracting(decided.kept)
        let prose = Set(parts.filter { making.contains($0.key) }.values.joined())
        guard
            let (search, rowsToKeep) = await searchLessons(
                lessons, bodies: bodies, rows: rows, prose: prose, keepsRows: cache != nil, jobs: jobs, abandoned: abandoned)
        else { return nil }
        // Written on the other core while the index is made: the next build's rows.
        async let written: Void = {
            if let rowsToKeep, let cache { try? cache.write(rowsToKeep) }
        }()
        for (path, bytes) in SearchIndex.files(search, making: making) { files[path]?.bytes = bytes }
        await written
        // Every lesson's sections and terms: freeing them here took about 1 ms of the last
        // language's path to the install (``BackgroundRelease`` says why it helps).
        BackgroundRelease.drop(search, rowsToKeep)
        return files
    }

    /// The published lessons in page order as the search index takes them: each body's
    /// ``SearchBody`` from the cache when its digest is there and its prose is not needed
    /// (the cache keeps none), else read from the body (which IncrementalLessons then
    /// read), in parallel; and the rows to keep for the next build, without the prose,
    /// when they changed (nil when the cache's are still right, or there is no cache).
    /// - Parameter prose: the source file names of the lessons whose prose parts are made.
    private static func searchLessons(
        _ lessons: [BuiltLesson], bodies: [String: ContentDigest], rows cached: SearchRowsRead, prose: Set<String>,
        keepsRows: Bool, jobs: Int, abandoned: LockedBox<Bool>
    ) async -> (lessons: [SearchIndex.Lesson], keep: SearchRows?)? {
        let all = cached.all, known = all.rows
        let read = await ParallelMap.map(lessons, jobs: jobs) { lesson -> (body: SearchBody, isNew: Bool) in
            let cachedBody = bodies[lesson.sourceFileName].flatMap { known[$0] }
            if let cachedBody, !prose.contains(lesson.sourceFileName) { return (cachedBody, false) }
            // An abandoned index reads no more bodies (the placeholder is never used).
            if abandoned.value { return (SearchBody(sections: [], terms: .init()), false) }
            return (SearchBody(html: lesson.body ?? ""), cachedBody == nil)
        }
        guard !abandoned.value else { return nil }
        let search = zip(lessons, read).map { SearchIndex.Lesson(fileName: $0.fileName, title: $0.title, body: $1.body) }
        guard keepsRows else { return (search, nil) }
        // The cached rows' bytes go with them: a row kept by its digest is written as read.
        var kept = SearchRows(rows: [:], encoded: all.encoded)
        for (lesson, made) in zip(lessons, read) {
            if let digest = bodies[lesson.sourceFileName] { kept.rows[digest] = made.body.withoutProse }
        }
        // Kept when a body is new or one is gone (compared by digest: a body's entry is a
        // function of it). Not kept, the next build reads more bodies; never a wrong index.
        return (search, read.contains(where: \.isNew) || kept.rows.count != known.count ? kept : nil)
    }
}
