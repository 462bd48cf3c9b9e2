import AtlasDiagnostics
import AtlasText

/// The ids a page can be linked to (`relu.html#drawbacks`): how headings get theirs, and
/// how the ids of a page are found again to check a link's `#fragment`.
public enum Anchors {
    /// The id of a heading with this text, by GitHub's rule so that authors can guess it:
    /// lower case; letters, digits, `-` and `_` kept; each space a `-`; everything else
    /// dropped. Unlike GitHub, `-` at either end is trimmed (left by math, say, which adds
    /// no words), and a heading with nothing left is `section`.
    ///
    /// ```swift
    /// Anchors.slug("Drawbacks")              // "drawbacks"
    /// Anchors.slug("ReLU: pros & cons")      // "relu-pros--cons"
    /// Anchors.slug("Où la courbe se plie")   // "où-la-courbe-se-plie"
    /// ```
    public static func slug(_ text: String) -> String {
        if let slug = asciiSlug(text) { return slug }
        var slug = ""
        for character in text.lowercased() {
            if CharacterClass.isLetter(character) || CharacterClass.isNumber(character) || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " || character == "\t" || character == "\n" {
                slug.append("-")
            }
        }
        // Sliced, not rebuilt: a String made from the reversed, reversed Characters cost
        // 40,000 instructions a heading (each Chinese heading's id takes this way).
        guard let first = slug.firstIndex(where: { $0 != "-" }), let last = slug.lastIndex(where: { $0 != "-" }) else {
            return "section"
        }
        return String(slug[first...last])
    }

    /// ``slug(_:)`` of ASCII text, byte by byte, without making Characters; nil for text
    /// beyond ASCII or holding `\r` (with a `\n` after it, one Character that is neither a
    /// space nor a letter, so dropped whole).
    private static func asciiSlug(_ text: String) -> String? {
        var slug: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): slug.append(byte + 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                slug.append(byte)
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"): slug.append(UInt8(ascii: "-"))
            case 0x0D, 0x80...: return nil
            default: continue
            }
        }
        let start = slug.firstIndex { $0 != UInt8(ascii: "-") } ?? slug.endIndex
        let end = slug.lastIndex { $0 != UInt8(ascii: "-") }.map { $0 + 1 } ?? start
        return start < end ? String(decoding: slug[start..<end], as: UTF8.self) : "section"
    }

    /// The ids handed out on one page, so that none is given twice: the second "Example"
    /// heading becomes `example-1`, the third `example-2`, as on GitHub.
    struct Allocator {
        private var taken: Set<String>
        /// Per slug, the suffix to try next, so that a thousand equal headings cost a
        /// thousand steps, not half a million.
        private var nextSuffix: [String: Int] = [:]

        /// `taken`: ids already on the page, such as a figure's.
        init(taken: Set<String>) {
            self.taken = taken
        }

        /// `slug` if it is free, else the first free `slug-N`; from now on it is taken.
        mutating func claim(_ slug: String) -> String {
            var candidate = slug
            var suffix = nextSuffix[slug, default: 1]
            while taken.contains(candidate) {
                candidate = "\(slug)-\(suffix)"
                suffix += 1
            }
            nextSuffix[slug] = suffix
            taken.insert(candidate)
            return candidate
        }
    }

    /// Every `id` in `html`, in order: the places a `#fragment` can reach. Read with
    /// `HTMLAttributes`: quoted or not, in any case, references decoded, comments and the
    /// text of `<script>` and the like skipped.
    ///
    /// ```swift
    /// Anchors.ids(in: #"<h2 id="a">A</h2><figure ID='plot-1'><span id=r&amp;d>"#)  // ["a", "plot-1", "r&d"]
    /// ```
    public static func ids(in html: String) -> [String] {
        HTMLAttributes.find(["id"], in: html).map(\.value)
    }

    /// ``ids(in:)`` of HTML given as UTF-8 bytes, such as cmark's C strings.
    static func ids(in html: UnsafeBufferPointer<UInt8>) -> [String] {
        HTMLAttributes.find([Array("id".utf8)], in: html).map(\.value)
    }

    /// The ids of one page, to check links to `#fragment`s of it.
    public struct Page: Sendable {
        /// Compared code point by code point, as a browser matches a fragment to an id:
        /// `café` written with a combining accent is another id, which Swift's `==`
        /// would call equal.
        private let ids: [String]
        /// The ids as a set, made at the ``lookupsBeforeSet``th lookup: most pages are linked
        /// once or twice, and a scan of their ids costs less than the set.
        private var idSet: Set<[UInt8]>?
        private var lookups = 0
        private static let lookupsBeforeSet = 8
        /// For "did you mean", split once for every link to the page, at the first broken
        /// one: most pages are linked only where the links land, and a build checks the
        /// links into every lesson of the course.
        private var candidates: [Spelling.Candidate]?
        /// Searches for "did you mean" still allowed: past 100 broken links to one page the
        /// rest get the general hint, so a flood of them cannot stall a build.
        private var searchesLeft = 100

        public init(ids: some Sequence<String>) {
            self.ids = Array(ids)
        }

        /// The ids, each once (byte for byte), in the page's order.
        private var uniqueIDs: [String] {
            var seen = Set<[UInt8]>()
            return ids.filter { seen.insert(Array($0.utf8)).inserted }
        }

        /// Whether an id is `id`, byte for byte.
        private mutating func has(_ id: String) -> Bool {
            lookups += 1
            if idSet == nil, lookups >= Self.lookupsBeforeSet { idSet = Set(ids.map { Array($0.utf8) }) }
            if let idSet { return idSet.contains(Array(id.utf8)) }
            return ids.contains { $0.utf8.elementsEqual(id.utf8) }
        }

        /// What is wrong with a link to `#fragment` of this page, or nil when it lands: on
        /// an id, or at the top for an empty fragment and `top` (HTML's rule). The
        /// fragment is percent-decoded first, as a browser does (`#caf%C3%A9` is `café`).
        /// `name` names the page for the message: `this lesson`, `'04-relu.md'`.
        ///
        /// ```swift
        /// var page = Anchors.Page(ids: ["drawbacks"])
        /// page.problem(linkingTo: "drawback", on: "'04-relu.md'")
        /// // "'04-relu.md' has no heading, figure or table with the id 'drawback'; did you mean '#drawbacks'?"
        /// ```
        public mutating func problem(linkingTo fragment: String, on name: String) -> String? {
            let decoded = percentDecoded(fragment)
            guard !decoded.isEmpty, decoded != "top", !has(decoded), !has(fragment) else { return nil }
            let message = "\(name) has no heading, figure or table with the id '\(decoded)'"
            if searchesLeft > 0 {
                searchesLeft -= 1
                let candidates = candidates ?? uniqueIDs.map { Spelling.Candidate($0) }
                self.candidates = candidates
                if let likely = Spelling.suggestion(for: decoded, among: candidates) {
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
                let high = HexDigit.value(bytes[index + 1]), let low = HexDigit.value(bytes[index + 2])
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
}
