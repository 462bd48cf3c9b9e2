import AtlasDiagnostics
import LessonMarkdown
import SiteOutput

/// The lesson phases of a build with the cache: each lesson parsed, resolved, computed
/// and rendered as ``LessonPipeline`` does, unless the last build's entry for it still
/// holds, in two parallel passes (``ParallelMap``, results in input order):
///
/// 1. Each source's key (``LessonSource/cacheKey(keepsRawHTML:words:)``). A lesson whose key is
///    the entry's is not parsed: its front matter and labels come from the entry. The
///    others are parsed. The ``Course`` is made of both.
/// 2. A lesson whose entry's ``CourseTrace`` holds in this course is taken as it was,
///    neither parsed nor computed; its body is read from the cache only when its page
///    or `print.html` (every lesson's body) must be made again. Every other lesson is
///    rendered, reusing the HTML of each of its directives whose key is unchanged, and
///    its new entry and object are stored.
///
/// The outcome is the same as rendering every lesson anew, byte for byte, problems
/// included (the entry keeps them): that is what the cache tests check, on random edits.
enum IncrementalLessons {
    /// What stays the same for every lesson of the build.
    struct Context: Sendable {
        var keepsRawHTML: Bool
        /// The site's words: a lesson's labels and notes are written in them, so a lesson is
        /// rendered again when they change (a strings file edited).
        var words = SiteStrings.english
        var content: ConfinedFolder
        /// The last build's entries by file name.
        var previous: [String: LessonEntry]
        var cache: BuildCache?
        var pageKeys: PageKeys
        var output: OutputLocation
        var record: InstallRecord?
        var jobs: Int
        /// Whether the site has `print.html` (site.yaml's `print`), which needs every body.
        var makesPrintPage = true
        /// Called (perhaps more than once, from any thread) when a lesson's text changed
        /// and it is parsed again: course-wide work that will follow can start now, on a
        /// core the parsing leaves idle (the search index's cached rows are read).
        var willChange: @Sendable () -> Void = {}
        /// Asked once every lesson is done, when some published lesson's body was left
        /// unread: the file names of those whose body a course-wide file (the search
        /// index, a hover preview) needs after all, which are then read from the cache or
        /// rendered again. Given every source and its outcome, in the same order.
        var wantedBodies: @Sendable ([LessonSource], [Outcome]) -> Set<String> = { _, _ in [] }
    }

    /// One lesson after the phases.
    struct Outcome: Sendable {
        var entry: LessonEntry
        /// The body's HTML: nil when the lesson came from the cache and its page is unchanged.
        var body: String?
        var wasParsed = false
        var wasRendered = false
        var drawnDirectives = 0
    }

    /// After the first pass: the entry still valid for the text, or the parsed lesson.
    private enum Reading: Sendable {
        case known(LessonEntry)
        case parsed(key: ContentDigest, lesson: Lesson, problems: [Diagnostic])

        var frontMatter: FrontMatter? {
            switch self {
            case .known(let entry): entry.frontMatter
            case .parsed(_, let lesson, _): lesson.frontMatter
            }
        }
    }

    /// Each source's outcome, in the order of `sources`.
    static func run(_ sources: [LessonSource], _ context: Context) async -> [Outcome] {
        let readings = await ParallelMap.map(sources, jobs: context.jobs) { source -> Reading in
            let key = source.cacheKey(keepsRawHTML: context.keepsRawHTML, words: context.words.digest)
            if let entry = context.previous[source.fileName], entry.sourceKey == key { return .known(entry) }
            context.willChange()
            let (lesson, problems) = LessonParser.parse(source.text, keepsRawHTML: context.keepsRawHTML)
            return .parsed(key: key, lesson: lesson, problems: problems)
        }
        let course = Course(
            lessons: zip(sources, readings).map { source, reading in
                let labels: LessonLabels
                switch reading {
                case .known(let entry): labels = entry.labels
                case .parsed(_, let lesson, _): labels = LessonLabels(lesson)
                }
                return Course.Lesson(
                    fileName: source.fileName, slug: source.slug,
                    title: reading.frontMatter?.title.flatMap { $0.isEmpty ? nil : $0 },
                    isDraft: reading.frontMatter?.draft ?? false, labels: labels)
            },
            content: context.content)
        PhaseClock.reached("  lesson keys; changed lessons parsed")
        let lessons = zip(sources, readings).map { ($0.fileName, $0.slug, $1.frontMatter) }
        let (neighbours, courseDigest) = PageKeys.neighbours(lessons)
        PhaseClock.reached("  page neighbours")
        // The entries still valid, by file name.
        let holding = await ParallelMap.map(Array(zip(sources, readings)), jobs: context.jobs) { source, reading -> LessonEntry? in
            if case .known(let entry) = reading, entry.trace.holds(in: course) { return entry }
            return nil
        }
        let unchanged = Dictionary(
            zip(sources, holding).compactMap { source, entry in entry.map { (source.fileName, $0) } },
            uniquingKeysWith: { first, _ in first })
        let printUnchanged = printPageUnchanged(PageKeys.published(lessons), unchanged: unchanged, context: context)
        PhaseClock.reached("  cached lessons checked against the course")
        let outcomes = await ParallelMap.map(Array(zip(sources, readings)), jobs: context.jobs) { source, reading in
            if let entry = unchanged[source.fileName] {
                // Unchanged: the body is needed only when the page, or print.html, is to be made again.
                let pager = neighbours[source.fileName]
                if let title = entry.frontMatter?.title, let pager, printUnchanged {
                    let key = context.pageKeys.key(
                        slug: source.slug, title: title, summary: entry.frontMatter?.summary, body: entry.bodyDigest,
                        previous: pager.previous, next: pager.next, course: courseDigest)
                    let page = source.slug + ".html"
                    if context.output.unchangedFiles([page: key], since: context.record).contains(page) {
                        return Outcome(entry: entry)
                    }
                } else if pager == nil {
                    return Outcome(entry: entry)
                }
                if let object = context.cache?.readLesson(entry.object), ContentDigest.of(object.body) == entry.bodyDigest {
                    return Outcome(entry: entry, body: object.body)
                }
            }
            return render(source, reading, course: course, context: context)
        }
        PhaseClock.reached("  lessons rendered or taken from the cache")
        guard outcomes.contains(where: { $0.body == nil && $0.entry.isPublished }) else { return outcomes }
        let wanted = context.wantedBodies(sources, outcomes)
        PhaseClock.reached("  bodies the site needs found")
        guard !wanted.isEmpty else { return outcomes }
        // The bodies left unread above: from the cache, or rendered again if it lost them.
        let items = Array(zip(sources, zip(readings, outcomes)))
        return await ParallelMap.map(items, jobs: context.jobs) { source, pair in
            let (reading, outcome) = pair
            guard outcome.body == nil, wanted.contains(outcome.entry.fileName) else { return outcome }
            if let object = context.cache?.readLesson(outcome.entry.object),
                ContentDigest.of(object.body) == outcome.entry.bodyDigest
            {
                return Outcome(entry: outcome.entry, body: object.body)
            }
            return render(source, reading, course: course, context: context)
        }
    }

    /// Whether `print.html`, which holds every published lesson's body, is the output's as
    /// it is: only when every published lesson is unchanged (its entry in `unchanged`) and
    /// the output's file has the key they make. Otherwise it is made again, and every
    /// lesson's body is needed. Always true for a site without `print.html`.
    private static func printPageUnchanged(
        _ published: [(fileName: String, slug: String, link: PageKeys.Link)], unchanged: [String: LessonEntry],
        context: Context
    ) -> Bool {
        guard context.makesPrintPage else { return true }
        var lessons: [(slug: String, title: String, body: ContentDigest)] = []
        for lesson in published {
            guard let entry = unchanged[lesson.fileName] else { return false }
            lessons.append((lesson.slug, lesson.link.title, entry.bodyDigest))
        }
        let key = context.pageKeys.printKey(lessons)
        return context.output.unchangedFiles(["print.html": key], since: context.record).contains("print.html")
    }

    /// The phases for one lesson, reusing the directives of its last version.
    private static func render(_ source: LessonSource, _ reading: Reading, course: Course, context: Context) -> Outcome {
        let key: ContentDigest, lesson: Lesson, problems: [Diagnostic]
        var parsedNow = false
        switch reading {
        case .parsed(let parsedKey, let parsed, let parseProblems):
            (key, lesson, problems, parsedNow) = (parsedKey, parsed, parseProblems, true)
        case .known(let entry):
            key = entry.sourceKey
            (lesson, problems) = LessonParser.parse(source.text, keepsRawHTML: context.keepsRawHTML)
            parsedNow = true
        }
        let previous = context.previous[source.fileName].flatMap { context.cache?.readLesson($0.object)?.directives }
        let entry = course.lesson(fileName: source.fileName)
        let lookups = CourseLookups(course)
        let isDraft = entry?.isDraft ?? false
        let resolver = LessonResolver(
            course: lookups, labels: entry?.labels ?? LessonLabels(lesson),
            links: LinkResolver(course: lookups, lessonIsDraft: isDraft), isDraft: isDraft, words: context.words)
        let result = LessonPipeline.render(lesson, parsingProblems: problems, resolver: resolver, reusing: previous ?? [:])
        let object = LessonObject(body: result.html, directives: result.directivesByKey)
        // A cache that cannot be written only makes the next build do this again.
        let stored = context.cache?.store(object, previous: context.previous[source.fileName]?.object) ?? .none
        return Outcome(
            entry: LessonEntry(
                fileName: source.fileName, sourceKey: key, frontMatter: result.frontMatter,
                labels: entry?.labels ?? LessonLabels(lesson), diagnostics: result.diagnostics, ids: result.ids,
                linkedFiles: result.linkedFiles, fragmentLinks: result.fragmentLinks,
                trace: result.trace ?? CourseTrace(queries: [], answers: ContentDigest(low: 0, high: 0)),
                bodyDigest: ContentDigest.of(result.html), object: stored),
            body: result.html, wasParsed: parsedNow, wasRendered: true, drawnDirectives: result.drawnDirectives)
    }
}

extension LessonEntry {
    /// Whether the lesson gets a page: it has a title and is no draft.
    var isPublished: Bool {
        guard let fields = frontMatter, let title = fields.title else { return false }
        return !title.isEmpty && !fields.draft
    }
}

extension LessonSource {
    /// The digest of all that parsing reads: the text, whether raw HTML is kept, and
    /// the file name (which nothing reads today; counted so that no future use of it
    /// can make two files share an entry by mistake); and the site's words, which the
    /// rendered lesson is written in.
    func cacheKey(keepsRawHTML: Bool, words: ContentDigest = SiteStrings.english.digest) -> ContentDigest {
        var writer = CacheWriter()
        writer.write(words)
        writer.write(fileName)
        writer.write(keepsRawHTML)
        writer.write(text)
        return ContentDigest.of(writer.bytes)
    }
}
