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
    /// unless `options.clean`. With `options.installs` false, the site is made and
    /// dropped: the report lists no file, and nothing is written anywhere.
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
        // A build that installs nothing (`atlas check`) needs no output folder and no cache.
        let output = options.installs ? try options.resolveOutput() : options.unwrittenOutput
        PhaseClock.reached("started, output checked")
        // Before any file is found unchanged (OutputLocation.tidyLeftovers says why).
        let tidied: [String]
        do {
            tidied = options.installs ? try output.tidyLeftovers(operations: operations) : []
        } catch {
            throw BuildError(error)
        }
        let cache = options.installs ? try options.resolveCache(output: output) : nil
        cache?.pruneOtherVersions()
        PhaseClock.reached("leftovers tidied, other versions pruned")
        // Every language of the site (issue 15), the first at the top of the content folder and
        // the output, each other in its folder of both; one language for a site without `languages`.
        // The templates and the first language's cache state are read while the lessons are.
        // The templates once for every language; their problems are the first language's to report.
        async let templatesRead = TemplateSet.load(
            overridesIn: options.templatesDirectory, displayPath: options.templatesDisplayPath)
        async let firstState = cache?.readState()
        let plans = try await LanguagePlan.all(options, output: output, cache: cache)
        let templates = await templatesRead
        let first = await firstState
        PhaseClock.reached("lessons read (with the templates and the cache state)")
        let pages = LanguageLinks.pages(plans)
        @Sendable func build(_ plan: LanguagePlan) async -> LanguageBuild {
            await language(
                options, plan: plan, saved: plan.prefix.isEmpty ? first : plan.cache?.readState(),
                output: plan.prefix.isEmpty ? output : output.within(String(plan.prefix.dropLast())),
                templates: (templates.0, plan.prefix.isEmpty ? templates.1 : []),
                links: LanguageLinks(plans, pages: pages, current: plan))
        }
        // The languages at once (with --jobs 1, in turn): each is a site of its own, and one
        // alone seldom keeps both cores busy.
        var builds: [LanguageBuild] = []
        if options.jobs == 1 || plans.count == 1 {
            for plan in plans { builds.append(await build(plan)) }
        } else {
            builds = await withTaskGroup(of: (Int, LanguageBuild).self) { group in
                for (position, plan) in plans.enumerated() { group.addTask { (position, await build(plan)) } }
                var made: [(Int, LanguageBuild)] = []
                for await build in group { made.append(build) }
                return made.sorted { $0.0 < $1.0 }.map(\.1)
            }
        }
        var outputWarnings = tidied
        func saveCaches() {
            for build in builds { outputWarnings += build.saveCache() }
        }
        var sources = DiagnosticSources(plans: plans, options: options)
        let problems = sources.attach(builds.flatMap(\.problems).sorted())
        if builds.contains(where: \.failed) {
            saveCaches()
            throw .content(problems)
        }
        var files: [String: SiteFile] = [:]
        for build in builds {
            for (path, file) in build.files { files[build.prefix + path] = file }
        }
        PhaseClock.reached("languages made")
        guard options.installs else {
            return BuildReport(
                lessonCount: builds.map(\.lessonCount).reduce(0, +), writtenFiles: [],
                indexFile: options.outputDirectory.appendingPathComponent("index.html"), warnings: problems)
        }
        do {
            let installation = try output.install(
                files, clean: options.clean, since: cache == nil ? nil : builds[0].saved?.state.record,
                spare: cache?.spareSite, tidyingLeftovers: false, operations: operations)  // tidied at the start
            outputWarnings += installation.warnings
            builds[0].work.wroteNothing = installation.wroteNothing
            for index in builds.indices { builds[index].state.record = installation.record }
            PhaseClock.reached("output installed")
        } catch {
            saveCaches()
            throw BuildError(error)
        }
        saveCaches()
        PhaseClock.reached("cache saved")
        var report = BuildReport(
            lessonCount: builds.map(\.lessonCount).reduce(0, +), writtenFiles: files.keys.sorted(),
            indexFile: options.outputDirectory.appendingPathComponent("index.html"), warnings: problems,
            outputWarnings: outputWarnings)
        report.work = builds.dropFirst().reduce(builds[0].work) { $0.adding($1.work) }
        BackgroundRelease.drop(files, builds, plans, sources)
        return report
    }

    /// One language's site, made but not installed: its files (paths relative to its own
    /// folder), its problems, and its cache state to save. With an error (or, with
    /// `strict`, a warning) it stops before making any file, `failed`.
    /// - Parameter saved: the language's cache state as the last build left it.
    private static func language(
        _ options: BuildOptions, plan: LanguagePlan, saved: (state: CacheState, bytes: [UInt8])?, output: OutputLocation,
        templates: (set: TemplateSet?, problems: [BuildDiagnostic]), links: LanguageLinks
    ) async -> LanguageBuild {
        let cache = plan.cache
        var site = plan.site
        let (strings, stringProblems) = SiteStrings.load(
            language: site.language, templatesDirectory: options.templatesDirectory,
            templatesDisplayPath: options.templatesDisplayPath)
        site.strings = strings
        site.languageDigest = links.digest
        let (templateSet, templateProblems) = templates
        let (sources, loadProblems) = (plan.sources, plan.loadProblems)
        let (assets, assetProblems) = AuthorAssets.load(
            contentDirectory: plan.content, displayPath: plan.contentDisplayPath)
        // Phase by phase (DESIGN §1), each lesson taken from the cache where nothing it
        // depends on changed (IncrementalLessons). Every lesson is parsed before any is
        // resolved, so that each lesson's links, {lesson} and {ref} roles see the whole
        // course, while lessons still resolve and render in parallel, independently.
        let pageKeys = PageKeys(templates: templateSet, site: site)
        PhaseClock.reached("strings, assets, page keys")
        // The search index's key, from the entries alone. When the output does not hold
        // the index, it is made from each lesson's rows: cached (by body digest) or read
        // from the body, so only bodies without cached rows are wanted.
        let searchSources: @Sendable ([IncrementalLessons.Outcome]) -> [SearchIndex.Source] = { outcomes in
            zip(sources, outcomes).map { ($0.fileName, $0.slug, $1.entry.frontMatter, $1.entry.bodyDigest) }
        }
        // The search files' keys by path, and those the output holds as they should be.
        let decideSearch: @Sendable ([IncrementalLessons.Outcome]) -> (files: [String: String], kept: Set<String>) = {
            [record = saved?.state.record] outcomes in
            let keys = SearchIndex.keys(searchSources(outcomes))
            return (keys, output.unchangedFiles(keys, since: record))
        }
        let searchRows = SearchRowsRead(cache)
        // The search files' keys and which files the output holds as they should be, decided
        // once when the lesson phase asks: the files are made from exactly the bodies it read.
        let searchDecided = LockedBox<(files: [String: String], kept: Set<String>)?>(nil)
        let previewsDecided = LockedBox<PreviewFiles.Decision?>(nil)
        let outcomes = await IncrementalLessons.run(
            sources,
            .init(
                keepsRawHTML: site.unsafeHTML, words: site.strings, content: ConfinedFolder(plan.content),
                previous: Dictionary(
                    (saved?.state.lessons ?? []).map { ($0.fileName, $0) }, uniquingKeysWith: { first, _ in first }),
                cache: cache, pageKeys: pageKeys, output: output, record: saved?.state.record, jobs: options.jobs,
                makesPrintPage: site.printPage,
                willChange: { searchRows.prefetch() },
                wantedBodies: { [record = saved?.state.record] sources, outcomes in
                    // Hover previews whose file is to be made need their lesson's body.
                    var wanted = PreviewFiles.wantedBodies(output: output, record: record, decided: previewsDecided)(
                        sources, outcomes.map(\.entry))
                    // The search index, when a file of it is to be made, needs the bodies whose rows it
                    // lacks, and a prose part to be made the bodies of its lessons (prose is not cached).
                    let (keys, kept) = decideSearch(outcomes)
                    searchDecided.value = (keys, kept)
                    if kept.count < keys.count {
                        let known = searchRows.rows
                        wanted.formUnion(
                            outcomes.filter { $0.body == nil && $0.entry.isPublished && known[$0.entry.bodyDigest] == nil }
                                .map(\.entry.fileName))
                        for (path, lessons) in SearchIndex.parts(searchSources(outcomes)) where !kept.contains(path) {
                            wanted.formUnion(lessons)
                        }
                    }
                    return wanted
                }))
        var work = BuildWork()
        PhaseClock.reached("lessons done")
        for outcome in outcomes {
            work.parsedLessons += outcome.wasParsed ? 1 : 0
            work.renderedLessons += outcome.wasRendered ? 1 : 0
            work.drawnDirectives += outcome.drawnDirectives
        }
        let state = CacheState(lessons: outcomes.map(\.entry), record: saved?.state.record)
        var problems = plan.configProblems + stringProblems + templateProblems + loadProblems + assetProblems
        // Reported once, with the first language's other template problems.
        if plan.prefix.isEmpty, let readOut = templateSet?.readOutProblem(sources: plan.sources.map(\.text)) {
            problems.append(readOut)
        }
        var lessons: [BuiltLesson] = []
        for (source, outcome) in zip(sources, outcomes) {
            let lesson = outcome.entry
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
            if frontMatter.draft { continue }
            lessons.append(
                BuiltLesson(
                    slug: source.slug, orderLocation: frontMatter.orderLocation, sourceFileName: source.fileName, title: title,
                    summary: frontMatter.summary, order: frontMatter.order, body: outcome.body, pageKey: ""))
        }
        // Page order, and each lesson's body digest by file name: what the pages and the search index take.
        let pageOrder = lessons.sorted {
            ($0.order ?? Int.max, $0.sourceFileName) < ($1.order ?? Int.max, $1.sourceFileName)
        }
        let bodies = Dictionary(
            zip(sources, outcomes).map { ($0.fileName, $1.entry.bodyDigest) }, uniquingKeysWith: { first, _ in first })
        // The search index on one core while the course checks and the pages take the other:
        // it needs only the lessons. Abandoned when the build fails (`searchFiles` says how);
        // with --jobs 1, made first, on its own.
        let searchAbandoned = LockedBox(false)
        let searchDecision = searchDecided.value ?? decideSearch(outcomes)
        async let searchFiles = Self.searchFiles(
            pageOrder, bodies: bodies, decided: searchDecision, parts: SearchIndex.parts(searchSources(outcomes)),
            rows: searchRows, cache: cache, jobs: options.jobs, abandoned: searchAbandoned)
        if options.jobs == 1 { _ = await searchFiles }  // made now, alone: awaited again below
        problems += CourseChecks.slugProblems(lessons, sources: sources) + CourseChecks.orderWarnings(lessons, sources: sources)
        PhaseClock.reached("  slugs, orders checked")
        // A further language's folder may start empty; the site's own may not go unnoticed.
        if plan.prefix.isEmpty, lessons.isEmpty, !problems.contains(where: \.diagnostic.isError),
            let problem = CourseChecks.noLessons(
                contentDisplayPath: plan.contentDisplayPath, files: sources.count,
                drafts: outcomes.filter { $0.entry.frontMatter?.draft == true }.count)
        {
            problems.append(problem)
        }
        // The ids of the lessons that links point into, and of no other.
        let targets = Set(outcomes.flatMap { $0.entry.fragmentLinks.map(\.lessonFileName) })
        problems += FragmentLinks.problems(
            pages: Dictionary(
                zip(sources, outcomes).filter { targets.contains($0.0.fileName) }.map {
                    ($0.fileName, Anchors.Page(ids: $1.entry.ids))
                },
                uniquingKeysWith: { first, _ in first }),
            links: zip(sources, outcomes).map { ($0.displayPath, $1.entry.fragmentLinks) })
        PhaseClock.reached("  links to fragments checked")
        // Only the files of lessons that get a page: a draft's images stay out of the site.
        let published = Set(lessons.map(\.sourceFileName))
        let uses = zip(sources, outcomes).filter { published.contains($0.0.fileName) }.flatMap { source, outcome in
            outcome.entry.linkedFiles.map { LinkedFiles.Use(lessonPath: source.displayPath, linked: $0) }
        }
        let (linkedFiles, linkProblems) = LinkedFiles.read(uses, copied: Set(assets.keys))
        problems += linkProblems
        let failing = problems.contains { $0.diagnostic.isError || options.strict }
        PhaseClock.reached("linked files read")
        var built = LanguageBuild(
            prefix: plan.prefix, cache: cache, saved: saved, state: state, problems: problems, work: work,
            lessonCount: lessons.count)
        guard !failing, let templates = templateSet else {
            searchAbandoned.value = true
            built.failed = true
            return built
        }

        lessons = pageOrder
        var files = (assets.merging(linkedFiles, uniquingKeysWith: { asset, _ in asset })).mapValues(Self.file)
        var pages = PageRenderer(
            templates: templates, site: site, course: lessons.map { PageContext.Link(title: $0.title, url: $0.fileName) })
        pages.languages = links
        let pageFiles = await SitePages.lessonPages(
            lessons, bodies: bodies, renderer: pages, keys: pageKeys, output: output, record: saved?.state.record,
            jobs: options.jobs)
        built.work.renderedPages = pageFiles.values.filter { $0.bytes != nil }.count
        PhaseClock.reached("lesson pages")
        files.merge(pageFiles, uniquingKeysWith: { _, page in page })
        files["assets/style.css"] = Self.file(templates.stylesheet)
        files["assets/print.css"] = Self.file(templates.printStylesheet)
        files[SiteStrings.scriptPath] = Self.file(site.strings.script)
        // Hover previews: one script per linked lesson (Previews/), and the script that shows them.
        files.merge(
            PreviewFiles.files(sources, outcomes, output: output, record: saved?.state.record, decided: previewsDecided.value),
            uniquingKeysWith: { _, preview in preview })
        // Made only when the output does not hold them already.
        var made: [String: (key: String, make: () -> [UInt8])] = [
            "index.html": (pageKeys.indexKey(lessons), { Array(pages.indexPage(lessons).utf8) }),
            "assets/math-font.css": (PageKeys.builtInKey("math-font.css"), { BundledMathFont.stylesheetBytes }),
            "assets/plot.js": (PageKeys.builtInKey("plot.js"), { PackageResources.plot_js }),
            "assets/preview.js": (PageKeys.builtInKey("preview.js"), { PackageResources.preview_js }),
            "assets/OFL-AsanaMath.txt": (PageKeys.builtInKey("OFL-AsanaMath.txt"), { PackageResources.OFL_AsanaMath_txt }),
            "assets/search.js": (PageKeys.builtInKey("search.js"), { PackageResources.search_js }),
            // Issue 14: the layout's script (menu, contents highlight) and the favicon.
            "assets/site.js": (PageKeys.builtInKey("site.js"), { PackageResources.site_js }),
            Favicon.fileName: (PageKeys.builtInKey("favicon.svg"), { Favicon.bytes }),
        ]
        if site.printPage {
            // Every lesson's body is at hand when this key changed (IncrementalLessons).
            made["print.html"] = (
                pageKeys.printKey(
                    lessons.map { ($0.slug, $0.title, bodies[$0.sourceFileName] ?? ContentDigest(low: 0, high: 0)) }),
                { Array(pages.printPage(lessons).utf8) }
            )
        }
        if let base = site.baseURL {
            let sitemap = Array(Sitemap.xml(pages: ["index.html"] + lessons.map(\.fileName), base: base).utf8)
            made[Sitemap.fileName] = (ContentDigest.of(sitemap).hex, { sitemap })
        }
        let unchanged = output.unchangedFiles(made.mapValues(\.key), since: saved?.state.record)
        PhaseClock.reached("previews, index page, assets")
        for (path, file) in made {
            files[path] = SiteFile(key: file.key, bytes: unchanged.contains(path) ? nil : file.make())
        }
        // Never abandoned on this path: the build has not failed.
        files.merge(await searchFiles ?? [:], uniquingKeysWith: { _, search in search })
        built.files = files
        PhaseClock.reached("search index ready (made alongside the checks and pages)")
        BackgroundRelease.drop(outcomes, searchRows, lessons, bodies, pages, previewsDecided, sources)
        return built
    }

    /// A file whose bytes are known, keyed by their digest.
    private static func file(_ bytes: [UInt8]) -> SiteFile {
        SiteFile(key: ContentDigest.of(bytes).hex, bytes: bytes)
    }

    static func loadConfig(_ content: URL, displayPath: String) -> (SiteConfig, [BuildDiagnostic]) {
        let url = content.appendingPathComponent("site.yaml")
        guard let data = FileManager.default.contents(atPath: url.path) else { return (SiteConfig(), []) }
        let path = DisplayPath.join(displayPath, "site.yaml")
        return SiteConfig.read(yaml: String(decoding: data, as: UTF8.self), path: path)
    }
}
