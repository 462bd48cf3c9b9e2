import AtlasDiagnostics
import Foundation
import SiteOutput

/// One language of the site to build (issue 15): where its lessons are, where its pages
/// go, its settings and its cache. A site without `languages` in `site.yaml` has one
/// plan, the content folder into the output folder, as before; with `languages: [en, zh]`
/// the first language is that plan and each further one reads `Content/zh/` (its own
/// `site.yaml` may set `title`, `author`, `description`) into `_site/zh/`.
struct LanguagePlan: Sendable {
    var code: String
    /// `""` for the first language, `zh/` for a further one: prefixed to its files' paths.
    var prefix: String
    var content: URL
    var contentDisplayPath: String
    var site: SiteConfig
    /// Problems of `site.yaml` (the language's own, and for the first the site's); the
    /// first's also holds the warnings of translations behind their originals.
    var configProblems: [BuildDiagnostic]
    var sources: [LessonSource]
    var loadProblems: [BuildDiagnostic]
    /// The first language's cache is the build's; each further one has its own state in
    /// the same cache folder (keyed by its content and output folders).
    var cache: BuildCache?

    /// Every language's plan, the first language's first; lessons loaded.
    static func all(_ options: BuildOptions, output: OutputLocation, cache: BuildCache?) async throws(BuildError)
        -> [LanguagePlan]
    {
        let (site, problems) = SiteBuild.loadConfig(options.contentDirectory, displayPath: options.contentDisplayPath)
        var plans = [
            try await plan(
                code: site.language, prefix: "", content: options.contentDirectory,
                contentDisplayPath: options.contentDisplayPath, site: site, problems: problems, cache: cache, jobs: options.jobs)
        ]
        for code in site.languages.dropFirst() {
            let folder = options.contentDirectory.appendingPathComponent(code, isDirectory: true)
            let display = DisplayPath.join(options.contentDisplayPath, code)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                plans[0].configProblems.append(
                    BuildDiagnostic(
                        path: DisplayPath.join(options.contentDisplayPath, "site.yaml"),
                        Diagnostic(
                            .siteConfig,
                            "'languages' names '\(code)', but there is no folder '\(display)' for its lessons; "
                                + "make it (it may start empty) or take '\(code)' out of 'languages'",
                            at: SourceLocation(line: 1, column: 1))))
                continue
            }
            let yamlPath = folder.appendingPathComponent("site.yaml")
            let (languageSite, languageProblems) = SiteConfig.readLanguage(
                yaml: FileManager.default.contents(atPath: yamlPath.path).map { String(decoding: $0, as: UTF8.self) },
                path: DisplayPath.join(display, "site.yaml"), base: site, code: code)
            plans.append(
                try await plan(
                    code: code, prefix: code + "/", content: folder, contentDisplayPath: display, site: languageSite,
                    problems: languageProblems,
                    cache: cache.map {
                        BuildCache(
                            root: $0.root, content: OutputLocation.realPath(folder),
                            output: output.directory.appendingPathComponent(code).path)
                    }, jobs: options.jobs))
        }
        // A warning for each translation behind its original or unmarked, and for a
        // 'translation_of' in an original (Translations); the build sorts every language's
        // problems together, so the first plan holds them.
        plans[0].configProblems +=
            Translations(
                defaultLanguage: site.language, contentDisplayPath: options.contentDisplayPath,
                originals: plans[0].sources.map { ($0.fileName, $0.text) },
                translations: plans.dropFirst().map { plan in (plan.code, plan.sources.map { ($0.fileName, $0.text) }) }
            ).warnings
        return plans
    }

    private static func plan(
        code: String, prefix: String, content: URL, contentDisplayPath: String, site: SiteConfig,
        problems: [BuildDiagnostic], cache: BuildCache?, jobs: Int
    ) async throws(BuildError) -> LanguagePlan {
        let (sources, loadProblems) = try await LessonLoader.load(
            contentDirectory: content, displayPath: contentDisplayPath, jobs: jobs)
        return LanguagePlan(
            code: code, prefix: prefix, content: content, contentDisplayPath: contentDisplayPath, site: site,
            configProblems: problems, sources: sources, loadProblems: loadProblems, cache: cache)
    }
}

/// One language's site as ``SiteBuild`` made it, before the one install of all of them.
struct LanguageBuild {
    var prefix: String
    var cache: BuildCache?
    var saved: (state: CacheState, bytes: [UInt8])?
    var state: CacheState
    var problems: [BuildDiagnostic]
    var work: BuildWork
    var lessonCount: Int
    var failed = false
    var files: [String: SiteFile] = [:]

    /// Saves the state when it changed, whether the build succeeded or not (fixing one
    /// error then redoes one lesson); the warning when it could not.
    func saveCache() -> [String] {
        guard let cache, state != saved?.state else { return [] }
        do {
            try cache.write(state, replacing: saved?.bytes)
            return []
        } catch {
            return [
                "the build cache could not be written in '\(cache.root.path)' (\(FileOperations.explain(error))); "
                    + "the next build will redo this one's work"
            ]
        }
    }
}

extension BuildWork {
    /// Both builds' work: counts added, nothing written only when neither wrote.
    func adding(_ other: BuildWork) -> BuildWork {
        var sum = self
        sum.parsedLessons += other.parsedLessons
        sum.renderedLessons += other.renderedLessons
        sum.drawnDirectives += other.drawnDirectives
        sum.renderedPages += other.renderedPages
        return sum
    }
}
