import AtlasDiagnostics
import LessonMarkdown

/// Every lesson of the course as links, ``{lesson}`slug` `` and ``{ref}`04-relu.md#label` ``
/// roles see it: file name, slug, title, draft flag and labels, read from every parsed
/// lesson *before* any is resolved, so that lessons resolve and render in parallel and
/// each sees the whole course.
///
/// A lesson without front matter or title is listed with no title: it is an error of its
/// own, and a link to it should not add a second, misleading one.
struct Course: Sendable {
    struct Lesson: Sendable, Equatable {
        /// `04-relu.md`
        var fileName: String
        /// `relu`
        var slug: String
        var title: String?
        var isDraft: Bool
        /// Its figures' and tables' numbers and labels.
        var labels = LessonLabels()

        /// The page's file name, relative to the site root: `relu.html`.
        var pageName: String { slug + ".html" }
    }

    /// In file-name order, drafts included.
    let lessons: [Lesson]
    let content: ConfinedFolder
    private let byFileName: [String: Lesson]
    /// The first lesson with each slug (two with one slug are an error of the build).
    private let bySlug: [String: Lesson]

    init(lessons: [Lesson], content: ConfinedFolder) {
        self.lessons = lessons
        self.content = content
        byFileName = Dictionary(lessons.map { ($0.fileName, $0) }, uniquingKeysWith: { first, _ in first })
        bySlug = Dictionary(lessons.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The course of the parsed lessons (problems in their front matter are the parse's).
    init(parsed: [(source: LessonSource, lesson: LessonMarkdown.Lesson)], content: ConfinedFolder) {
        self.init(
            lessons: parsed.map { source, lesson in
                Lesson(
                    fileName: source.fileName, slug: source.slug,
                    title: lesson.frontMatter?.title.flatMap { $0.isEmpty ? nil : $0 },
                    isDraft: lesson.frontMatter?.draft ?? false, labels: LessonLabels(lesson))
            },
            content: content)
    }

    func lesson(fileName: String) -> Lesson? { byFileName[fileName] }

    func lesson(slug: String) -> Lesson? { bySlug[slug] }

    /// The lessons that get a page: a link may point at these.
    var published: [Lesson] { lessons.filter { !$0.isDraft } }

    /// The published lesson an author most likely meant by `written`, a file name or a
    /// slug: the closest file name or slug (`Spelling`), else the lesson whose slug the
    /// name gives (`05-relu.md` and `relu.md` mean `04-relu.md`).
    func likelyLesson(for written: String) -> Lesson? {
        let published = self.published
        let name = written.split(separator: "/").last.map(String.init) ?? written
        if let fileName = Spelling.suggestion(for: name, among: published.map(\.fileName)) {
            return lesson(fileName: fileName)
        }
        if let slug = Spelling.suggestion(for: name, among: published.map(\.slug)) { return lesson(slug: slug) }
        let slug = LessonSource.slug(forFileName: name)
        return published.first { $0.slug == slug }
    }
}
