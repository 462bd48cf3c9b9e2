import ArgumentParser
import AtlasText
import Foundation
import SiteBuilder

/// `atlas translations`: each lesson's state in each further language, or `--mark`.
struct TranslationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "List each lesson's translations as current, behind, unmarked or missing, or mark translations.",
        discussion: """
            A translation (Content/zh/02-sigmoid.md) says which version of its original \
            (Content/02-sigmoid.md) it follows with 'translation_of:' in its front matter, a digest \
            of the original. 'atlas build' warns of each translation whose original changed since \
            (behind) or that has no mark (unmarked).

            Once a translation says what its original says, mark it: \
            'atlas translations --mark zh/02-sigmoid.md' (paths in the content folder, or from here \
            such as Content/zh/*.md) writes that one line and leaves the rest of the file as it \
            was. '--mark --all' marks every unmarked translation, never one that is behind.

            Exit status: 0, also when translations are behind or missing, unless --strict.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: ArgumentHelp("The folder of lessons and site.yaml.", valueName: "dir"))
    var content = "Content"

    @Flag(help: "Mark the translations given as following their originals as they are now.")
    var mark = false

    @Flag(help: "With --mark: every translation that has no mark yet.")
    var all = false

    @Flag(help: "Exit 1 unless every lesson has a current translation in every language (for CI).")
    var strict = false

    @Option(help: "Output format of the list.")
    var format: Format = .text

    @Argument(help: ArgumentHelp("With --mark: translations, such as zh/02-sigmoid.md.", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        guard SourceFolders.isDirectory(content) else {
            throw ValidationError("content folder '\(content)' does not exist; create it or pass --content DIR")
        }
        if mark {
            if all, !paths.isEmpty { throw ValidationError("'--all' marks every unmarked translation; pass it or paths, not both") }
            if !all, paths.isEmpty { throw ValidationError("'--mark' needs the translations to mark, e.g. 'zh/02-sigmoid.md', or '--all'") }
            if format != .text || strict {
                throw ValidationError("'--format' and '--strict' are for the list; leave them out with '--mark'")
            }
        } else if all || !paths.isEmpty {
            throw ValidationError("paths and '--all' name translations to mark; add '--mark'")
        }
    }

    func run() async throws {
        let contentURL = URL(fileURLWithPath: content)
        let (translations, problems): (Translations, [BuildDiagnostic])
        do {
            (translations, problems) = try await Translations.load(
                contentDirectory: contentURL, displayPath: content, jobs: min(ProcessInfo.processInfo.activeProcessorCount, 64))
        } catch {
            throw ContentFailure(report: error.report(colour: Terminal.standardErrorHasColour))
        }
        // A lesson that cannot be read cannot be compared: its error first, as the build gives it.
        let errors = problems.filter(\.diagnostic.isError).sorted()
        guard errors.isEmpty else {
            throw ContentFailure(report: errors.map { $0.formatted(colour: Terminal.standardErrorHasColour) }.joined(separator: "\n"))
        }
        guard mark else {
            print(format == .json ? TranslationTable.json(translations) : TranslationTable.text(translations))
            if strict, !translations.allCurrent {
                throw ContentFailure(report: "error: not every lesson has a current translation in every language (--strict)")
            }
            return
        }
        var targets: [Translations.Translation] = []
        do {
            let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            targets =
                try all
                ? translations.unmarked
                : paths.map { path throws(Translations.MarkRefusal) in
                    try translations.translation(named: path, contentDirectory: contentURL, currentDirectory: here)
                }
        } catch {
            throw UsageFailure(message: error.message)
        }
        let marked: [Translations.Marked]
        do {
            marked = try translations.mark(targets, contentDirectory: contentURL)
        } catch {
            throw ContentFailure(report: error.report(colour: Terminal.standardErrorHasColour))
        }
        print(TranslationTable.marked(marked))
    }
}

/// The text and JSON of `atlas translations`.
enum TranslationTable {
    /// A row per lesson, a column per further language, then a summary:
    ///
    /// ```
    /// lesson                 zh
    /// 01-why-activations.md  current
    /// 02-sigmoid.md          behind
    /// 2 lessons, zh: 1 current, 1 behind
    /// ```
    static func text(_ translations: Translations) -> String {
        var rows = [["lesson"] + translations.languages]
        rows += translations.lessons.map { [$0.fileName] + $0.translations.map(\.state.rawValue) }
        for orphan in translations.withoutOriginal {
            rows.append([orphan.fileName] + translations.languages.map { $0 == orphan.language ? "no original" : "—" })
        }
        let count = translations.lessons.count
        var summary = "\(count) lesson\(count == 1 ? "" : "s")"
        if translations.languages.isEmpty {
            summary +=
                "; 'languages' in '\(DisplayPath.join(translations.contentDisplayPath, "site.yaml"))' names no language to translate them into"
            return summary
        }
        let parts = translations.languages.map { language in
            var counts = Translations.State.allCases.compactMap { state in
                let number = translations.count(state, in: language)
                return number == 0 ? nil : "\(number) \(state.rawValue)"
            }
            let orphans = translations.withoutOriginal.filter { $0.language == language }.count
            if orphans > 0 { counts.append("\(orphans) without an original") }
            return "\(language): " + (counts.isEmpty ? "nothing" : counts.joined(separator: ", "))
        }
        return EvalRow.align(rows) + "\n" + summary + ", " + parts.joined(separator: "; ")
    }

    /// `{"default": "en", "languages": ["zh"], "lessons": [{"file": …, "digest": …,
    /// "translations": {"zh": "current"}}], "without_original": [{"language": "zh", "file": …}]}`
    static func json(_ translations: Translations) -> String {
        JSONValue.object([
            ("default", .string(translations.defaultLanguage)),
            ("languages", .array(translations.languages.map(JSONValue.string))),
            (
                "lessons",
                .array(
                    translations.lessons.map { lesson in
                        .object([
                            ("file", .string(lesson.fileName)), ("digest", .string(lesson.digest)),
                            ("translations", .object(lesson.translations.map { ($0.language, .string($0.state.rawValue)) })),
                        ])
                    })
            ),
            (
                "without_original",
                .array(
                    translations.withoutOriginal.map {
                        .object([("language", .string($0.language)), ("file", .string($0.fileName))])
                    })
            ),
        ]).text(.spaced)
    }

    /// A line per translation `--mark` visited.
    static func marked(_ marked: [Translations.Marked]) -> String {
        guard !marked.isEmpty else { return "No translation without a mark: nothing to do" }
        return marked.map { item in
            item.changed
                ? "\(item.translation.displayPath): marked as following \(item.original) (translation_of: \(item.digest))"
                : "\(item.translation.displayPath): current already"
        }.joined(separator: "\n")
    }
}
