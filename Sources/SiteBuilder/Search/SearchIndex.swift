import LessonMarkdown

/// The site's search index (issue 14), in two parts, both classic scripts that assign
/// to `window`, so that `assets/search.js` can load them with a `<script>` element from
/// `file://` (no `fetch`, no modules):
///
/// - `assets/search-index.js`, loaded at the first search: the lessons, every section's
///   lesson, id and heading, and the terms (``SearchTerms``) with their postings:
///
///   ```js
///   window.atlasSearchIndex={"version":2,"chunk":8,
///     "lessons":[["sigmoid.html","Sigmoid"],…],
///     "sections":[[0,"","Sigmoid"],[0,"saturation","Saturation"],…],
///     "terms":"a\nabout\n…","postings":"1 03 0x2 …"};
///   ```
///
///   A section is `[lesson, id, heading]`: the lesson's position in `lessons`, the
///   heading's id (empty: the top of the page) and text (empty: the opening section,
///   titled by the lesson). `terms` is every term, sorted by UTF-16 code units (so that
///   the script finds a prefix's terms by binary search), one per line; `postings` the
///   same terms' postings, separated by spaces: for each section holding the term, in
///   page order, the number `gap × 4 + min(count, 4) − 1`, where `gap` is the number of
///   sections skipped since the previous one and `count` how often the term occurs in
///   the section (its heading and prose). A number is written in base 32, the last
///   digit from `0–9a–v`, the ones before it from `A–Z!#$%&(`: most postings take one
///   character. On the 1,000-lesson benchmark course this is about a tenth of the
///   prose it indexes (README, "Search").
/// - `assets/search/<n>.js`, the prose of lessons `8n` to `8n + 7` (in page order), for
///   the snippets, loaded only for the results shown:
///
///   ```js
///   (window.atlasSearchText=window.atlasSearchText||{})[0]=["The sigmoid …",…];
///   ```
///
///   one string per section of those lessons, in order. An edit to one lesson remakes
///   the index and that lesson's part only.
enum SearchIndex {
    /// The index file's path in the site.
    static let path = "assets/search-index.js"
    /// Bumped whenever what the files hold changes shape.
    static let version = 2
    /// Lessons per prose file: a few tens of kilobytes a file, so that a search loads
    /// little beyond the results it shows and the site does not gain a file per lesson.
    static let lessonsPerPart = 8

    /// The prose file of lessons `lessonsPerPart × part` onwards.
    static func textPath(part: Int) -> String { "assets/search/\(part).js" }

    /// A lesson in the index: its page, title and what its body holds (``SearchBody``).
    struct Lesson: Sendable {
        var fileName: String
        var title: String
        var body: SearchBody
    }

    /// The keys of the index file and of every prose part, by path, computed from cache
    /// entries before any body is read, so that an unchanged index reads none. The
    /// index's key covers all it is made of: each published lesson's page, title, body
    /// (by digest) and place in page order, and the atlas that made it
    /// (``BuildCache/version`` covers this code). A part's key covers its lessons' bodies
    /// and its position, so that an edit to one lesson remakes only its own part.
    /// - Parameter lessons: every source with its front matter and body digest, in the
    ///   order the sources were loaded; drafts and lessons without a title are left out here.
    static func keys(_ lessons: [Source]) -> [String: String] {
        let published = published(lessons)
        var writer = CacheWriter()
        writer.write("search-index")
        writer.write(BuildCache.version)
        writer.write(String(version))
        for lesson in published {
            writer.write(lesson.slug)
            writer.write(lesson.title)
            writer.write(lesson.body)
        }
        var keys = [path: ContentDigest.of(writer.bytes).hex]
        for (part, start) in stride(from: 0, to: published.count, by: lessonsPerPart).enumerated() {
            var writer = CacheWriter()
            writer.write("search-text")
            writer.write(BuildCache.version)
            writer.write(String(version))
            writer.write(part)
            for lesson in published[start..<min(start + lessonsPerPart, published.count)] { writer.write(lesson.body) }
            keys[textPath(part: part)] = ContentDigest.of(writer.bytes).hex
        }
        return keys
    }

    /// What ``keys(_:)`` and ``parts(_:)`` take of each source: its file name, slug, front
    /// matter and body digest.
    typealias Source = (fileName: String, slug: String, frontMatter: FrontMatter?, body: ContentDigest)

    /// The source file names of each prose part's lessons, by the part's path: those whose
    /// prose a part to be made needs (the build cache keeps no prose, ``SearchRows``).
    static func parts(_ lessons: [Source]) -> [String: [String]] {
        let published = published(lessons)
        var parts: [String: [String]] = [:]
        for (part, start) in stride(from: 0, to: published.count, by: lessonsPerPart).enumerated() {
            parts[textPath(part: part)] = published[start..<min(start + lessonsPerPart, published.count)].map(\.fileName)
        }
        return parts
    }

    /// The published lessons (not drafts, with a title) in page order.
    private static func published(_ lessons: [Source])
        -> [(order: Int?, fileName: String, slug: String, title: String, body: ContentDigest)]
    {
        lessons.compactMap { lesson -> (order: Int?, fileName: String, slug: String, title: String, body: ContentDigest)? in
            guard let fields = lesson.frontMatter, let title = fields.title, !title.isEmpty, !fields.draft else { return nil }
            return (fields.order, lesson.fileName, lesson.slug, title, lesson.body)
        }.sorted { ($0.order ?? Int.max, $0.fileName) < ($1.order ?? Int.max, $1.fileName) }
    }

    /// The files among `paths` (the index's and its parts', as ``keys(_:)`` names them),
    /// made for the published lessons in page order.
    static func files(_ lessons: [Lesson], making paths: Set<String>) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        if paths.contains(path) { files[path] = file(lessons) }
        for part in 0..<(lessons.count + lessonsPerPart - 1) / lessonsPerPart where paths.contains(textPath(part: part)) {
            files[textPath(part: part)] = textFile(part: part, lessons)
        }
        return files
    }

    /// `assets/search-index.js` for the published lessons in page order. Written as
    /// bytes: joined as Strings, each of its 36,000 pieces (a 1,000-lesson course) cost
    /// about 400 instructions to append.
    static func file(_ lessons: [Lesson]) -> [UInt8] {
        var out: [UInt8] = []
        out += "window.atlasSearchIndex={\"version\":\(version),\"chunk\":\(lessonsPerPart),\"lessons\":[".utf8
        for (position, lesson) in lessons.enumerated() {
            out += position == 0 ? "[".utf8 : ",[".utf8
            quoted(lesson.fileName, into: &out)
            out.append(UInt8(ascii: ","))
            quoted(lesson.title, into: &out)
            out.append(UInt8(ascii: "]"))
        }
        out += "],\"sections\":[".utf8
        var separator = "\n"
        for (position, lesson) in lessons.enumerated() {
            for section in lesson.body.sections {
                out += separator.utf8
                out.append(UInt8(ascii: "["))
                out += String(position).utf8
                out.append(UInt8(ascii: ","))
                quoted(section.id, into: &out)
                out.append(UInt8(ascii: ","))
                quoted(section.heading, into: &out)
                out.append(UInt8(ascii: "]"))
                separator = ",\n"
            }
        }
        let (terms, postings) = postings(lessons)
        out += "],\n\"terms\":".utf8
        quoted(terms.joined(separator: "\n"), into: &out)
        out += ",\n\"postings\":\"".utf8
        out += postings
        out += "\"};\n".utf8
        return out
    }

    /// `assets/search/<part>.js`: the prose of the part's lessons, section by section.
    static func textFile(part: Int, _ lessons: [Lesson]) -> [UInt8] {
        let start = part * lessonsPerPart
        var out = Array("(window.atlasSearchText=window.atlasSearchText||{})[\(part)]=[".utf8)
        var first = true
        for lesson in lessons[start..<min(start + lessonsPerPart, lessons.count)] {
            for section in lesson.body.sections {
                if !first { out += ",\n".utf8 }
                first = false
                quoted(section.text, into: &out)
            }
        }
        out += "];\n".utf8
        return out
    }

    /// Last digits of a posting's number (base 32), and the digits before the last.
    static let lastDigits = Array("0123456789abcdefghijklmnopqrstuv".utf8)
    static let leadingDigits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&(".utf8)

    /// (section, count) pairs, sections ascending, as the file writes them (see the type).
    static func encode(_ pairs: [Int]) -> String {
        var out: [UInt8] = []
        encode(pairs[...], into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// ``encode(_:)`` of pairs within a larger array, appended to `out`.
    static func encode(_ pairs: ArraySlice<Int>, into out: inout [UInt8]) {
        var previous = -1
        for index in stride(from: pairs.startIndex, to: pairs.endIndex, by: 2) {
            let number = (pairs[index] - previous - 1) * 4 + min(pairs[index + 1], 4) - 1
            previous = pairs[index]
            var power = 1
            while number / power >= 32 { power *= 32 }
            while power > 1 {
                out.append(leadingDigits[number / power % 32])
                power /= 32
            }
            out.append(lastDigits[number % 32])
        }
    }

    /// The order of `terms`: by UTF-16 code units, as JavaScript compares strings.
    ///
    /// Compared as UTF-8 bytes, which is code point order and 5 times faster than
    /// walking the UTF-16 views: the two orders differ only where a character above
    /// U+FFFF (UTF-16 surrogates, D800–DBFF) meets one of U+E000–U+FFFF, which UTF-16
    /// puts after it and code points before. In UTF-8 those are the first differing
    /// bytes F0–F4 against EE–EF, both lead bytes, so one test at the first difference
    /// turns the order back.
    static func precedes(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        return a.withUTF8 { x in b.withUTF8 { y in precedes(x, y) } }
    }

    /// `items` in the order of ``precedes(_:_:)`` on `text`, each text's bytes taken once
    /// (a sort compares each item about log₂ n times: a lesson's thousands of terms, the
    /// course's tens of thousands).
    ///
    /// Sorted by a key of each text's first 8 bytes, compared as one integer, and by the
    /// whole text only where two keys are equal (most terms differ in their first 8 bytes):
    /// the course's 70,000 terms sort in a fraction of the time. The key holds the bytes
    /// with EE and EF, the lead bytes of U+E000–U+FFFF, as F5 and F6 (bytes UTF-8 never
    /// uses), which puts them after F0–F4 as UTF-16 does (see ``precedes(_:_:)``).
    static func sorted<Item>(_ items: [Item], by text: (Item) -> String) -> [Item] {
        let texts = items.map(text)
        var keys = texts.enumerated().map { index, text in (prefix: sortKey(text), index: index) }
        keys.sort { first, second in
            first.prefix != second.prefix
                ? first.prefix < second.prefix : precedes(texts[first.index], texts[second.index])
        }
        return keys.map { items[$0.index] }
    }

    /// The first 8 bytes of `text` as one integer, zeros after a shorter text, with EE and
    /// EF as F5 and F6: two texts with different keys are in the order of their keys.
    ///
    /// Read through the String's own buffer (`withUTF8`): `utf8.prefix(8)` went through
    /// the generic view at about 380 instructions a term.
    static func sortKey(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var prefix: UInt64 = 0
            for byte in bytes.prefix(8) {
                prefix = prefix << 8 | UInt64(byte == 0xEE ? 0xF5 : byte == 0xEF ? 0xF6 : byte)
            }
            let count = min(bytes.count, 8)
            return count == 0 ? 0 : prefix << (8 * UInt64(8 - count))
        }
    }

    /// ``precedes(_:_:)`` on UTF-8 bytes.
    static func precedes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(x.count, y.count)
        var index = 0
        while index < common && x[index] == y[index] { index += 1 }
        guard index < common else { return x.count < y.count }
        let (p, q) = (x[index], y[index])
        if p >= 0xF0 && (q == 0xEE || q == 0xEF) { return true }
        if q >= 0xF0 && (p == 0xEE || p == 0xEF) { return false }
        return p < q
    }

    /// A JSON string literal, also valid JavaScript: `"` and `\` escaped, control
    /// characters and U+2028/U+2029 as `\uXXXX` (`\n` and `\t` as such), everything else
    /// as UTF-8.
    ///
    /// Read as UTF-8 bytes through a pointer: every word of the course's prose passes
    /// here, and iterating the String's UTF-8 view cost about forty instructions a byte.
    /// Everything escaped is ASCII or the three bytes `E2 80 A8`/`A9`, so the runs between
    /// are copied as they are.
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        quoted(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// ``quoted(_:)``, appended to `out`.
    static func quoted(_ text: String, into out: inout [UInt8]) {
        var text = text
        out.append(UInt8(ascii: "\""))
        text.withUTF8 { bytes in
            var copied = 0  // the bytes before it are in `out`
            var index = 0
            func write(_ escape: String, replacing count: Int) {
                out += bytes[copied..<index]
                out += escape.utf8
                index += count
                copied = index
            }
            while index < bytes.count {
                let byte = bytes[index]
                // Nearly every byte is none of those below: passed with four comparisons.
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte != 0xE2 {
                    index += 1
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): write("\\\"", replacing: 1)
                case UInt8(ascii: "\\"): write("\\\\", replacing: 1)
                case 0x0A: write("\\n", replacing: 1)
                case 0x09: write("\\t", replacing: 1)
                case 0..<0x20: write("\\u00" + String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16), replacing: 1)
                case 0xE2
                where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    write(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", replacing: 3)
                default:
                    index += 1
                }
            }
            out += bytes[copied...]
        }
        out.append(UInt8(ascii: "\""))
    }
}
