import AtlasDiagnostics
import LessonMarkdown

/// `Content/site.yaml`: everything optional.
///
/// ```yaml
/// title: Activation Atlas
/// author: The ActivationAtlas team
/// language: en
/// description: Activation functions, plotted and tabulated from the real functions.
/// unsafe_html: false     # true keeps the authors' raw HTML
/// base_url: https://example.org/atlas/   # enables canonical links, Open Graph, sitemap.xml
/// print: true            # false: no print.html (the whole course on one page)
/// ```
public struct SiteConfig: Sendable, Equatable {
    public var title = "Activation Atlas"
    public var author: String?
    public var language = "en"
    public var description: String?
    /// Keep raw HTML written in lessons; by default it is dropped (cmark's safe mode).
    public var unsafeHTML = false
    /// Where the site is published, absolute, ending in `/`: `https://example.org/atlas/`.
    /// Only with it does a page carry what needs an absolute URL (canonical link, Open
    /// Graph `og:url`) and does the build write `sitemap.xml`.
    public var baseURL: String?
    /// Whether the build writes `print.html`, every lesson on one page. It holds every
    /// body, so it is made again whenever any lesson changes: a large course may turn it off.
    public var printPage = true
    /// The words of the site's language (`SiteStrings`): not a key of site.yaml, but
    /// chosen by `language` and `Templates/strings/<language>.yaml` once both are read.
    var strings = SiteStrings.builtIn("en")!

    public init() {}

    static let keys = ["author", "base_url", "description", "language", "print", "title", "unsafe_html"]

    /// Reads `site.yaml` text; a missing file means all defaults.
    static func read(yaml: String, path: String) -> (SiteConfig, [BuildDiagnostic]) {
        var config = SiteConfig()
        let (fields, problems) = YAMLFields.read(yaml, firstLine: 1, name: "site.yaml", kind: .siteConfig)
        var diagnostics = problems
        for field in fields {
            func text() -> String? {
                if let text = field.value.text { return text }
                diagnostics.append(Diagnostic(.siteConfig, "'\(field.key)' must be text", at: field.location))
                return nil
            }
            switch field.key {
            case "title": config.title = text() ?? config.title
            case "author": config.author = text()
            case "language": config.language = text() ?? config.language
            case "description": config.description = text()
            case "base_url":
                guard let value = text() else { break }
                switch BaseURL.normalized(value) {
                case .success(let url): config.baseURL = url
                case .failure(let problem): diagnostics.append(Diagnostic(.siteConfig, problem.message, at: field.location))
                }
            case "print":
                if case .boolean(let flag) = field.value {
                    config.printPage = flag
                } else {
                    diagnostics.append(Diagnostic(.siteConfig, "'print' must be 'true' or 'false'", at: field.location))
                }
            case "unsafe_html":
                if case .boolean(let flag) = field.value {
                    config.unsafeHTML = flag
                } else {
                    diagnostics.append(Diagnostic(.siteConfig, "'unsafe_html' must be 'true' or 'false'", at: field.location))
                }
            default:
                diagnostics.append(
                    Diagnostic(
                        .siteConfig,
                        "unknown key '\(field.key)' in site.yaml; the keys are \(keys.joined(separator: ", "))",
                        at: field.location))
            }
        }
        return (config, diagnostics.map { BuildDiagnostic(path: path, $0) })
    }
}
