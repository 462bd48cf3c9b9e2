import AtlasDiagnostics
import Foundation
import LessonMarkdown

/// One lesson's Markdown → HTML body, every directive drawn: the work a build does per
/// lesson, and what `atlas render` prints. The phases of DESIGN §1, one after the other:
/// ``LessonParser/parse(_:keepsRawHTML:)`` → ``LessonResolver`` → ``FragmentComputer``
/// → ``LessonRenderer/render(_:fragments:)``.
public enum LessonPipeline {
    /// Renders `source` alone. Plots and tables are numbered from 1 in document order,
    /// each kind on its own ("Figure 2", ids `plot-2`, `table-1`); ``{ref}`label` ``
    /// roles may point forward.
    ///
    /// Without a course, links are kept as written and ``{lesson}`slug` `` links `slug.html`
    /// with the slug as text: what `atlas render` can do with one file.
    public static func render(_ source: String, allowRawHTML: Bool = false) -> LessonResult {
        let (lesson, problems) = LessonParser.parse(source, keepsRawHTML: allowRawHTML)
        return render(lesson, parsingProblems: problems, resolver: LessonResolver(labels: LessonLabels(lesson)))
    }

    /// The phases after parsing, for a lesson of the course `resolver` knows (or none).
    /// Pure: the same lesson and course give the same result, whatever else runs.
    /// - Parameter previous: directives' HTML by key from an earlier build
    ///   (``FragmentComputer/fragments(of:reusing:)``): those are not drawn again.
    static func render(
        _ lesson: Lesson, parsingProblems: [Diagnostic], resolver: LessonResolver,
        reusing previous: [ContentDigest: [UInt8]] = [:]
    ) -> LessonResult {
        let resolved = resolver.resolve(lesson)
        let computed = FragmentComputer.fragments(of: resolved, reusing: previous, words: resolver.words)
        let rendered = LessonRenderer.render(lesson, fragments: computed.fragments)
        return LessonResult(
            frontMatter: lesson.frontMatter, html: rendered.html,
            diagnostics: (parsingProblems + resolved.diagnostics + computed.diagnostics + rendered.diagnostics).sorted(),
            ids: rendered.ids, linkedFiles: resolved.linkedFiles, fragmentLinks: resolved.fragmentLinks,
            trace: resolver.course?.trace, directivesByKey: computed.directivesByKey, drawnDirectives: computed.drawnCount)
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
