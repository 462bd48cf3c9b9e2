import AtlasDiagnostics

/// The checks of the course as a whole, once every lesson is rendered: slugs that
/// collide, orders that are shared.
enum CourseChecks {
    /// A site without a lesson page builds, but is most likely a mistake: the wrong
    /// `--content` folder, or every lesson still a draft. A warning on the content folder
    /// (`--strict` fails on it); nil when some file failed to be a lesson, which has its
    /// own error.
    static func noLessons(contentDisplayPath: String, files: Int, drafts: Int) -> BuildDiagnostic? {
        let start = SourceLocation(line: 1, column: 1)
        if files == 0 {
            return BuildDiagnostic(
                path: contentDisplayPath,
                Diagnostic(
                    .file,
                    "the content folder holds no lessons, so the site has none; add a lesson such as '01-introduction.md', "
                        + "or pass the folder that holds them with --content DIR",
                    at: start, severity: .warning,
                    hint: "a lesson is a Markdown file (*.md, not README.md) that starts with front matter: '---', 'title: …', '---'"))
        }
        guard drafts == files else { return nil }
        return BuildDiagnostic(
            path: contentDisplayPath,
            Diagnostic(
                .file, "every lesson is a draft, so the site has none; set 'draft: false' in the lessons to publish",
                at: start, severity: .warning))
    }

    /// Two lessons with one slug would overwrite each other's page; `index` is the outline's,
    /// `print` the whole course's.
    static func slugProblems(_ lessons: [BuiltLesson], sources: [LessonSource]) -> [BuildDiagnostic] {
        var problems: [BuildDiagnostic] = []
        var seen: [String: String] = [:]
        let paths = Dictionary(sources.map { ($0.fileName, $0.displayPath) }, uniquingKeysWith: { first, _ in first })
        for lesson in lessons {
            let path = paths[lesson.sourceFileName] ?? lesson.sourceFileName
            let start = SourceLocation(line: 1, column: 1)
            if lesson.slug == "index" {
                problems.append(
                    BuildDiagnostic(
                        path: path,
                        Diagnostic(
                            .file,
                            "slug 'index' is the course outline's page; rename the file", at: start)))
            } else if lesson.slug == "print" {
                problems.append(
                    BuildDiagnostic(
                        path: path,
                        Diagnostic(
                            .file,
                            "slug 'print' is the page of the whole course, print.html; rename the file", at: start)))
            } else if let other = seen[lesson.slug] {
                problems.append(
                    BuildDiagnostic(
                        path: path,
                        Diagnostic(
                            .file,
                            "slug '\(lesson.slug)' is also the slug of '\(other)'; rename one of the files", at: start)))
            } else if !lesson.slug.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) {
                problems.append(
                    BuildDiagnostic(
                        path: path,
                        Diagnostic(
                            .file,
                            "file name gives slug '\(lesson.slug)'; use letters, digits, '-', '_' and '.' only", at: start)))
            }
            seen[lesson.slug] = lesson.sourceFileName
        }
        return problems
    }

    /// Two lessons with one `order` are ordered by file name, which the author may not
    /// have meant: a warning on each lesson after the first.
    static func orderWarnings(_ lessons: [BuiltLesson], sources: [LessonSource]) -> [BuildDiagnostic] {
        var first: [Int: String] = [:]
        var warnings: [BuildDiagnostic] = []
        let paths = Dictionary(sources.map { ($0.fileName, $0.displayPath) }, uniquingKeysWith: { first, _ in first })
        for lesson in lessons.sorted(by: { $0.sourceFileName < $1.sourceFileName }) {
            guard let order = lesson.order else { continue }
            guard let earlier = first[order] else {
                first[order] = lesson.sourceFileName
                continue
            }
            warnings.append(
                BuildDiagnostic(
                    path: paths[lesson.sourceFileName] ?? lesson.sourceFileName,
                    Diagnostic(
                        .file,
                        "'order: \(order)' is also the order of '\(earlier)'; the two follow each other by file name",
                        at: lesson.orderLocation ?? SourceLocation(line: 1, column: 1), severity: .warning,
                        hint: "give each lesson its own 'order', or leave 'order' out to order lessons by file name")))
        }
        return warnings
    }
}
