import Foundation
import LessonMarkdown

/// One lesson's Markdown → HTML body, every directive drawn: the work a build does per
/// lesson, and what `atlas render` prints.
public enum LessonPipeline {
    /// Renders `source`. Plots and tables are numbered from 1 in document order, each
    /// kind on its own ("Figure 2", ids `plot-2`, `table-1`); ``{ref}`label` `` roles are
    /// resolved at the end, so they may point forward.
    ///
    /// Without a course, links are kept as written and ``{lesson}`slug` `` links `slug.html`
    /// with the slug as text: what `atlas render` can do with one file.
    public static func render(_ source: String, allowRawHTML: Bool = false) -> RenderedLesson {
        render(source, allowRawHTML: allowRawHTML, links: nil).lesson
    }

    /// Renders `source` as a lesson of the course `links` knows, its relative links and
    /// images checked and rewritten (`LinkResolver`); also returns the files they use and
    /// the links to places in lessons, to check once all are rendered (`FragmentLinks`).
    /// Pure: the same source and course give the same result, whatever else runs.
    static func render(_ source: String, allowRawHTML: Bool, links: LinkResolver?) -> (
        lesson: RenderedLesson, linkedFiles: [LinkedFile], fragments: [FragmentLink]
    ) {
        let scope = LessonScope()
        var references = CrossReferences()
        var labelProblems: [Diagnostic] = []
        var plotNumber = 0, tableNumber = 0
        var links = links
        let course = links?.course, isDraft = links?.lessonIsDraft ?? false
        var lesson = LessonRenderer.render(
            source, allowRawHTML: allowRawHTML, checkReference: scope.check,
            expandRole: { role in
                switch role.name {
                case "ref": references.placeholder(for: role)
                case "lesson": LessonRoleRenderer.render(role, course: course, fromDraft: isDraft)
                default: EvalRenderer.render(role, scope: scope)
                }
            },
            resolveLink: { link in links?.resolve(link) ?? .success(link.destination.value) }
        ) { directive in
            switch directive {
            case .plot(let plot):
                plotNumber += 1
                if let problem = references.register(plot.name, kind: .figure, number: plotNumber) { labelProblems.append(problem) }
                return PlotRenderer.render(plot, number: plotNumber, scope: scope)
            case .table(let table):
                tableNumber += 1
                if let problem = references.register(table.name, kind: .table, number: tableNumber) { labelProblems.append(problem) }
                return TableRenderer.render(table, number: tableNumber, scope: scope)
            case .formula(let formula):
                return FormulaRenderer.render(formula, scope: scope)
            case .compare(let compare):
                return CompareRenderer.render(compare, scope: scope)
            case .define(let definition):
                return scope.define(definition)
            }
        }
        let resolved = references.resolve(in: lesson.html)
        lesson.html = resolved.html
        lesson.diagnostics = (lesson.diagnostics + labelProblems + resolved.diagnostics).sorted()
        return (lesson, links?.files ?? [], links?.fragments ?? [])
    }
}

extension LessonPipeline {
    /// A lesson file's bytes → its HTML fragment, front matter left out (`atlas render`),
    /// and the warnings found; errors are thrown.
    /// - Parameter path: the path as the user typed it, for messages.
    public static func renderFragment(_ data: Data, path: String, allowRawHTML: Bool) throws(BuildError)
        -> (html: String, warnings: [BuildDiagnostic])
    {
        switch LessonLoader.decode(data) {
        case .failure(let problem):
            throw .content([BuildDiagnostic(path: path, problem)])
        case .success(let text):
            let lesson = render(text, allowRawHTML: allowRawHTML)
            let diagnostics = lesson.diagnostics.map { BuildDiagnostic(path: path, $0) }
            guard !lesson.diagnostics.contains(where: \.isError) else { throw .content(diagnostics) }
            return (lesson.html, diagnostics)
        }
    }
}

/// A lesson ready for its page.
struct BuiltLesson: Sendable {
    var slug: String
    /// Where the lesson's `order:` is written, for the warning about a shared order.
    var orderLocation: SourceLocation?
    var sourceFileName: String
    var title: String
    var summary: String?
    var order: Int?
    var body: String

    /// The page's file name, relative to the site root: `sigmoid.html`.
    var fileName: String { slug + ".html" }
}
