import AtlasDiagnostics
import Foundation
import LessonMarkdown
import SiteOutput

/// Content folder + templates → site. Collects every problem before writing anything.
public enum SiteBuild {
    /// Builds the site and installs it as the output folder, all or nothing.
    ///
    /// The output folder is checked first: the content folder, the templates folder, `/`,
    /// the home folder, a folder containing one of them, or the content folder's `assets/`
    /// or a folder inside it is refused with ``BuildError/unsafeOutput(path:reason:)``
    /// before anything is read. Then every
    /// lesson is rendered and every problem collected; with an error (or, with `strict`,
    /// a warning) nothing is written. Otherwise the site is written into a hidden folder
    /// beside the output and swapped in (SiteOutput's `OutputLocation.install`): the
    /// previous output stays exactly as it was until the new one is complete. Files of the
    /// previous output that the build did not write are carried over into the new one,
    /// unless `options.clean`.
    ///
    /// ```swift
    /// let report = try await SiteBuild.run(BuildOptions(
    ///     contentDirectory: URL(fileURLWithPath: "Content"), contentDisplayPath: "Content",
    ///     templatesDirectory: nil, templatesDisplayPath: "Templates",
    ///     outputDirectory: URL(fileURLWithPath: "_site"), jobs: 4, outputDisplayPath: "_site"))
    /// ```
    public static func run(_ options: BuildOptions) async throws(BuildError) -> BuildReport {
        try await run(options, operations: .live)
    }

    /// ``run(_:)`` with the disk operations of the output swap replaceable, so that a
    /// test can make writing fail halfway.
    static func run(_ options: BuildOptions, operations: FileOperations) async throws(BuildError) -> BuildReport {
        let output = try options.resolveOutput()
        let (site, configProblems) = loadConfig(options)
        let (templateSet, templateProblems) = TemplateSet.load(
            overridesIn: options.templatesDirectory, displayPath: options.templatesDisplayPath)
        let (sources, loadProblems) = try LessonLoader.load(
            contentDirectory: options.contentDirectory, displayPath: options.contentDisplayPath)
        let (assets, assetProblems) = AuthorAssets.load(
            contentDirectory: options.contentDirectory, displayPath: options.contentDisplayPath)
        // Phase by phase (DESIGN §1). Every lesson is parsed before any is resolved, so that
        // each lesson's links, {lesson} and {ref} roles see the whole course, while lessons
        // still resolve and render in parallel, independently.
        let parsed = await ParallelMap.map(sources, jobs: options.jobs) { source in
            LessonParser.parse(source.text, keepsRawHTML: site.unsafeHTML)
        }
        let course = Course(
            parsed: zip(sources, parsed).map { ($0, $1.lesson) }, content: ConfinedFolder(options.contentDirectory))
        let rendered = await ParallelMap.map(Array(zip(sources, parsed)), jobs: options.jobs) { source, parsed in
            let entry = course.lesson(fileName: source.fileName)
            let resolver = LessonResolver(
                course: course, labels: entry?.labels ?? LessonLabels(parsed.lesson),
                links: LinkResolver(course: course, lessonIsDraft: entry?.isDraft ?? false), isDraft: entry?.isDraft ?? false)
            return LessonPipeline.render(parsed.lesson, parsingProblems: parsed.diagnostics, resolver: resolver)
        }

        var problems = configProblems + templateProblems + loadProblems + assetProblems
        var lessons: [BuiltLesson] = []
        for (source, lesson) in zip(sources, rendered) {
            problems += lesson.diagnostics.map { BuildDiagnostic(path: source.displayPath, $0) }
            // An unclosed or invalid front matter, or a title of the wrong type, has its own
            // error already: "no front matter" or "no title" on top would only repeat it.
            let frontMatterReported = lesson.diagnostics.contains {
                $0.isError && ($0.kind == .frontMatter || $0.kind == .frontMatterTitle)
            }
            guard let frontMatter = lesson.frontMatter else {
                if !frontMatterReported {
                    problems.append(
                        BuildDiagnostic(
                            path: source.displayPath,
                            Diagnostic(
                                .frontMatter,
                                "lesson has no front matter; start the file with '---', 'title: …', '---'",
                                at: SourceLocation(line: 1, column: 1))))
                }
                continue
            }
            guard let title = frontMatter.title, !title.isEmpty else {
                if !frontMatterReported {
                    problems.append(
                        BuildDiagnostic(
                            path: source.displayPath,
                            Diagnostic(
                                .frontMatterTitle,
                                "lesson has no title; add 'title: …' to its front matter", at: SourceLocation(line: 1, column: 1))))
                }
                continue
            }
            if lesson.frontMatter?.draft == true { continue }
            lessons.append(
                BuiltLesson(
                    slug: source.slug, orderLocation: frontMatter.orderLocation, sourceFileName: source.fileName, title: title,
                    summary: lesson.frontMatter?.summary, order: lesson.frontMatter?.order, body: lesson.html))
        }
        problems += slugProblems(lessons, sources: sources) + orderWarnings(lessons, sources: sources)
        problems += FragmentLinks.problems(
            pages: Dictionary(
                zip(sources, rendered).map { ($0.fileName, Anchors.Page(ids: $1.ids)) },
                uniquingKeysWith: { first, _ in first }),
            links: zip(sources, rendered).map { ($0.displayPath, $1.fragmentLinks) })
        // Only the files of lessons that get a page: a draft's images stay out of the site.
        let published = Set(lessons.map(\.sourceFileName))
        let uses = zip(sources, rendered).filter { published.contains($0.0.fileName) }.flatMap { source, result in
            result.linkedFiles.map { LinkedFiles.Use(lessonPath: source.displayPath, linked: $0) }
        }
        let (linkedFiles, linkProblems) = LinkedFiles.read(uses, copied: Set(assets.keys))
        problems += linkProblems
        let failing = problems.contains { $0.diagnostic.isError || options.strict }
        guard !failing, let templates = templateSet else { throw .content(problems.sorted()) }

        lessons.sort { ($0.order ?? Int.max, $0.sourceFileName) < ($1.order ?? Int.max, $1.sourceFileName) }
        let pages = PageRenderer(templates: templates, site: site)
        var files = assets.merging(linkedFiles, uniquingKeysWith: { asset, _ in asset })
        files["index.html"] = Array(pages.indexPage(lessons).utf8)
        for (position, lesson) in lessons.enumerated() {
            let previous = position > 0 ? lessons[position - 1] : nil
            let next = position + 1 < lessons.count ? lessons[position + 1] : nil
            files[lesson.fileName] = Array(pages.lessonPage(lesson, previous: previous, next: next).utf8)
        }
        files["assets/style.css"] = templates.stylesheet
        files["assets/math-font.css"] = Array(BundledMathFont.stylesheet.utf8)
        files["assets/plot.js"] = PackageResources.plot_js
        files["assets/OFL-AsanaMath.txt"] = PackageResources.OFL_AsanaMath_txt
        let outputWarnings: [String]
        do {
            outputWarnings = try output.install(files, clean: options.clean, operations: operations)
        } catch {
            throw BuildError(error)
        }
        return BuildReport(
            lessonCount: lessons.count, writtenFiles: files.keys.sorted(),
            indexFile: options.outputDirectory.appendingPathComponent("index.html"), warnings: problems.sorted(),
            outputWarnings: outputWarnings)
    }

    private static func loadConfig(_ options: BuildOptions) -> (SiteConfig, [BuildDiagnostic]) {
        let url = options.contentDirectory.appendingPathComponent("site.yaml")
        guard let data = FileManager.default.contents(atPath: url.path) else { return (SiteConfig(), []) }
        let path = DisplayPath.join(options.contentDisplayPath, "site.yaml")
        return SiteConfig.read(yaml: String(decoding: data, as: UTF8.self), path: path)
    }

    /// Two lessons with one slug would overwrite each other's page; `index` is the outline's.
    private static func slugProblems(_ lessons: [BuiltLesson], sources: [LessonSource]) -> [BuildDiagnostic] {
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
    private static func orderWarnings(_ lessons: [BuiltLesson], sources: [LessonSource]) -> [BuildDiagnostic] {
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
