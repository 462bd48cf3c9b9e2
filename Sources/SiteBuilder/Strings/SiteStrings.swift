import AtlasDiagnostics
import Foundation
import LessonMarkdown

/// The words the generator writes into a site's pages, in the site's language (issue 15):
/// navigation, the search box, the plot read-out, the outline's print link, the footer,
/// and in lessons the figure and table labels, table notes, `{compare}`'s rows and values,
/// and plot titles and descriptions. A word may hold places, `{number}`, filled by
/// ``fill(_:_:)`` (or, for `{count}` and `{shown}`, by the script that shows it); each
/// language keeps every place of its key and orders the sentence as it needs.
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
/// English words, with a warning.
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
        // In lessons: labels, plots' data, tables' notes, {compare}'s rows and values.
        case figure, table, captionLabel, referenceInLesson, dataBehindPlot, undefined, noteLabel
        case kinkNote, jumpNoteUndefined, jumpNoteValue
        case compareProperty, compareRange, compareMonotonic, compareZeroCentred, compareSmoothness, compareSaturates
        case compareKinks, compareJumps, compareAtKink, compareAt, yes, no, none
        case increasing, nonDecreasing, notMonotonic, discontinuous, continuous, smooth
        case saturatesBoth, saturatesNegative, saturatesPositive, saturatesNeither
        // A plot's title without a caption, and its description for screen readers (PlotDescription).
        case plotTitle, plotTitleDerivative, plotTitleDerivatives, plotTitleFamily, plotTitleFamilyDerivative, plotTitleFamilyDerivatives,
            listAnd, listComma
        case descSentence, descWithDerivative, descSeparator, descDashed, descDots, descUndefinedRange, descVaries, descAlone,
            descUndefinedAt, descJumpTaking, descJumpUndefined, descGap, descOffPlot, descStaysUntil
        case descStaysTo, descStaysFromUntil, descStaysFromTo, descRises, descRisesFrom, descFalls, descFallsFrom, descPoint, descMaximum,
            descMinimum, descThen, descPassing, descBetween, descAt
    }

    private(set) var values: [Key: String] {
        didSet { digest = Self.digest(of: values) }
    }
    /// The digest of every word: a lesson's cached HTML depends on it.
    private(set) var digest: ContentDigest

    init(values: [Key: String]) {
        self.values = values
        digest = Self.digest(of: values)
    }

    private static func digest(of values: [Key: String]) -> ContentDigest {
        var writer = CacheWriter()
        for key in Key.allCases { writer.write(values[key] ?? english(key)) }
        return ContentDigest.of(writer.bytes)
    }

    /// The English table, for `atlas render` and wherever no site says otherwise.
    static let english = SiteStrings(values: table(english))

    subscript(key: Key) -> String { values[key] ?? Self.english(key) }

    /// The word of `key` with its `{name}` placeholders filled: `fill(.figureLabel, ["number": "2"])`.
    /// One pass, left to right: a value is never read again for places, and a `{name}`
    /// not in `fields` stays as written (of two fields of one name, the first counts).
    /// Names match byte for byte (they are lower-case ASCII).
    ///
    /// Why bytes: every label, caption and plot sentence of a page is filled here (a
    /// plot's description fills about eight words), and walking Characters, a dictionary
    /// made for each fill, or the text joined from Substrings (each append a String's
    /// bookkeeping) cost 1.5 % of the benchmark course's build. The text is put together
    /// as UTF-8 bytes, with room made once, and made a String at the end; a field is found
    /// by comparing its name's bytes in place.
    func fill(_ key: Key, _ fields: KeyValuePairs<String, String>) -> String {
        var text = self[key]
        let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
        guard let first = text.withUTF8({ $0.firstIndex(of: openBrace) }) else { return text }
        return text.withUTF8 { word in
            var out: [UInt8] = []
            out.reserveCapacity(word.count + fields.reduce(0) { $0 + $1.value.utf8.count })
            out.append(contentsOf: UnsafeBufferPointer(rebasing: word[..<first]))
            var copied = first  // the bytes before it are in `out`
            var from = first
            while let open = word[from...].firstIndex(of: openBrace) {
                guard let close = word[(open + 1)...].firstIndex(of: closeBrace),
                    let value = fields.first(where: { Self.name($0.key, equals: UnsafeBufferPointer(rebasing: word[(open + 1)..<close])) })?
                        .value
                else {
                    from = open + 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: word[copied..<open]))
                var filled = value
                filled.withUTF8 { out.append(contentsOf: $0) }
                copied = close + 1
                from = copied
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: word[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether `name`'s UTF-8 is `bytes`, byte for byte.
    private static func name(_ name: String, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var name = name
        return name.withUTF8 { name in
            guard name.count == bytes.count else { return false }
            guard let start = name.baseAddress, let other = bytes.baseAddress else { return true }  // both empty
            return memcmp(start, other, bytes.count) == 0
        }
    }

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
                    "\(name) lacks \(missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")); atlas has no words of its own for '\(language)', so the file must give every key",
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
