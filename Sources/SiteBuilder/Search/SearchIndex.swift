import LessonMarkdown

/// `assets/search-index.js`, the site's search index (issue 14): every published
/// lesson's sections (``SearchSections``), in page order, as a classic script that
/// assigns one object, so that `assets/search.js` can load it with a `<script>` element
/// from `file://` (no `fetch`, no modules):
///
/// ```js
/// window.atlasSearchIndex={"version":1,"lessons":[["sigmoid.html","Sigmoid"],…],
///   "sections":[[0,"saturation","Saturation","The sigmoid flattens …"],…]};
/// ```
///
/// A section is `[lesson, id, heading, text]`: the lesson's position in `lessons`, the
/// heading's id (empty: the top of the page) and text (empty: the opening section,
/// titled by the lesson), and the prose. Nothing else: no token lists or postings; the
/// script matches words and bigrams against the text itself (see README, "Search").
enum SearchIndex {
    /// The file's path in the site.
    static let path = "assets/search-index.js"
    /// Bumped whenever what the file holds changes shape.
    static let version = 1

    /// A lesson in the index: its page, title and rows (``rows(body:)``).
    struct Lesson: Sendable {
        var fileName: String
        var title: String
        var rows: [String]
    }

    /// The key of the index file: all it is made of, i.e. each published lesson's page,
    /// title, body (by digest) and place in page order, and the atlas that made it
    /// (``BuildCache/version`` covers this code). Computed from cache entries, before
    /// any body is read, so that an unchanged index reads none.
    /// - Parameter lessons: every source with its front matter and body digest, in the
    ///   order the sources were loaded; drafts and lessons without a title are left out here.
    static func key(_ lessons: [(fileName: String, slug: String, frontMatter: FrontMatter?, body: ContentDigest)]) -> String {
        let published = lessons.compactMap { lesson -> (order: Int?, fileName: String, slug: String, title: String, body: ContentDigest)? in
            guard let fields = lesson.frontMatter, let title = fields.title, !title.isEmpty, !fields.draft else { return nil }
            return (fields.order, lesson.fileName, lesson.slug, title, lesson.body)
        }.sorted { ($0.order ?? Int.max, $0.fileName) < ($1.order ?? Int.max, $1.fileName) }
        var writer = CacheWriter()
        writer.write("search-index")
        writer.write(BuildCache.version)
        writer.write(String(version))
        for lesson in published {
            writer.write(lesson.slug)
            writer.write(lesson.title)
            writer.write(lesson.body)
        }
        return ContentDigest.of(writer.bytes).hex
    }

    /// A body's sections as the file writes them, each without its lesson's position:
    /// `"id","heading","text"`.
    static func rows(body: String) -> [String] {
        SearchSections.of(body: body).map { quoted($0.id) + "," + quoted($0.heading) + "," + quoted($0.text) }
    }

    /// The file's bytes, for the published lessons in page order.
    static func file(_ lessons: [Lesson]) -> [UInt8] {
        var out = "window.atlasSearchIndex={\"version\":\(version),\"lessons\":["
        out += lessons.map { "[" + quoted($0.fileName) + "," + quoted($0.title) + "]" }.joined(separator: ",")
        out += "],\"sections\":["
        var separator = "\n"
        for (position, lesson) in lessons.enumerated() {
            for row in lesson.rows {
                out += separator + "[" + String(position) + "," + row + "]"
                separator = ",\n"
            }
        }
        out += "]};\n"
        return Array(out.utf8)
    }

    /// A JSON string literal, also valid JavaScript: `"` and `\` escaped, control
    /// characters and U+2028/U+2029 as `\uXXXX`, everything else as UTF-8.
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
