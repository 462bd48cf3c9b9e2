import SiteOutput

/// The page phase for lessons: each published lesson's page, filled in its templates
/// only when its key changed or its file in the output was touched (``PageKeys``), and
/// then in parallel.
enum SitePages {
    /// `slug.html` → the page's key and bytes; bytes nil for a page the output already
    /// holds (SiteOutput's `unchangedFiles`), which the install then keeps as it is.
    /// - Parameters:
    ///   - lessons: the published lessons in page order.
    ///   - bodies: each lesson's body digest, by file name.
    static func lessonPages(
        _ lessons: [BuiltLesson], bodies: [String: ContentDigest], renderer: PageRenderer, keys: PageKeys,
        output: OutputLocation, record: InstallRecord?, jobs: Int
    ) async -> [String: SiteFile] {
        var keyed = lessons
        let course = PageKeys.courseDigest(lessons.map(link))
        for (position, lesson) in lessons.enumerated() {
            let previous = position > 0 ? link(lessons[position - 1]) : nil
            let next = position + 1 < lessons.count ? link(lessons[position + 1]) : nil
            keyed[position].pageKey = keys.key(
                slug: lesson.slug, title: lesson.title, summary: lesson.summary,
                body: bodies[lesson.sourceFileName] ?? ContentDigest(low: 0, high: 0), previous: previous, next: next,
                course: course)
        }
        let pages = keyed
        // A lesson without a body came from the cache because its page is unchanged
        // (IncrementalLessons looked); only the others are looked at here. Should the two
        // ever disagree, the install finds the page changed and stops: never a wrong page.
        let unchanged = output.unchangedFiles(
            Dictionary(keyed.filter { $0.body != nil }.map { ($0.fileName, $0.pageKey) }, uniquingKeysWith: { first, _ in first }),
            since: record)
        let positions = keyed.indices.filter { keyed[$0].body != nil && !unchanged.contains(keyed[$0].fileName) }
        let renderer = SiteWordsInTemplate.pays(pages: positions.count) ? renderer.holdingSiteWords() : renderer
        let rendered = await ParallelMap.map(positions, jobs: jobs) { position -> [UInt8] in
            let lesson = pages[position]
            let previous = position > 0 ? pages[position - 1] : nil
            let next = position + 1 < pages.count ? pages[position + 1] : nil
            return renderer.lessonPage(lesson, previous: previous, next: next)
        }
        var files: [String: SiteFile] = [:]
        for lesson in keyed { files[lesson.fileName] = SiteFile(key: lesson.pageKey, bytes: nil) }
        for (position, bytes) in zip(positions, rendered) { files[keyed[position].fileName]?.bytes = bytes }
        return files
    }

    private static func link(_ lesson: BuiltLesson) -> PageKeys.Link {
        PageKeys.Link(title: lesson.title, url: lesson.fileName)
    }
}
