import AtlasDiagnostics
import Foundation
import LessonMarkdown
import Mustache

/// The templates and stylesheet a build uses: the defaults compiled into the binary,
/// each replaced by a file of the same name in the templates folder when there is one.
///
/// | file | fills |
/// |---|---|
/// | `layout.mustache` | every page: `site`, `page.title`, `page.isLesson`, `{{{content}}}` |
/// | `index.mustache` | the course outline: `site`, `lessons` (`title`, `url`, `summary`) |
/// | `lesson.mustache` | a lesson: `lesson.title`, `{{{lesson.body}}}`, `previous`, `next` |
/// | `print.mustache` | the whole course, `print.html`: `site`, `lessons` (`title`, `slug`, `{{{body}}}`) |
/// | `style.css` | copied to `assets/style.css` |
/// | `print.css` | copied to `assets/print.css`, the stylesheet for paper |
struct TemplateSet: Sendable {
    var layout: MustacheTemplate
    var index: MustacheTemplate
    var lesson: MustacheTemplate
    var print: MustacheTemplate
    var stylesheet: [UInt8]
    var printStylesheet: [UInt8]
    /// The digest of the six texts: a page's cache key includes it.
    var digest = ContentDigest(low: 0, high: 0)
    /// Whether the layout names `course` (`{{#course}}…{{/course}}`), the sidebar's lessons
    /// as a list to fill: the built-in layout writes `{{{courseItems}}}` instead, and a
    /// page then skips making a list of every lesson it would not read.
    var layoutReadsCourse = true
    /// Where an overriding layout ends its `<head>` (or starts) when it does not load
    /// `assets/plot.js`, the plots' pointer read-out: see ``readOutProblem(sources:)``.
    var layoutWithoutReadOut: (path: String, location: SourceLocation)?
    /// Whether a lesson's page is made by the built-in `lesson` and `layout` templates,
    /// whose use of the body and of `courseItems` ``BodySplice`` relies on.
    var lessonPageIsBuiltIn = false
    /// The names of the templates that are the built-in ones (no file replaced them, or
    /// one holds the same text): ``holdingWords(of:)`` rewrites only those.
    var builtIn: Set<String> = []

    static let templateNames = ["layout", "index", "lesson", "print"]
    /// An override larger than this is refused unread, as a lesson is: no page template
    /// or stylesheet is 4 MiB.
    static let maximumFileSize = LessonLoader.maximumFileSize

    /// Loads the set; `directory` may be nil or missing (then only defaults are used).
    /// Returns nil with diagnostics when an override does not parse.
    static func load(overridesIn directory: URL?, displayPath: String) -> (TemplateSet?, [BuildDiagnostic]) {
        var problems: [BuildDiagnostic] = []
        var texts = CacheWriter()
        // Every text used goes into the set's digest.
        func recorded(_ found: (text: [UInt8], path: String)) -> (text: [UInt8], path: String) {
            texts.write(bytes: found.text)
            return found
        }
        func source(_ fileName: String, default bytes: [UInt8]) -> (text: [UInt8], path: String) {
            guard let directory else { return (bytes, "(built-in) \(fileName)") }
            let url = directory.appendingPathComponent(fileName)
            let path = DisplayPath.join(displayPath, fileName)
            if let problem = ContainedPath.problem(
                with: fileName, in: ConfinedFolder(directory), kind: "template", folderName: "templates folder")
            {
                problems.append(BuildDiagnostic(path: path, Diagnostic(.template, problem, at: SourceLocation(line: 1, column: 1))))
                return (bytes, path)
            }
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)
            let size = attributes?[.size] as? Int ?? 0
            if size > maximumFileSize {
                let kind = fileName.hasSuffix(".css") ? "stylesheet" : "template"
                problems.append(
                    BuildDiagnostic(
                        path: path,
                        Diagnostic(
                            .template,
                            "\(kind) is \(size) bytes; the limit is \(maximumFileSize) (4 MiB)",
                            at: SourceLocation(line: 1, column: 1))))
                return (bytes, path)
            }
            guard let data = FileManager.default.contents(atPath: url.path) else { return (bytes, "(built-in) \(fileName)") }
            return (Array(data), path)
        }
        // Before any template is parsed, whichever comes first: an author's template may
        // name the built-ins' content type too, in every build alike.
        TemplateEscaping.registered
        var layoutText = "", builtIn: Set<String> = []
        func template(_ name: String, default bytes: [UInt8]) -> MustacheTemplate? {
            let (text, path) = recorded(source(name + ".mustache", default: bytes))
            // The built-in text, whether no file replaced it or a file holds the same: parsed already.
            if text == bytes, let parsed = BuiltInTemplates.parsed[name] {
                builtIn.insert(name)
                return parsed
            }
            let string = String(decoding: text, as: UTF8.self)
            if name == "layout" { layoutText = string }
            let nesting = SectionNesting.scan(string)
            if let location = nesting.tooDeep {
                problems.append(
                    BuildDiagnostic(
                        path: path,
                        Diagnostic(
                            .template,
                            "template nests sections deeper than \(SectionNesting.maximumDepth) levels", at: location)))
                return nil
            }
            if let open = nesting.unclosed {
                problems.append(
                    BuildDiagnostic(
                        path: path,
                        Diagnostic(
                            .template,
                            "section '\(open.name)', opened on line \(open.location.line), is never closed; "
                                + "add '{{/\(open.name)}}' where it ends",
                            at: open.location, endColumn: open.location.column + open.tag.count - 1)))
                return nil
            }
            do {
                let parsed = try MustacheTemplate(string: string)
                // An override's names its context lacks, once it parses (the built-in ones are
                // checked by a test): no follow-on warning for a tag the parser refused.
                if !path.hasPrefix("(built-in)") {
                    problems += TemplateVariables.problems(in: string, name: name).map { BuildDiagnostic(path: path, $0) }
                }
                return parsed
            } catch let error as MustacheTemplate.ParserError {
                let location = SourceLocation(line: error.context.lineNumber, column: error.context.columnNumber)
                problems.append(BuildDiagnostic(path: path, Diagnostic(.template, explain(error.error), at: location)))
            } catch {
                problems.append(
                    BuildDiagnostic(
                        path: path,
                        Diagnostic(
                            .template,
                            "template does not parse: \(error)", at: SourceLocation(line: 1, column: 1))))
            }
            return nil
        }
        let layout = template("layout", default: PackageResources.layout_mustache)
        let layoutReadsCourse = builtIn.contains("layout") ? BuiltInTemplates.layoutReadsCourse : readsCourse(layoutText)
        let index = template("index", default: PackageResources.index_mustache)
        let lesson = template("lesson", default: PackageResources.lesson_mustache)
        let print = template("print", default: PackageResources.print_mustache)
        guard let layout, let index, let lesson, let print else { return (nil, problems) }
        var layoutWithoutReadOut: (path: String, location: SourceLocation)?
        if let directory {
            let path = DisplayPath.join(displayPath, "layout.mustache")
            let url = directory.appendingPathComponent("layout.mustache")
            if let data = FileManager.default.contents(atPath: url.path), !data.isEmpty {
                let text = String(decoding: data, as: UTF8.self)
                if !text.contains("assets/plot.js") {
                    var location = SourceLocation(line: 1, column: 1)
                    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                        guard let head = line.range(of: "</head>") else { continue }
                        location = SourceLocation(line: number + 1, column: line.distance(from: line.startIndex, to: head.lowerBound) + 1)
                        break
                    }
                    layoutWithoutReadOut = (path, location)
                }
            }
        }
        let stylesheet = recorded(source("style.css", default: PackageResources.style_css)).text
        let printStylesheet = recorded(source("print.css", default: PackageResources.print_css)).text
        return (
            TemplateSet(
                layout: layout, index: index, lesson: lesson, print: print, stylesheet: stylesheet,
                printStylesheet: printStylesheet, digest: ContentDigest.of(texts.bytes),
                layoutReadsCourse: layoutReadsCourse, layoutWithoutReadOut: layoutWithoutReadOut,
                lessonPageIsBuiltIn: builtIn.isSuperset(of: ["lesson", "layout"]), builtIn: builtIn),
            problems
        )
    }

    /// Whether a layout's text names `course` in any tag: ``layoutReadsCourse``. Any tag
    /// that names it anywhere counts, in whatever section (Mustache looks a name up
    /// outwards) and inside any transforms (`{{#first(reversed(course))}}`, whose name
    /// MustacheTags reads as `reversed(course)`): counting one too many only costs time.
    static func readsCourse(_ layout: String) -> Bool {
        MustacheTags(layout).contains { tag in
            tag.sigil != "!" && tag.name.split(whereSeparator: { ".() \t".contains($0) }).contains("course")
        }
    }

    /// A warning when an overriding layout does not load `assets/plot.js` and a lesson of
    /// `sources` has a `{plot}`: its figures would lose the pointer read-out, silently.
    func readOutProblem(sources: [String]) -> BuildDiagnostic? {
        guard let layout = layoutWithoutReadOut,
            sources.contains(where: { $0.contains("```{plot}") || $0.contains("~~~{plot}") })
        else { return nil }
        return BuildDiagnostic(
            path: layout.path,
            Diagnostic(
                .template,
                "the layout does not load 'assets/plot.js', so the plots lose their pointer read-out; "
                    + "add '<script src=\"assets/plot.js\" defer></script>' before '</head>'",
                at: layout.location, severity: .warning,
                hint: "the read-out also reads its words from 'assets/strings.js'; load both, as the built-in layout does"))
    }

    /// swift-mustache's parser errors in the house style.
    private static func explain(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: "this '{{/…}}' closes a section that is not the one open; close the innermost first"
        case .unfinishedName?: "tag is not finished; close it with '}}'"
        case .expectedSectionEnd?: "a section is never closed; add '{{/name}}' for each '{{#name}}' or '{{^name}}'"
        case .invalidSetDelimiter?: "delimiter change is malformed; write '{{=<% %>=}}'"
        case .transformAppliedToInheritanceSection?: "a block '{{$…}}' takes no transform; write '{{$name}}'"
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
            "a parent '{{<…}}' holds only text and blocks '{{$name}}…{{/name}}'; move other tags into a block"
        case .invalidConfigVariableSyntax?: "setting is malformed; write '{{% CONTENT_TYPE: HTML}}'"
        case .unrecognisedConfigVariable?: "unknown setting; the only one is '{{% CONTENT_TYPE: HTML}}' (or 'TEXT')"
        // The parser's only other error: its reader ran past the end of the text.
        case nil: "template ends inside a tag; close it with '}}'"
        }
    }
}
