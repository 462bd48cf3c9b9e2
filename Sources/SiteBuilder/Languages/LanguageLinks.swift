/// The language switcher of one language's pages (issue 15): for each language of the
/// site, where its pages are from here and which lessons it has, so that a page links to
/// the same lesson in every other language (`<link rel="alternate" hreflang>` and the
/// switcher), or to that language's outline where the lesson has no translation.
///
/// Lessons pair by file name (`Content/02-sigmoid.md` and `Content/zh/02-sigmoid.md`);
/// a page is `<slug>.html` in its language's folder. A translation that is a draft, or
/// has no title, has no page: links to it go to its language's outline instead.
struct LanguageLinks: Sendable {
    struct Language: Sendable {
        var code: String
        /// How the language names itself: English, 中文.
        var name: String
        /// From the current language's folder to this one's: `""`, `zh/`, `../`, `../ja/`.
        var root: String
        /// Source file name → page, for its lessons with a page.
        var pages: [String: String]
    }

    var languages: [Language]
    var current: String

    /// The links of `current`'s pages. `pages` is ``pages(_:)`` of the same plans.
    init(_ plans: [LanguagePlan], pages: [[String: String]], current: LanguagePlan) {
        self.current = current.code
        let up = current.prefix.isEmpty ? "" : "../"
        languages =
            plans.count < 2
            ? []
            : zip(plans, pages).map { plan, pages in
                Language(
                    code: plan.code, name: Self.name(of: plan.code), root: plan.code == current.code ? "" : up + plan.prefix,
                    pages: pages)
            }
    }

    /// The links of `current`'s pages among `languages`, as given (tests make them so).
    init(languages: [Language], current: String) {
        self.languages = languages
        self.current = current
    }

    /// Each plan's pages (source file name → page), read once for all languages' links;
    /// none for a site of one language, which has no switcher (and a 1,000-lesson course's
    /// sources are 6 MB to look through).
    static func pages(_ plans: [LanguagePlan]) -> [[String: String]] {
        guard plans.count > 1 else { return plans.map { _ in [:] } }
        return plans.map { plan in
            var pages: [String: String] = [:]
            for source in plan.sources where hasPage(source.text) { pages[source.fileName] = source.slug + ".html" }
            return pages
        }
    }

    /// Nothing to switch to: one language.
    var isEmpty: Bool { languages.count < 2 }

    /// The switcher's entries for the page of `sourceFileName` (nil: the outline).
    func links(for sourceFileName: String?) -> [PageContext.LanguageLink] {
        guard !isEmpty else { return [] }
        return languages.map { language in
            let page = sourceFileName.flatMap { language.pages[$0] }
            let translated = sourceFileName == nil || page != nil
            return PageContext.LanguageLink(
                code: language.code, name: language.name, url: language.root + (page ?? "index.html"),
                current: language.code == current, translated: translated)
        }
    }

    /// The digest of what the links depend on, for the pages' cache keys.
    var digest: ContentDigest {
        var writer = CacheWriter()
        writer.write(current)
        for language in languages {
            writer.write(language.code)
            writer.write(language.root)
            for (source, page) in language.pages.sorted(by: { $0.key < $1.key }) {
                writer.write(source)
                writer.write(page)
            }
        }
        return ContentDigest.of(writer.bytes)
    }

    /// Whether a lesson's text will give it a page: a front matter with a title and not
    /// `draft: true`. Read the cheap way, over the front matter's lines only (at most
    /// 200), since this runs before any lesson is parsed; a lesson whose front matter
    /// does not read has no page either.
    ///
    /// The lines are found one at a time, up to the closing delimiter: splitting the text
    /// into its first 200 lines at once walked most of every lesson's body, byte by byte.
    /// The 200th line after the first is the rest of the text, as it was then.
    static func hasPage(_ text: String) -> Bool {
        guard text.hasPrefix("---") else { return false }
        let utf8 = text.utf8
        guard var start = utf8.firstIndex(of: 0x0A).map({ utf8.index(after: $0) }) else { return false }
        var hasTitle = false
        for number in 1...200 {
            let end = number == 200 ? utf8.endIndex : utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let trimmed = String(decoding: utf8[start..<end], as: UTF8.self).trimmed
            if trimmed == "---" || trimmed == "..." { return hasTitle }
            if trimmed.hasPrefix("title:"), !trimmed.dropFirst(6).trimmed.isEmpty { hasTitle = true }
            if trimmed.hasPrefix("draft:"), trimmed.dropFirst(6).trimmed == "true" { return false }
            guard end < utf8.endIndex else { break }
            start = utf8.index(after: end)
        }
        return false
    }

    /// A language's name in itself, for the codes a course is likely to have; else its code.
    static func name(of code: String) -> String {
        let names = [
            "en": "English", "zh": "中文", "zh-hans": "简体中文", "zh-hant": "繁體中文", "ja": "日本語", "ko": "한국어",
            "fr": "Français", "de": "Deutsch", "es": "Español", "pt": "Português", "it": "Italiano", "ru": "Русский",
        ]
        return names[code.lowercased()] ?? code
    }
}

extension StringProtocol {
    /// Without spaces, tabs and a carriage return at either end.
    fileprivate var trimmed: String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }
}
