/// The course as one lesson's resolve phase reads it, every question and its answer
/// recorded: ``trace`` is what the lesson's cached result depends on besides its own
/// text (``CourseTrace``). Links, ``{lesson}`` and ``{ref}`` reach the course only
/// through here, so that nothing they read can escape the record.
///
/// One per lesson, made and used inside that lesson's task: a class, so that the link
/// resolver and the role renderers add to one record, never shared between tasks.
final class CourseLookups {
    let course: Course
    private var asked: Set<CourseQuery> = []
    private var queries: [CourseQuery] = []
    private var answers = CacheWriter()

    init(_ course: Course) {
        self.course = course
    }

    /// The questions so far and the digest of their answers.
    var trace: CourseTrace { CourseTrace(queries: queries, answers: ContentDigest.of(answers.bytes)) }

    func lesson(fileName: String) -> Course.Lesson? {
        note(.lessonByFileName(fileName))
        return course.lesson(fileName: fileName)
    }

    func lesson(slug: String) -> Course.Lesson? {
        note(.lessonBySlug(slug))
        return course.lesson(slug: slug)
    }

    func likelyLesson(for written: String) -> Course.Lesson? {
        note(.likelyLesson(written))
        return course.likelyLesson(for: written)
    }

    /// The first lesson that gets a page: the example in messages about unknown lessons.
    var firstPublished: Course.Lesson? {
        note(.firstPublished)
        return course.published.first
    }

    /// The file at `components` in the content folder (``ConfinedFolder/resolve(_:)``).
    func file(_ components: [String]) -> Result<ConfinedFolder.File, ConfinedFolder.Problem> {
        note(.file(components))
        return course.content.resolve(components)
    }

    /// Records `query` and its answer the first time it is asked.
    private func note(_ query: CourseQuery) {
        guard asked.insert(query).inserted else { return }
        queries.append(query)
        encodeAnswer(query, to: &answers)
    }

    /// The answer to `query`, as bytes: all of what the lesson could have read from it.
    func encodeAnswer(_ query: CourseQuery, to writer: inout CacheWriter) {
        switch query {
        case .lessonByFileName(let name): encode(course.lesson(fileName: name), to: &writer)
        case .lessonBySlug(let slug): encode(course.lesson(slug: slug), to: &writer)
        case .likelyLesson(let written): encode(course.likelyLesson(for: written), to: &writer)
        case .firstPublished: encode(course.published.first, to: &writer)
        case .file(let components):
            switch course.content.resolve(components) {
            case .success(let file):
                writer.write(0)
                writer.write(file)
            case .failure(.missing(let suggestion)):
                writer.write(1)
                writer.write(suggestion)
            case .failure(.linkLeadsOutside): writer.write(2)
            case .failure(.linkLoop): writer.write(3)
            case .failure(.folder): writer.write(4)
            case .failure(.tooLarge(let bytes)):
                writer.write(5)
                writer.write(bytes)
            }
        }
    }

    private func encode(_ lesson: Course.Lesson?, to writer: inout CacheWriter) {
        writer.write(lesson != nil)
        guard let lesson else { return }
        writer.write(lesson.fileName)
        writer.write(lesson.slug)
        writer.write(lesson.title)
        writer.write(lesson.isDraft)
        writer.write(lesson.labels)
    }
}
