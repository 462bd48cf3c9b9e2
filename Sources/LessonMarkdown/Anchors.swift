/// The ids a page can be linked to (`relu.html#drawbacks`): how headings get theirs, and
/// how the ids of an HTML fragment are found again to check a link's `#fragment`.
public enum Anchors {
    /// The id of a heading with this text, as GitHub and mdBook make it, so that authors
    /// can guess it: lowercased; letters, digits, `-` and `_` kept; each space a `-`;
    /// everything else dropped; `-` at either end trimmed (left by math, say, which adds
    /// no words). A heading with nothing left is `section`.
    ///
    /// ```swift
    /// Anchors.slug("Drawbacks")              // "drawbacks"
    /// Anchors.slug("ReLU: pros & cons")      // "relu-pros--cons"
    /// Anchors.slug("Où la courbe se plie")   // "où-la-courbe-se-plie"
    /// ```
    public static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " || character == "\t" || character == "\n" {
                slug.append("-")
            }
        }
        let trimmed = slug.drop(while: { $0 == "-" }).reversed().drop(while: { $0 == "-" }).reversed()
        return trimmed.isEmpty ? "section" : String(trimmed)
    }

    /// `slug`, or the first of `slug-1`, `slug-2`, … not in `taken`; inserts the result
    /// into `taken`. The second "Example" heading becomes `example-1`, as on GitHub.
    public static func unique(_ slug: String, taken: inout Set<String>) -> String {
        var candidate = slug
        var suffix = 0
        while taken.contains(candidate) {
            suffix += 1
            candidate = "\(slug)-\(suffix)"
        }
        taken.insert(candidate)
        return candidate
    }

    /// Every `id` attribute value in `html`, in order: the places a `#fragment` can reach.
    ///
    /// Reads `id="…"` and `id='…'` after whitespace. That is enough for HTML written by
    /// cmark and SiteBuilder, where text never holds a bare `"` (cmark writes `&quot;`),
    /// so the pattern only occurs inside tags; an author's raw HTML may write an id
    /// without quotes, which is missed and so cannot be a link's target.
    ///
    /// ```swift
    /// Anchors.ids(in: #"<h2 id="a">A</h2><figure id='plot-1'>"#)  // ["a", "plot-1"]
    /// ```
    public static func ids(in html: String) -> [String] {
        let bytes = Array(html.utf8)
        var found: [String] = []
        var index = 0
        while index + 4 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "i"), bytes[index + 1] == UInt8(ascii: "d"),
                bytes[index + 2] == UInt8(ascii: "="), index > 0, isSpace(bytes[index - 1])
            else { continue }
            let quote = bytes[index + 3]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { continue }
            let start = index + 4
            guard let end = bytes[start...].firstIndex(of: quote) else { break }
            found.append(String(decoding: bytes[start..<end], as: UTF8.self))
            index = end
        }
        return found
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// What is wrong with a link to `#fragment` on a page whose ids are `ids`, or nil when
    /// it lands: on an id, or at the top for an empty fragment and `top` (HTML's rule).
    /// The fragment is percent-decoded first, as a browser does (`#caf%C3%A9` is `café`).
    /// `page` names the page for the message: `this lesson`, `'04-relu.md'`.
    ///
    /// ```swift
    /// Anchors.problem(linkingTo: "drawback", among: ["drawbacks"], on: "'04-relu.md'")
    /// // "'04-relu.md' has no heading, figure or table with the id 'drawback'; did you mean '#drawbacks'?"
    /// ```
    ///
    /// See ``FragmentChecker`` for many links to one page.
    public static func problem(linkingTo fragment: String, among ids: Set<String>, on page: String) -> String? {
        var checker = FragmentChecker(ids: ids, page: page)
        return checker.problem(linkingTo: fragment)
    }

    /// ``problem(linkingTo:among:on:)`` for many links to one page: the ids are prepared
    /// for "did you mean" once, and after ``maximumSuggestions`` broken links no more
    /// suggestions are searched for; later links get the general hint.
    ///
    /// Why the cap: a suggestion compares the fragment with every id of the page, so a
    /// lesson of 20 000 headings and 20 000 broken links took 109 s in a release build
    /// (and a 4 MiB one would take over an hour); DESIGN §5 says bad input never hangs.
    public struct FragmentChecker {
        public static let maximumSuggestions = 100

        let ids: Set<String>
        let page: String
        private var vocabulary: Spelling.Vocabulary?
        private var searched = 0

        public init(ids: Set<String>, page: String) {
            self.ids = ids
            self.page = page
        }

        public mutating func problem(linkingTo fragment: String) -> String? {
            let decoded = Anchors.percentDecoded(fragment)
            guard !decoded.isEmpty, decoded != "top", !ids.contains(decoded), !ids.contains(fragment) else { return nil }
            let message = "\(page) has no heading, figure or table with the id '\(decoded)'"
            if searched < Self.maximumSuggestions {
                searched += 1
                let vocabulary = self.vocabulary ?? Spelling.Vocabulary(ids)
                self.vocabulary = vocabulary
                if let likely = Spelling.suggestion(for: decoded, among: vocabulary) {
                    return message + "; did you mean '#\(likely)'?"
                }
            }
            return message + "; a heading's id is its text in lower case with spaces as '-', e.g. '## Pros and cons' is "
                + "'#pros-and-cons'"
        }
    }

    /// `%XX` escapes decoded as UTF-8; text that is not a valid escape, or bytes that are
    /// not UTF-8, are kept as written.
    static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(validating: decoded, as: UTF8.self) ?? text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
