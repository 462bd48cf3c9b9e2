import AtlasDiagnostics
import Foundation
import LessonMarkdown

/// The words the generator writes into a site's pages, in the site's language (issue 15):
/// navigation, the search box, the plot read-out, the outline's print link, the footer.
///
/// English and Simplified Chinese are compiled in (``english(_:)``, ``chinese(_:)``:
/// exhaustive switches, so a key added here without its words does not compile). A file
/// `Templates/strings/<language>.yaml` replaces any of them:
///
/// ```yaml
/// menu: 菜单
/// searchPlaceholder: 搜索课程（/）
/// ```
///
/// Its keys are ``Key``'s names; an unknown key or a value that is not text is an error.
/// A language with no words compiled in (`language: de`) takes every key from its file,
/// and a key the file lacks is an error that names it; without a file the site keeps the
/// English words, with a warning. `{count}` and `{shown}` in a value are filled in by
/// the script that shows it.
///
/// Templates see the table as `site.strings` (`{{site.strings.menu}}`), and scripts as
/// `window.atlasStrings`, from `assets/strings.js`.
struct SiteStrings: Sendable, Equatable {
    enum Key: String, CaseIterable, Sendable {
        case skipToContent, menu, lessons, onThisPage, footer
        case pagerLabel, previous, next, outline
        case printCourse, printCourseNote
        case searchLabel, searchPlaceholder, searchNone, searchOne, searchMany, searchFirst, searchLoading
        case readoutHint, familyAll
        case languagesLabel, notTranslated
    }

    private(set) var values: [Key: String]

    subscript(key: Key) -> String { values[key] ?? Self.english(key) }

    /// The built-in table for a language code: English for `en…`, Chinese for `zh…`
    /// (`zh`, `zh-CN`, `zh-Hans`); nil for any other.
    static func builtIn(_ language: String) -> SiteStrings? {
        let code = language.lowercased()
        if code == "en" || code.hasPrefix("en-") { return SiteStrings(values: table(english)) }
        if code == "zh" || code.hasPrefix("zh-") { return SiteStrings(values: table(chinese)) }
        return nil
    }

    private static func table(_ words: (Key) -> String) -> [Key: String] {
        Dictionary(uniqueKeysWithValues: Key.allCases.map { ($0, words($0)) })
    }

    /// The table for `language`: the built-in one with `Templates/strings/<language>.yaml`
    /// laid over it (see the type). With errors the table is still whole (English where
    /// nothing else is known), so that the build reports every problem at once.
    static func load(language: String, templatesDirectory: URL?, templatesDisplayPath: String)
        -> (SiteStrings, [BuildDiagnostic])
    {
        let name = "strings/\(language).yaml"
        let path = DisplayPath.join(templatesDisplayPath, name)
        let builtIn = builtIn(language)
        guard let directory = templatesDirectory,
            let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path)
        else {
            if let builtIn { return (builtIn, []) }
            return (
                SiteStrings(values: table(english)),
                [
                    BuildDiagnostic(
                        path: path,
                        Diagnostic(
                            .siteConfig,
                            "atlas has no words for the language '\(language)', so the pages' navigation, search and "
                                + "read-out stay English; write '\(path)' with the keys "
                                + Key.allCases.map(\.rawValue).joined(separator: ", "),
                            at: SourceLocation(line: 1, column: 1), severity: .warning))
                ]
            )
        }
        var values = builtIn?.values ?? [:]
        var problems: [Diagnostic] = []
        let (fields, yamlProblems) = YAMLFields.read(
            String(decoding: data, as: UTF8.self), firstLine: 1, name: name, kind: .siteConfig)
        problems += yamlProblems
        for field in fields {
            guard let key = Key(rawValue: field.key) else {
                problems.append(
                    Diagnostic(
                        .siteConfig,
                        "unknown key '\(field.key)' in \(name); the keys are "
                            + Key.allCases.map(\.rawValue).joined(separator: ", "),
                        at: field.location))
                continue
            }
            guard let text = field.value.text else {
                problems.append(Diagnostic(.siteConfig, "'\(field.key)' in \(name) must be text", at: field.location))
                continue
            }
            values[key] = text
        }
        let missing = Key.allCases.filter { values[$0] == nil }
        if !missing.isEmpty, yamlProblems.isEmpty {
            problems.append(
                Diagnostic(
                    .siteConfig,
                    "\(name) lacks \(missing.count == 1 ? "the key" : "the keys") "
                        + missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                        + "; atlas has no words of its own for '\(language)', so the file must give every key",
                    at: SourceLocation(line: 1, column: 1)))
        }
        for key in missing { values[key] = english(key) }
        return (SiteStrings(values: values), problems.map { BuildDiagnostic(path: path, $0) })
    }

    /// `assets/strings.js`: the table as `window.atlasStrings`, for the scripts.
    var script: [UInt8] {
        let pairs = Key.allCases.map { SearchIndex.quoted($0.rawValue) + ":" + SearchIndex.quoted(self[$0]) }
        return Array(("window.atlasStrings={" + pairs.joined(separator: ",\n") + "};\n").utf8)
    }

    /// The file's path in the site.
    static let scriptPath = "assets/strings.js"
}
