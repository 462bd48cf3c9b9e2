import AtlasDiagnostics
import Foundation

/// Which lessons each further language has translated, and whether each translation
/// follows its original as the original is now (issue 15, point 4).
///
/// A translation (`Content/zh/02-sigmoid.md`) records the version of its original
/// (`Content/02-sigmoid.md`, paired by file name) that it follows: `translation_of:` in
/// its front matter, the first 12 hex digits of the original's ``ContentDigest``, as
/// `atlas translations --mark` writes it (``TranslationMark``). For every lesson of the
/// default language, drafts included, each further language's translation is then
///
/// - ``State/current``: its `translation_of` is the original's digest;
/// - ``State/behind``: it is another one: the original changed since it was marked;
/// - ``State/unmarked``: it has no `translation_of`;
/// - ``State/missing``: there is no file of that name in the language's folder.
///
/// A translation whose file name no original has is ``withoutOriginal``. Made from file
/// names and texts alone, so that a test builds it without a disk:
///
/// ```swift
/// let translations = Translations(
///     defaultLanguage: "en", contentDisplayPath: "Content",
///     originals: [("02-sigmoid.md", english)], translations: [("zh", [("02-sigmoid.md", chinese)])])
/// translations.lessons[0].translations[0].state  // .unmarked
/// translations.warnings  // Content/zh/02-sigmoid.md:1:1: warning: this translation does not say …
/// ```
public struct Translations: Sendable, Equatable {
    public enum State: String, Sendable, CaseIterable {
        case current, behind, unmarked, missing
    }

    /// One language's translation of one lesson.
    public struct Translation: Sendable, Equatable {
        public var language: String
        /// `02-sigmoid.md`, the original's file name.
        public var fileName: String
        /// `Content/zh/02-sigmoid.md`, also when it is missing.
        public var displayPath: String
        public var state: State
        /// The line of its `translation_of:`; nil without one.
        public var markLine: Int?
    }

    /// One lesson of the default language and its translations.
    public struct Lesson: Sendable, Equatable {
        public var fileName: String
        /// `Content/02-sigmoid.md`
        public var displayPath: String
        /// What a translation following this version records: ``digest(of:)``.
        public var digest: String
        /// One per further language, in the order of ``Translations/languages``.
        public var translations: [Translation]
    }

    /// A file in a language's folder that no lesson of the default language pairs with.
    public struct Orphan: Sendable, Equatable {
        public var language: String
        public var fileName: String
        public var displayPath: String
    }

    /// The first of `languages` in `site.yaml` (or its `language`).
    public var defaultLanguage: String
    /// The further languages, in the order `site.yaml` names them.
    public var languages: [String]
    /// The content folder as the user typed it: `Content`.
    public var contentDisplayPath: String
    /// In file-name order.
    public var lessons: [Lesson]
    public var withoutOriginal: [Orphan]
    /// Lessons of the default language that have a `translation_of:` line, and its line.
    var strayMarks: [StrayMark]

    struct StrayMark: Sendable, Equatable {
        var displayPath: String
        var line: Int
    }

    /// - Parameters:
    ///   - originals: the default language's lessons, file name and text.
    ///   - translations: each further language's lessons, in `site.yaml`'s order.
    init(
        defaultLanguage: String, contentDisplayPath: String, originals: [(fileName: String, text: String)],
        translations: [(language: String, files: [(fileName: String, text: String)])]
    ) {
        self.defaultLanguage = defaultLanguage
        self.contentDisplayPath = contentDisplayPath
        languages = translations.map(\.language)
        let texts = translations.map { language in
            Dictionary(language.files.map { ($0.fileName, $0.text) }, uniquingKeysWith: { first, _ in first })
        }
        let sorted = originals.sorted { $0.fileName < $1.fileName }
        lessons = sorted.map { original in
            let digest = Self.digest(of: original.text)
            return Lesson(
                fileName: original.fileName, displayPath: DisplayPath.join(contentDisplayPath, original.fileName),
                digest: digest,
                translations: zip(translations, texts).map { language, texts in
                    let path = DisplayPath.join(DisplayPath.join(contentDisplayPath, language.language), original.fileName)
                    guard let text = texts[original.fileName] else {
                        return Translation(language: language.language, fileName: original.fileName, displayPath: path, state: .missing)
                    }
                    let mark = TranslationMark.read(Array(text.utf8))?.mark
                    let state: State =
                        if let mark { mark.value.lowercased() == digest ? .current : .behind } else { .unmarked }
                    return Translation(
                        language: language.language, fileName: original.fileName, displayPath: path, state: state,
                        markLine: mark?.line)
                })
        }
        let names = Set(originals.map(\.fileName))
        withoutOriginal = translations.flatMap { language in
            language.files.map(\.fileName).filter { !names.contains($0) }.sorted().map {
                Orphan(
                    language: language.language, fileName: $0,
                    displayPath: DisplayPath.join(DisplayPath.join(contentDisplayPath, language.language), $0))
            }
        }
        strayMarks = sorted.compactMap { original in
            TranslationMark.read(Array(original.text.utf8))?.mark.map {
                StrayMark(displayPath: DisplayPath.join(contentDisplayPath, original.fileName), line: $0.line)
            }
        }
    }

    /// What a translation of `text` records: the first 12 of the 32 hex digits of its
    /// ``ContentDigest``, 48 bits, plenty to tell one version of a lesson from the next.
    static func digest(of text: String) -> String {
        String(ContentDigest.of(text).hex.prefix(12))
    }

    /// Whether every lesson has a current translation in every further language.
    public var allCurrent: Bool {
        lessons.allSatisfy { $0.translations.allSatisfy { $0.state == .current } }
    }

    /// How many of the lessons are in `state` in `language`.
    public func count(_ state: State, in language: String) -> Int {
        lessons.filter { $0.translations.contains { $0.language == language && $0.state == state } }.count
    }

    /// The warnings of a build: each translation that is behind or unmarked, at its
    /// `translation_of:` line (or line 1), and each `translation_of:` in a lesson of the
    /// default language, where it means nothing. A missing translation is not warned of:
    /// its lesson's switcher says so to the reader.
    public var warnings: [BuildDiagnostic] {
        var warnings: [BuildDiagnostic] = []
        for lesson in lessons {
            for translation in lesson.translations {
                let command = markCommand(translation)
                switch translation.state {
                case .behind:
                    warnings.append(
                        BuildDiagnostic(
                            path: translation.displayPath,
                            Diagnostic(
                                .frontMatterField,
                                "the original '\(lesson.displayPath)' changed since this translation was marked; "
                                    + "update the translation, then run '\(command)'",
                                at: SourceLocation(line: translation.markLine ?? 1, column: 1), severity: .warning)))
                case .unmarked:
                    warnings.append(
                        BuildDiagnostic(
                            path: translation.displayPath,
                            Diagnostic(
                                .frontMatterField,
                                "this translation does not say which version of '\(lesson.displayPath)' it follows; "
                                    + "once it says what the original says, run '\(command)'",
                                at: SourceLocation(line: 1, column: 1), severity: .warning)))
                case .current, .missing:
                    break
                }
            }
        }
        for stray in strayMarks {
            warnings.append(
                BuildDiagnostic(
                    path: stray.displayPath,
                    Diagnostic(
                        .frontMatterField,
                        "'translation_of' marks a translation, but this lesson is in the default language "
                            + "'\(defaultLanguage)'; remove the line",
                        at: SourceLocation(line: stray.line, column: 1), severity: .warning)))
        }
        return warnings
    }

    /// `atlas translations --mark zh/02-sigmoid.md`, with `--content` unless the content
    /// folder is `Content`, the default.
    func markCommand(_ translation: Translation) -> String {
        let content = contentDisplayPath == "Content" ? "" : " --content \(contentDisplayPath)"
        return "atlas translations\(content) --mark \(translation.language)/\(translation.fileName)"
    }
}
