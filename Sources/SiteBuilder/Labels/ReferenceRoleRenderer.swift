import AtlasDiagnostics
import AtlasText
import LessonMarkdown

/// ``{ref}`label` `` → "Figure 2", linked to the figure or table of that `:name:`;
/// ``{ref}`04-relu.md#fig-relu` `` → "Figure 2 in ReLU", linked to it in another lesson.
///
/// - Inside a link's text the role gives the text alone, since HTML allows no link in a link.
/// - Without a course (`atlas render` of one file) a reference into another lesson cannot
///   be checked: it links `relu.html#fig-relu` with the label as text.
/// - An empty role, an unknown label (with a did-you-mean among the lesson's labels), an
///   unknown lesson and a draft are errors at the role's content.
enum ReferenceRoleRenderer {
    /// - Parameter words: the site's words, for "Figure 2" and "Figure 2 in ReLU".
    static func render(
        _ role: Role, labels: LessonLabels, course: CourseLookups?, fromDraft: Bool, words: SiteStrings = .english
    ) -> Result<String, DirectiveFailure> {
        let written = role.content.value.trimmingWhitespace()
        guard !written.isEmpty else {
            return failure("'{ref}' needs the label of a figure or table, e.g. {ref}`fig-relu`", role)
        }
        // Another lesson's label only when written as a lesson's file, `NN-name.md#label`;
        // anything else is a label of this lesson, checked as one.
        guard let hash = written.firstIndex(of: "#"), written[..<hash].hasSuffix(".md"),
            !written.contains(where: \.isWhitespace)
        else {
            guard let target = labels.targets[written] else { return .failure(unknown(written, in: labels, role)) }
            return .success(link(to: "#" + written, text: target.text(words), role))
        }
        let fileName = String(written[..<hash]), label = String(written[written.index(after: hash)...])
        guard let course else {
            return .success(link(to: LessonSource.slug(forFileName: fileName) + ".html#" + label, text: label, role))
        }
        guard let lesson = course.lesson(fileName: fileName) else {
            let hint =
                course.likelyLesson(for: fileName).map { "; did you mean '\($0.fileName)#\(label)'?" }
                ?? "; name a lesson's file, e.g. {ref}`04-relu.md#fig-relu`"
            return failure("unknown lesson '\(fileName)'\(hint)", role)
        }
        guard !lesson.isDraft || fromDraft else {
            return failure(
                "lesson '\(fileName)' is a draft and has no page; remove the role or set 'draft: false' in it", role)
        }
        guard let target = lesson.labels.targets[label] else {
            return .failure(unknown(label, in: lesson.labels, role, lessonName: "'\(fileName)'"))
        }
        let text = words.fill(.referenceInLesson, ["label": target.text(words), "lesson": lesson.title ?? lesson.slug])
        return .success(link(to: lesson.pageName + "#" + label, text: text, role))
    }

    /// The place in another lesson a ``{ref}`04-relu.md#fig-relu` `` names, as a
    /// reference's ``FragmentLink``, for that lesson's hover preview; nil for a label of
    /// this lesson. Only asked of a role that resolved.
    static func otherLesson(_ role: Role) -> FragmentLink? {
        let written = role.content.value.trimmingWhitespace()
        guard role.name == "ref", !role.isInsideLink, let hash = written.firstIndex(of: "#"), written[..<hash].hasSuffix(".md"),
            !written.contains(where: \.isWhitespace)
        else { return nil }
        return FragmentLink(
            lessonFileName: String(written[..<hash]), fragment: String(written[written.index(after: hash)...]),
            location: role.content.location, isReference: true)
    }

    private static func link(to url: String, text: String, _ role: Role) -> String {
        role.isInsideLink
            ? MarkupText.escaped(text) : "<a class=\"ref\" href=\"\(MarkupText.escaped(url))\">\(MarkupText.escaped(text))</a>"
    }

    /// `unknown label 'x'`, then a did-you-mean, else the labels there are, else how to
    /// name one. `lessonName` is the other lesson's file, nil for this lesson.
    private static func unknown(_ label: String, in labels: LessonLabels, _ role: Role, lessonName: String? = nil)
        -> DirectiveFailure
    {
        let known = labels.known
        let place = lessonName.map { " in \($0)" } ?? ""
        let hint: String
        if let likely = Spelling.suggestion(for: label, among: known) {
            hint = "; did you mean '\(likely)'?"
        } else if !known.isEmpty {
            hint = "; the labels\(lessonName == nil ? " in this lesson" : place) are \(known.map { "'\($0)'" }.joined(separator: ", "))"
        } else if lessonName != nil {
            hint = "; that lesson names no figure or table"
        } else {
            hint = "; name a figure or table with ':name: \(label)' in its '{plot}' or '{table}'"
        }
        return DirectiveFailure([Diagnostic(.label, "unknown label '\(label)'\(place)\(hint)", at: role.content.location)])
    }

    private static func failure(_ message: String, _ role: Role) -> Result<String, DirectiveFailure> {
        .failure(DirectiveFailure([Diagnostic(.label, message, at: role.content.location)]))
    }
}
