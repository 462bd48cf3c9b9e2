import AtlasDiagnostics
import AtlasText
import LessonMarkdown

/// ``{lesson}`relu` ``: a link to a lesson by its slug, with the lesson's title as text,
/// `<a href="relu.html">ReLU</a>`.
///
/// - The title comes from the lesson's front matter, HTML-escaped; a lesson without one
///   (an error of its own) shows its slug.
/// - Inside a link's text the role gives the title alone, since HTML allows no link in a link.
/// - Without a course (`atlas render` of one file) nothing can be checked: the role links
///   `slug.html` with the slug as text.
/// - An empty role, an unknown slug (with a did-you-mean among the published lessons'
///   slugs) and a draft are errors at the role's content.
enum LessonRoleRenderer {
    static func render(_ role: Role, course: CourseLookups?, fromDraft: Bool = false) -> Result<String, DirectiveFailure> {
        let slug = role.content.value.trimmingWhitespace()
        guard !slug.isEmpty else {
            return failure("'{lesson}' needs the slug of a lesson, e.g. {lesson}`relu`", role)
        }
        guard let course else { return .success(link(to: slug + ".html", text: slug, role)) }
        guard let lesson = course.lesson(slug: slug) else {
            if let likely = course.likelyLesson(for: slug) {
                return failure("unknown lesson '\(slug)'; did you mean '\(likely.slug)'?", role)
            }
            guard let example = course.firstPublished else {
                return failure("unknown lesson '\(slug)'; the course has no other lesson to link", role)
            }
            return failure(
                "unknown lesson '\(slug)'; a lesson's slug is its file name without the number and '.md', "
                    + "e.g. '\(example.slug)' for '\(example.fileName)'", role)
        }
        guard !lesson.isDraft || fromDraft else {
            return failure(
                "lesson '\(slug)' is a draft and has no page; remove the role or set 'draft: false' in '\(lesson.fileName)'",
                role)
        }
        return .success(link(to: lesson.pageName, text: lesson.title ?? lesson.slug, role))
    }

    private static func link(to page: String, text: String, _ role: Role) -> String {
        role.isInsideLink ? MarkupText.escaped(text) : "<a href=\"\(MarkupText.escaped(page))\">\(MarkupText.escaped(text))</a>"
    }

    private static func failure(_ message: String, _ role: Role) -> Result<String, DirectiveFailure> {
        .failure(DirectiveFailure([Diagnostic(.link, message, at: role.content.location)]))
    }
}
