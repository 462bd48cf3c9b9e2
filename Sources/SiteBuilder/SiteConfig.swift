import Foundation
import LessonMarkdown
import Yams

/// `Content/site.yaml`: everything optional.
///
/// ```yaml
/// title: Activation Atlas
/// author: The ActivationAtlas team
/// language: en
/// description: Activation functions, plotted and tabulated from the real functions.
/// unsafe_html: false     # true keeps the authors' raw HTML
/// ```
public struct SiteConfig: Sendable, Equatable {
    public var title = "Activation Atlas"
    public var author: String?
    public var language = "en"
    public var description: String?
    /// Keep raw HTML written in lessons; by default it is dropped (cmark's safe mode).
    public var unsafeHTML = false

    public init() {}

    /// Reads `site.yaml` text; a missing file means all defaults.
    static func read(yaml: String, path: String) -> (SiteConfig, [BuildDiagnostic]) {
        var config = SiteConfig()
        let start = SourceLocation(line: 1, column: 1)
        let fields: [String: Any]
        do {
            guard let loaded = try Yams.load(yaml: yaml) else { return (config, []) }
            guard let mapping = loaded as? [String: Any] else {
                return (config, [BuildDiagnostic(path: path, Diagnostic("site.yaml must be 'key: value' lines", at: start))])
            }
            fields = mapping
        } catch {
            return (config, [BuildDiagnostic(path: path, Diagnostic("site.yaml is not valid YAML: \(error)", at: start))])
        }
        var problems: [BuildDiagnostic] = []
        func text(_ key: String) -> String? {
            guard let value = fields[key] else { return nil }
            if let string = value as? String { return string }
            problems.append(BuildDiagnostic(path: path, Diagnostic("'\(key)' must be text", at: line(of: key, in: yaml))))
            return nil
        }
        if let title = text("title") { config.title = title }
        config.author = text("author")
        if let language = text("language") { config.language = language }
        config.description = text("description")
        if let rawHTML = fields["unsafe_html"] {
            if let flag = rawHTML as? Bool { config.unsafeHTML = flag } else {
                problems.append(BuildDiagnostic(
                    path: path, Diagnostic("'unsafe_html' must be 'true' or 'false'", at: line(of: "unsafe_html", in: yaml))))
            }
        }
        let known: Set = ["title", "author", "language", "description", "unsafe_html"]
        for key in fields.keys.sorted() where !known.contains(key) {
            problems.append(BuildDiagnostic(path: path, Diagnostic(
                "unknown key '\(key)' in site.yaml; the keys are \(known.sorted().joined(separator: ", "))",
                at: line(of: key, in: yaml))))
        }
        return (config, problems)
    }

    private static func line(of key: String, in yaml: String) -> SourceLocation {
        let lines = yaml.components(separatedBy: "\n")
        let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) ?? 0
        return SourceLocation(line: index + 1, column: 1)
    }
}
