import Mustache

/// The built-in `layout` and `lesson` templates with the site's own words written into
/// their text: `{{site.title}}`, `{{site.language}}`, `{{site.author}}` and every
/// `{{site.strings.…}}` (any text `site` holds), escaped as the tag would escape them,
/// once per build and language instead of looked up on every page.
///
/// Why: swift-mustache spends about 20,000 instructions on each name it looks up (the
/// name split at its dots, each part found through the context stack, a dynamic cast
/// at each step), and more around each tag it fills. A lesson's page filled 13 such
/// words, the same on every page of a language: the 1,000-lesson benchmark's build takes
/// 4.5 % fewer instructions with them written in.
///
/// Why the pages stay the same, byte for byte (`SiteWordsInTemplateTests` renders both):
/// - a word goes in only where the tag is a plain `{{name}}` (escaped, no transform), and
///   no context inside the built-in templates' sections has a `site` of its own, so each
///   tag finds the page's `site`, as written here;
/// - a word goes in only when it makes no new tag and no new line: no `{` or `}`, and
///   no Character that swift-mustache reads as a line break (`Character.isNewline`);
/// - a word goes in only when it holds some character that is not white space: a tag
///   with something beside it on a line keeps the line's section tags from standing
///   alone (which removes their line), and a word of spaces or nothing would not;
/// - a word goes in only when it joins no character beside it into one Character (a
///   combining mark first, a prepended mark last): swift-mustache reads the template
///   Character by Character, and would no longer see the `}` or `{` beside it;
/// - any other word keeps its tag, and is looked up on each page as before.
enum SiteWordsInTemplate {
    /// The templates written for the site's words; those that are not built in stay as
    /// they are.
    static let names = ["layout", "lesson"]

    /// Whether writing the words in pays for `pages` lesson pages to fill. Parsing the two
    /// templates again costs about 9 million instructions (swift-mustache reads them
    /// Character by Character), and each page then saves about half a million (the
    /// lookups and the work around each tag): filling the shipped course's 17 pages a
    /// language came out even (810.4 → 811.6 million instructions for its build), so
    /// the line is drawn with some margin above 18. A rebuild after one lesson's edit
    /// fills one page, and does not pay.
    static func pays(pages: Int) -> Bool { pages >= 24 }

    /// `text` with each `{{site.…}}` tag whose word can go in replaced by it.
    static func fill(_ text: String, site: PageContext.Site) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 256)
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{site.") {
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else { break }
            let name = rest[rest.index(open.lowerBound, offsetBy: 2)..<close.lowerBound]
            out += rest[..<open.lowerBound]
            // `{{{site.…}}}` is written unescaped: it keeps its tag, as any other form does.
            let tripled = open.lowerBound > text.startIndex && text[text.index(before: open.lowerBound)] == "{"
            if !tripled, let word = word(named: name, in: site) {
                out += word
            } else {
                out += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }

    /// The escaped word `site.a.b` names, when it is text that can stand in the template.
    private static func word(named name: Substring, in site: PageContext.Site) -> String? {
        var parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count > 1, parts.removeFirst() == "site",
            parts.allSatisfy({ part in !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber } })
        else { return nil }
        var value: Any = site
        for part in parts {
            guard let parent = value as? MustacheParent, let child = parent.child(named: String(part)) else { return nil }
            value = child
        }
        guard let text = value as? String else { return nil }
        let escaped = TemplateEscaping.escaped(text)
        // Every character beside a tag in the built-in templates is printable ASCII, a tag
        // or a line break, and printable ASCII joins a neighbour into one Character exactly
        // when `a` does (all of it is Unicode's grapheme break class Other).
        guard escaped.contains(where: { !$0.isWhitespace }),
            !escaped.contains(where: { $0.isNewline || $0 == "{" || $0 == "}" }),
            ("a" + escaped + "a").count == escaped.count + 2
        else { return nil }
        return escaped
    }
}

extension TemplateSet {
    /// This set with ``SiteWordsInTemplate/names``' built-in templates holding `site`'s
    /// words. The guards of ``SiteWordsInTemplate/fill(_:site:)`` keep the text parsing as
    /// the built-in one does; should one miss a case, the template stays as it was (the
    /// same pages, looked up), and a debug build stops here, so that the tests say so.
    func holdingWords(of site: PageContext.Site) -> TemplateSet {
        var set = self
        for name in SiteWordsInTemplate.names where builtIn.contains(name) {
            guard let bytes = BuiltInTemplates.texts[name] else { continue }
            let text = SiteWordsInTemplate.fill(String(decoding: bytes, as: UTF8.self), site: site)
            guard let template = try? MustacheTemplate(string: TemplateEscaping.tag + text) else {
                assertionFailure("the built-in \(name) template with the site's words does not parse")
                continue
            }
            switch name {
            case "layout": set.layout = template
            default: set.lesson = template
            }
        }
        return set
    }
}
