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
/// languages: [en, zh]    # the first at the top of the content folder, zh/ for Chinese
/// ```
///
/// With `languages`, each language after the first has a folder of its code in the
/// content folder (`Content/zh/`), holding its lessons (paired with the first language's
/// by file name) and optionally its own `site.yaml` with its `title`, `author` and
/// `description` (``readLanguage(yaml:path:base:code:)``); the site of each such language
/// is built into the output folder's folder of the same code (`_site/zh/`).
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
    /// `languages`, the first being the default; empty when site.yaml names one language
    /// (or none), and then `language` is the site's one language.
    public var languages: [String] = []
    /// The words of the site's language (`SiteStrings`): not a key of site.yaml, but
    /// chosen by `language` and `Templates/strings/<language>.yaml` once both are read.
    var strings = SiteStrings.english
    /// The digest of the site's languages and which lessons each has (``LanguageLinks``):
    /// the language switcher on every page depends on it.
    var languageDigest = ContentDigest(low: 0, high: 0)

    public init() {}

    static let keys = ["author", "base_url", "description", "language", "languages", "print", "title", "unsafe_html"]
    /// The keys a further language's own `site.yaml` may set: the rest is the site's.
    static let languageKeys = ["author", "description", "title"]

    /// Reads `site.yaml` text; a missing file means all defaults.
    static func read(yaml: String, path: String) -> (SiteConfig, [BuildDiagnostic]) {
        var config = SiteConfig()
        let (fields, problems) = YAMLFields.read(yaml, firstLine: 1, name: "site.yaml", kind: .siteConfig)
        var diagnostics = problems
        var languageField: YAMLField? = nil
        for field in fields {
            func text() -> String? {
                if let text = field.value.text { return text }
                diagnostics.append(Diagnostic(.siteConfig, "'\(field.key)' must be text", at: field.location))
                return nil
            }
            switch field.key {
            case "title": config.title = text() ?? config.title
            case "author": config.author = text()
            case "language":
                config.language = text() ?? config.language
                languageField = field
            case "languages":
                guard case .list(let items) = field.value, !items.isEmpty else {
                    diagnostics.append(
                        Diagnostic(.siteConfig, "'languages' must be a list of language codes, e.g. '[en, zh]'", at: field.location))
                    break
                }
                for item in items {
                    guard let code = item.text, isLanguageCode(code) else {
                        diagnostics.append(
                            Diagnostic(
                                .siteConfig,
                                "'\(item.text ?? "a list")' in 'languages' is no language code; write codes such as en, zh, pt-BR",
                                at: field.location))
                        continue
                    }
                    if config.languages.contains(code) {
                        diagnostics.append(Diagnostic(.siteConfig, "'languages' names '\(code)' twice", at: field.location))
                    } else {
                        config.languages.append(code)
                    }
                }
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
                diagnostics.append(YAMLFields.unknownKey(field, in: "site.yaml", known: keys, kind: .siteConfig))
            }
        }
        if let first = config.languages.first {
            if let languageField, config.language != first {
                diagnostics.append(
                    Diagnostic(
                        .siteConfig,
                        "'language: \(config.language)' contradicts 'languages', whose first, the default, is '\(first)'; "
                            + "keep one of the two", at: languageField.location))
            }
            config.language = first
        }
        return (config, diagnostics.map { BuildDiagnostic(path: path, $0) })
    }

    /// A language code as a folder name and an `hreflang`: two or three letters, then
    /// `-` and letters or digits (`en`, `zh`, `pt-BR`, `zh-Hant`).
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// The site of the further language `code`: the site's settings, with `language` set
    /// to `code` and the `title`, `author` and `description` of the language's own
    /// `site.yaml` (`yaml`, nil when it has none); another key of the top `site.yaml` there is
    /// an error (it would not apply), any other key a warning, as in the top `site.yaml`.
    static func readLanguage(yaml: String?, path: String, base: SiteConfig, code: String) -> (SiteConfig, [BuildDiagnostic]) {
        var config = base
        config.language = code
        guard let yaml else { return (config, []) }
        let (fields, problems) = YAMLFields.read(yaml, firstLine: 1, name: "site.yaml", kind: .siteConfig)
        var diagnostics = problems
        for field in fields {
            guard keys.contains(field.key) else {
                diagnostics.append(YAMLFields.unknownKey(field, in: "site.yaml", known: languageKeys, kind: .siteConfig))
                continue
            }
            guard languageKeys.contains(field.key) else {
                diagnostics.append(
                    Diagnostic(
                        .siteConfig,
                        "'\(field.key)' is set for every language in the top site.yaml; a language's own site.yaml "
                            + "sets only \(languageKeys.joined(separator: ", "))",
                        at: field.location))
                continue
            }
            guard let text = field.value.text else {
                diagnostics.append(Diagnostic(.siteConfig, "'\(field.key)' must be text", at: field.location))
                continue
            }
            switch field.key {
            case "title": config.title = text
            case "author": config.author = text
            default: config.description = text
            }
        }
        return (config, diagnostics.map { BuildDiagnostic(path: path, $0) })
    }
}
