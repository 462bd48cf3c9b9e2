import AtlasTestSupport
import Foundation
import LessonMarkdown
import Testing

@testable import SiteBuilder

/// Protects issue 14's search index: which text of a page is searchable, how it is
/// written into `assets/search-index.js`, and that the file is the same whatever
/// `--jobs` and whatever the cache did. (Matching itself, the English prefixes and the
/// CJK bigrams, is search.js's: Tests/Browser/search_check.py checks it.)
@Suite struct SearchIndexTests {
    @Test("Sections are the headings with their ids and prose; plots, tables, math, code blocks and hidden marks are left out")
    func sections() {
        let body = """
            <p>Opening  words,\ntwo lines &amp; an <code>inline</code> name.</p>
            <h2 id="saturation">Saturation <a class="anchor" href="#saturation" aria-hidden="true" tabindex="-1">#</a></h2>
            <p>It <em>saturates</em> at <math><semantics><mi>x</mi><annotation encoding="application/x-tex">x</annotation></semantics></math> large.</p>
            <figure class="plot" id="plot-1"><svg viewBox="0 0 1 1"><text>tick 0.5</text><desc>curve</desc></svg>
            <script type="application/json" class="plot-data">{"a":"<b>"}</script>
            <figcaption><span>Figure 1.</span> The curve<details><summary>Data behind the plot</summary><table><tr><td>0.25</td></tr></table></details></figcaption></figure>
            <pre><code>let x = 1</code></pre>
            <h3 id="tails">The &#x201C;tails&#x201D;</h3>
            <ul><li>one</li><li>two</li></ul>
            <table class="values"><tr><th>x</th></tr></table>
            <p class="table-note">A note&nbsp;here.</p>
            """
        #expect(
            SearchSections.of(body: body) == [
                SearchSection(id: "", heading: "", text: "Opening words, two lines & an inline name."),
                SearchSection(id: "saturation", heading: "Saturation", text: "It saturates at large. Figure 1. The curve"),
                SearchSection(id: "tails", heading: "The \u{201C}tails\u{201D}", text: "one two A note here."),
            ])
    }

    @Test("A body that opens with a heading has no empty opening section; CJK and mixed text are kept as written")
    func cjkAndOpening() {
        let body = "<h2 id=\"饱和区\">饱和区</h2>\n<p>当输入很大时，\n函数几乎是平的（saturation）。</p><h3>No id</h3><p>ReLU 的导数</p>"
        #expect(
            SearchSections.of(body: body) == [
                SearchSection(id: "饱和区", heading: "饱和区", text: "当输入很大时， 函数几乎是平的（saturation）。"),
                SearchSection(id: "", heading: "No id", text: "ReLU 的导数"),
            ])
    }

    @Test("Broken HTML is read as far as it goes, never failing")
    func forgiving() {
        #expect(SearchSections.of(body: "a < b <p>c") == [SearchSection(id: "", heading: "", text: "a < b c")])
        #expect(SearchSections.of(body: "<h2 id='x'>Open") == [SearchSection(id: "x", heading: "Open", text: "")])
        #expect(
            SearchSections.of(body: "<svg><svg></svg>hidden</svg>shown &bogus; &#xZZ;") == [
                SearchSection(id: "", heading: "", text: "shown &bogus; &#xZZ;")
            ])
        // Void elements close themselves and, as blocks, part words; a heading ends at its own end tag only.
        #expect(
            SearchSections.of(body: "<h2 id=\"a\">A<BR>B</h2><p>x<img src=y>z<hr>w</p>") == [
                SearchSection(id: "a", heading: "A B", text: "x z w")
            ])
        #expect(SearchSections.of(body: "<H3 id=b>T</h3>u</H4>v") == [SearchSection(id: "b", heading: "T", text: "u v")])
        #expect(SearchSections.of(body: "<p>a<img aria-hidden=\"true\" src=x>b</p>") == [SearchSection(id: "", heading: "", text: "a b")])
        // A skipped element's end is found case aside, nested ones counted, longer names not its own.
        #expect(
            SearchSections.of(body: "<SVG><svG>a</Svg><svgx>b</svgx></SVG >shown <Math>c</MATH>too") == [
                SearchSection(id: "", heading: "", text: "shown too")
            ])
    }

    @Test("Terms of random text are those of the rules read scalar by scalar, in order")
    func termsAgainstTheRules() {
        /// The rules of `SearchTerms`, one scalar at a time, with no byte path.
        func reference(_ text: String) -> [String] {
            var terms: [String] = [], word = String.UnicodeScalarView(), previousCJK: Unicode.Scalar? = nil
            func endWord() {
                if !word.isEmpty { terms.append(String(word)) }
                word = String.UnicodeScalarView()
            }
            for scalar in text.unicodeScalars {
                if SearchTerms.isCJK(scalar) {
                    endWord()
                    terms.append(String(scalar))
                    if let previous = previousCJK { terms.append(String(previous) + String(scalar)) }
                    previousCJK = scalar
                    continue
                }
                previousCJK = nil
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    let folded: Unicode.Scalar = lower == "\u{03C2}" ? "\u{03C3}" : lower
                    if SearchTerms.isWordCharacter(folded) { word.append(folded) } else { endWord() }
                }
            }
            endWord()
            return terms
        }
        var generator = SeededGenerator(seed: 0x7E35)
        let pieces = ["relu", "ReLU", "x2", " ", "_", "-", "'", "é", "e\u{301}", "Σ", "饱和", "ソ", "\n", "9", "A", "z", "İ", "·"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
                .joined()
            var terms: [String] = []
            SearchTerms.forEachTerm(text) { terms.append(String(decoding: $0, as: UTF8.self)) }
            #expect(terms == reference(text), "\(text.debugDescription)")
        }
    }

    @Test("Terms: lower-cased words of letters, digits and marks; every CJK character and pair of neighbours")
    func terms() {
        func counts(_ text: String) -> [String: Int] {
            var counts: [String: Int] = [:]
            SearchTerms.forEachTerm(text) { counts[String(decoding: $0, as: UTF8.self), default: 0] += 1 }
            return counts
        }
        #expect(
            counts("ReLU's leaky_relu x2 ReLU — café ΣΟΦΟΣ 饱和函数，零 ソフト") == [
                "relu": 3, "s": 1, "leaky": 1, "x2": 1, "café": 1, "σοφοσ": 1,
                "饱": 1, "和": 1, "函": 1, "数": 1, "饱和": 1, "和函": 1, "函数": 1, "零": 1,
                "ソ": 1, "フ": 1, "ト": 1, "ソフ": 1, "フト": 1,
            ])
        // Lower-casing that makes two scalars (İ → i + U+0307, a mark: still one word), as String.lowercased() does.
        #expect(counts("İstanbul ÉTÉ") == ["i\u{0307}stanbul": 1, "été": 1])
        #expect("İstanbul ÉTÉ".lowercased() == "i\u{0307}stanbul été")
        // Unicode spaces and controls between words collapse to one space; broken UTF-8 reads as U+FFFD.
        #expect(SearchSections.normalised(Array(" a\u{3000}b\u{00A0}\u{1}c &#x3000;d ".utf8)) == "a b c d")
        #expect(SearchSections.normalised([0x61, 0xFF, 0x62]) == "a\u{FFFD}b")
        // Runs of plain ASCII meet entities, spaces and other scripts on either side.
        #expect(SearchSections.normalised(Array("  x&amp;y\t\n &lt;z&gt;&bogus; é中~ \u{7F}end ".utf8)) == "x&y <z>&bogus; é中~ end")
        // A body's terms count each section's heading and prose, sections in order.
        let body = SearchBody(html: "<p>Relu relu.</p><h2 id=\"r\">ReLU</h2><p>Dying units.</p>")
        #expect(body.sections.map(\.heading) == ["", "ReLU"])
        #expect(body.terms.first { $0.text == "relu" }?.hits == [0, 2, 1, 1])
        #expect(body.terms.first { $0.text == "dying" }?.hits == [1, 1])
        #expect(body.terms.map(\.text) == body.terms.map(\.text).sorted { SearchIndex.precedes($0, $1) })
    }

    @Test("Postings: the gap to the previous section times 4 plus the count (up to 4) less 1, in base 32")
    func postingsEncoding() {
        // Section 0 once: 0. Section 1 five times: gap 0, count 4 → 3. Section 40 twice: gap 38 → 153 = 4·32 + 25.
        #expect(SearchIndex.encode([0, 1, 1, 5, 40, 2]) == "03Ep")
        #expect(SearchIndex.encode([]) == "")
        // 32·32 = 1024: three digits, the first two from the leading set.
        #expect(SearchIndex.encode([256, 1]) == "BA0")
        // UTF-16 order, as JavaScript's `<`: U+FF5E (one unit) before U+1F600 (a surrogate pair from 0xD83D).
        #expect(SearchIndex.precedes("\u{FF5E}", "\u{1F600}") == false)
        #expect(SearchIndex.precedes("\u{1F600}", "\u{FF5E}"))
        #expect(SearchIndex.precedes("sig", "sigmoid") && !SearchIndex.precedes("sigmoid", "sig"))
    }

    @Test("The course's postings are those of a plain dictionary of every term, on random lessons with titles")
    func postingsAgainstPlainMerge() {
        var random = SeededGenerator(seed: 14)
        // Common words, the two spellings of é (one scalar, and e + U+0301), and rare made-up
        // words: over a thousand distinct terms, so that the table grows and its slots collide.
        let words = [
            "sigmoid", "tanh", "relu", "a", "activation", "activations", "σ", "函数", "lesson", "x2", "gelu", "é", "e\u{301}",
            "caf\u{E9}", "cafe\u{301}",
        ]
        let alphabet = Array("abcdefghij")
        func word() -> String {
            if random.next() % 3 > 0 { return words[Int(random.next() % UInt64(words.count))] }
            return String((0..<3).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
        }
        func text(_ count: Int) -> String { (0..<count).map { _ in word() }.joined(separator: " ") }
        for _ in 0..<30 {
            let lessons = (0..<Int(random.next() % 12)).map { position -> SearchIndex.Lesson in
                var html = random.next() % 2 == 0 ? "<p>\(text(Int(random.next() % 9)))</p>" : ""
                for heading in 0..<Int(random.next() % 4) {
                    html += "<h2 id=\"h\(heading)\">\(text(Int(random.next() % 3)))</h2><p>\(text(Int(random.next() % 300)))</p>"
                }
                return SearchIndex.Lesson(
                    fileName: "l\(position).html", title: text(Int(random.next() % 4)), body: SearchBody(html: html))
            }
            // The reference: every (section, count) of every term, by its bytes, in one dictionary,
            // the title's terms counted in each section without a heading, terms then sorted by UTF-16.
            var hits: [[UInt8]: [Int: Int]] = [:]
            var first = 0
            for lesson in lessons {
                for (position, section) in lesson.body.sections.enumerated() {
                    let texts = [section.heading, section.text] + (section.heading.isEmpty ? [lesson.title] : [])
                    for text in texts {
                        SearchTerms.forEachTerm(text) { hits[$0, default: [:]][first + position, default: 0] += 1 }
                    }
                }
                first += lesson.body.sections.count
            }
            let terms = hits.keys.map { String(decoding: $0, as: UTF8.self) }.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            let encoded = terms.map { term in
                SearchIndex.encode(hits[Array(term.utf8)]!.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
            }
            let made = SearchIndex.postings(lessons)
            #expect(made.terms == terms)
            #expect(String(decoding: made.encoded, as: UTF8.self) == encoded.joined(separator: " "))
        }
    }

    @Test("Terms are one when their bytes are: 'é' and 'e' + U+0301 stay two, as the script compares them")
    func postingsByBytes() {
        let lessons = ["caf\u{E9}", "cafe\u{301}"].enumerated().map { position, word in
            SearchIndex.Lesson(fileName: "l\(position).html", title: "T", body: SearchBody(html: "<p>\(word)</p>"))
        }
        #expect(SearchIndex.postings(lessons).terms.filter { $0.hasPrefix("caf") }.count == 2)
        // A title's terms too: "Cafe\u{301}" counts in the untitled section as its own term.
        let titled = [
            SearchIndex.Lesson(fileName: "l.html", title: "Cafe\u{301} Caf\u{E9}", body: SearchBody(html: "<p>caf\u{E9}</p>"))
        ]
        let made = SearchIndex.postings(titled)
        #expect(made.terms == ["cafe\u{301}", "caf\u{E9}"])
        #expect(String(decoding: made.encoded, as: UTF8.self) == "0 1", "1 and 2 occurrences in section 0")
        // In one lesson as well, and a term's count per section is its own.
        let body = SearchBody(html: "<p>caf\u{E9} cafe\u{301} caf\u{E9}</p><h2 id=\"b\">B</h2><p>caf\u{E9}</p>")
        #expect(body.terms.filter { $0.text.hasPrefix("caf") }.map(\.hits) == [[0, 1], [0, 2, 1, 1]], "e + U+0301 sorts first")
    }

    @Test("The byte order of terms is UTF-16 order on random strings across the planes")
    func precedesIsUTF16Order() {
        // ASCII, Latin, CJK, the private use area and U+FF5E (E000–FFFF), and characters above U+FFFF.
        let alphabet: [Character] = [
            "a", "b", "z", "é", "ß", "中", "文", "\u{D7FF}", "\u{E000}", "\u{FF5E}", "\u{FFFD}", "\u{10000}", "\u{1F600}", "\u{20000}",
        ]
        var random = SeededGenerator(seed: 14)
        for _ in 0..<5_000 {
            let a = String((0..<Int.random(in: 0...4, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let b = String((0..<Int.random(in: 0...4, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            #expect(
                SearchIndex.precedes(a, b) == a.utf16.lexicographicallyPrecedes(b.utf16),
                "\(a.unicodeScalars.map(\.value)) \(b.unicodeScalars.map(\.value))")
        }
        let words = (0..<2_000).map { _ in
            String((0..<Int.random(in: 0...4, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
        }
        #expect(SearchIndex.sorted(words) { $0 } == words.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) })
    }

    @Test("The index is one classic script assigning valid JSON, every string escaped; the prose is in parts of 8 lessons")
    func file() throws {
        var lessons: [SearchIndex.Lesson] = [
            .init(
                fileName: "a.html", title: "Quote \" and \\ \u{2028}", body: SearchBody(html: "<p>line\u{2028}sep \u{1}</p>")),
            .init(fileName: "b.html", title: "B", body: SearchBody(html: "<h2 id=\"h\">Head</h2><p>text</p>")),
        ]
        for number in 3...9 {
            lessons.append(.init(fileName: "\(number).html", title: "L\(number)", body: SearchBody(html: "<p>text \(number)</p>")))
        }
        let files = SearchIndex.files(lessons, making: [SearchIndex.path, SearchIndex.textPath(part: 0), SearchIndex.textPath(part: 1)])
        #expect(Set(files.keys) == [SearchIndex.path, "assets/search/0.js", "assets/search/1.js"])
        let text = String(decoding: try #require(files[SearchIndex.path]), as: UTF8.self)
        #expect(text.hasPrefix("window.atlasSearchIndex={"))
        #expect(text.hasSuffix("};\n"))
        #expect(!text.contains("\u{2028}"))
        let json = text.dropFirst("window.atlasSearchIndex=".count).dropLast(2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == SearchIndex.version)
        #expect(object["chunk"] as? Int == 8)
        let names = try #require(object["lessons"] as? [[String]])
        #expect(names.prefix(2) == [["a.html", "Quote \" and \\ \u{2028}"], ["b.html", "B"]])
        let sections = try #require(object["sections"] as? [[Any]])
        #expect(sections.count == 9)
        #expect(sections[0][0] as? Int == 0 && sections[0][1] as? String == "" && sections[0][2] as? String == "")
        #expect(sections[1][0] as? Int == 1 && sections[1][1] as? String == "h" && sections[1][2] as? String == "Head")
        // Terms sorted, one posting list each: "text" is in every section but a's (0), "quote"
        // only in a's opening section, from its title; "l9" in the last one's, eight sections on (8 × 4 = 32, "B0").
        let terms = try #require(object["terms"] as? String).split(separator: "\n").map(String.init)
        let postings = try #require(object["postings"] as? String).split(separator: " ", omittingEmptySubsequences: false)
        #expect(terms == terms.sorted { SearchIndex.precedes($0, $1) } && Set(terms).count == terms.count)
        #expect(terms.count == postings.count)
        func postingsOf(_ term: String) -> String? { terms.firstIndex(of: term).map { String(postings[$0]) } }
        #expect(postingsOf("text") == "40000000")
        #expect(postingsOf("quote") == "0")
        #expect(postingsOf("l9") == "B0")
        #expect(postingsOf("head") == "4")
        // The prose: lessons 0–7 in part 0, section by section; lesson 8 in part 1.
        let first = String(decoding: try #require(files["assets/search/0.js"]), as: UTF8.self)
        #expect(first.hasPrefix("(window.atlasSearchText=window.atlasSearchText||{})[0]=[\"line sep\",\n\"text\","))
        #expect(!first.contains("text 9"))
        #expect(String(decoding: try #require(files["assets/search/1.js"]), as: UTF8.self).contains("[1]=[\"text 9\"];"))
    }

    @Test("The key covers every published lesson's page, title, body and order, and nothing of drafts")
    func key() {
        func fields(_ title: String, order: Int? = nil, draft: Bool = false) -> FrontMatter {
            var fields = FrontMatter()
            fields.title = title
            fields.order = order
            fields.draft = draft
            return fields
        }
        let body = ContentDigest.of(Array("one".utf8)), other = ContentDigest.of(Array("two".utf8))
        let base: [(fileName: String, slug: String, frontMatter: FrontMatter?, body: ContentDigest)] = [
            ("01-a.md", "a", fields("A"), body), ("02-b.md", "b", fields("B"), body),
        ]
        let key = SearchIndex.keys(base)[SearchIndex.path]
        var changed = base
        changed[1].body = other
        #expect(SearchIndex.keys(changed)[SearchIndex.path] != key)
        changed = base
        changed[0].frontMatter = fields("A2")
        #expect(SearchIndex.keys(changed)[SearchIndex.path] != key)
        changed = base
        changed[0].slug = "a2"
        #expect(SearchIndex.keys(changed)[SearchIndex.path] != key)
        // Page order counts; an order that keeps it does not.
        changed = base
        changed[1].frontMatter = fields("B", order: 1)
        #expect(SearchIndex.keys(changed)[SearchIndex.path] != key)
        changed = base
        changed[0].frontMatter = fields("A", order: 9)
        #expect(SearchIndex.keys(changed)[SearchIndex.path] == key)
        #expect(SearchIndex.keys(base + [("03-c.md", "c", fields("C", draft: true), other)])[SearchIndex.path] == key)
        #expect(SearchIndex.keys(base + [("03-c.md", "c", nil, other)])[SearchIndex.path] == key)
        // The prose parts: one per 8 published lessons; an edit touches its own part's key only.
        let many = (1...12).map { number in
            (fileName: "\(number + 10)-l.md", slug: "l\(number)", frontMatter: Optional(fields("L\(number)")), body: body)
        }
        let keys = SearchIndex.keys(many)
        #expect(Set(keys.keys) == [SearchIndex.path, "assets/search/0.js", "assets/search/1.js"])
        var edited = many
        edited[9].body = other
        let editedKeys = SearchIndex.keys(edited)
        #expect(editedKeys["assets/search/0.js"] == keys["assets/search/0.js"])
        #expect(editedKeys["assets/search/1.js"] != keys["assets/search/1.js"])
        #expect(editedKeys[SearchIndex.path] != keys[SearchIndex.path])
        // A title is in the index, not in the prose.
        edited = many
        edited[0].frontMatter = fields("New title")
        #expect(SearchIndex.keys(edited)["assets/search/0.js"] == keys["assets/search/0.js"])
    }

    @Test("The fixture course's index is the same with 1 and 4 jobs and holds its headings")
    func deterministic() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var indexes: [String] = []
        for jobs in [1, 4] {
            let output = folder.url.appendingPathComponent("site-\(jobs)")
            _ = try await Fixture.build("basic", into: output, jobs: jobs)
            indexes.append(Fixture.read(output.appendingPathComponent(SearchIndex.path)))
        }
        #expect(indexes[0] == indexes[1])
        #expect(indexes[0].contains("\"curves\",\"Curves\""))
        #expect(indexes[0].contains("\"intro.html\",\"Introduction & overview\""))
        #expect(!indexes[0].contains("annotation") && !indexes[0].contains("\\sigma"))
    }

    @Test(
        "A build in a cancelled task makes the whole index, as any build: the index, made alongside, never takes cancellation for a failed build"
    )
    func cancelledTask() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try workspace.put("---\ntitle: Alpha\n---\n\n## First\n\nAlpha words.\n", at: "01-alpha.md")
        try workspace.put("---\ntitle: Beta\n---\n\n## Second\n\nBeta words.\n", at: "02-beta.md")
        let index = { Fixture.read(workspace.output.appendingPathComponent(SearchIndex.path)) }
        #expect(await Self.cancelledBuild(workspace))
        let (_, cold) = try await workspace.coldBuild()
        #expect(index() == Fixture.read(cold.appendingPathComponent(SearchIndex.path)))
        #expect(index().contains("\\nbeta\\n"), "the term, in the index's list of terms")
        // An edit, built in a cancelled task again: the new index, not the old one carried over.
        try workspace.put("---\ntitle: Beta\n---\n\n## Second\n\nGamma words.\n", at: "02-beta.md")
        #expect(await Self.cancelledBuild(workspace))
        #expect(index().contains("\\ngamma\\n") && !index().contains("\\nbeta\\n"))
        let (_, coldAgain) = try await workspace.coldBuild()
        #expect(index() == Fixture.read(coldAgain.appendingPathComponent(SearchIndex.path)))
    }

    /// `workspace.build()` in a task cancelled before it starts building.
    static func cancelledBuild(_ workspace: CacheWorkspace) async -> Bool {
        let options = workspace.options(output: workspace.output, cached: true)
        let task = Task { () async -> Bool in
            withUnsafeCurrentTask { $0?.cancel() }
            return (try? await SiteBuild.run(options)) != nil
        }
        return await task.value
    }

    @Test("Rows read from the cache are written back as read: the same bytes as encoded anew, a row added or gone")
    func rowsWrittenAsRead() throws {
        let htmls = [
            "<p>Relu relu.</p><h2 id=\"r\">ReLU</h2><p>Dying units.</p>", "<p>caf\u{E9} cafe\u{301} 中文 text</p>",
            "<h2 id=\"a\">A &amp; b</h2><p>Quote \" and \\ \u{2028}</p>", "", "<p>σ(x) = 1 / (1 + e^-x)</p>",
        ]
        var rows: [ContentDigest: SearchBody] = [:]
        for (index, html) in htmls.enumerated() {
            rows[ContentDigest.of(Array("row \(index)".utf8))] = SearchBody(html: html).withoutProse
        }
        let sealed = CacheFile.seal(SearchRows(rows: rows))
        let read = try #require(CacheFile.open(sealed, as: SearchRows.self))
        #expect(read == SearchRows(rows: rows) && read.encoded.count == rows.count)
        // Each row's bytes as read are its encoding.
        for (digest, body) in rows {
            var writer = CacheWriter()
            writer.write(body)
            #expect(read.encoded[digest] == writer.bytes)
        }
        #expect(CacheFile.seal(read) == sealed)
        // One row gone, one new: rows written as read and the new one encoded give the
        // bytes the same rows give encoded anew.
        var next = read
        next.rows.removeValue(forKey: ContentDigest.of(Array("row 0".utf8)))
        next.rows[ContentDigest.of(Array("new".utf8))] = SearchBody(html: "<p>New words.</p>").withoutProse
        #expect(CacheFile.seal(next) == CacheFile.seal(SearchRows(rows: next.rows)))
    }

    @Test("An edit to one lesson remakes the index from its body and the others' cached rows, or their bodies")
    func incremental() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try workspace.put("title: Search course\n", at: "site.yaml")
        try workspace.put("---\ntitle: Alpha\n---\n\n## First\n\nAlpha words.\n", at: "01-alpha.md")
        try workspace.put("---\ntitle: Beta\n---\n\n## Second\n\nBeta words.\n", at: "02-beta.md")
        _ = await workspace.build()
        // The index's terms and the prose (both lessons are in part 0).
        func search(in site: URL) -> String {
            Fixture.read(site.appendingPathComponent(SearchIndex.path))
                + Fixture.read(site.appendingPathComponent(SearchIndex.textPath(part: 0)))
        }
        #expect(search(in: workspace.output).contains("Beta words."))
        func removeCached(_ which: (String) -> Bool) throws {
            for file in TemporaryFolder.files(in: workspace.cache) where which(file) {
                try FileManager.default.removeItem(at: workspace.cache.appendingPathComponent(file))
            }
        }
        func expectCold(_ text: String) async throws {
            let (_, cold) = try await workspace.coldBuild()
            #expect(text == search(in: cold))
        }
        // The lessons' bodies lost: beta's cached rows make its text without its body (beta is
        // still rendered once, for print.html, which holds every body; its page is left alone).
        try removeCached { $0.contains("/packs/") }
        try workspace.put("---\ntitle: Alpha\n---\n\n## First\n\nAlpha edited.\n", at: "01-alpha.md")
        var outcome = await workspace.build()
        #expect(outcome.report?.work.renderedLessons == 2 && outcome.report?.work.renderedPages == 1)
        var text = search(in: workspace.output)
        #expect(
            text.contains("Alpha edited.") && text.contains("Beta words.")
                && Fixture.read(workspace.output.appendingPathComponent(SearchIndex.path)).contains("edited"))
        try await expectCold(text)
        // Rows and bodies lost: beta is rendered again for its body, its page left alone.
        try removeCached { $0.contains("/packs/") || $0.hasSuffix("/search") }
        try workspace.put("---\ntitle: Alpha\n---\n\n## First\n\nAlpha again.\n", at: "01-alpha.md")
        outcome = await workspace.build()
        #expect(outcome.report?.work.renderedLessons == 2 && outcome.report?.work.renderedPages == 1)
        text = search(in: workspace.output)
        #expect(
            text.contains("Alpha again.") && text.contains("Beta words.")
                && !Fixture.read(workspace.output.appendingPathComponent(SearchIndex.path)).contains("edited"))
        try await expectCold(text)
        // Beta's body, rendered again, was stored anew (not named at its lost place): the next edit reads it.
        try workspace.put("---\ntitle: Alpha\n---\n\n## First\n\nAlpha once more.\n", at: "01-alpha.md")
        outcome = await workspace.build()
        #expect(outcome.report?.work.renderedLessons == 1)
        text = search(in: workspace.output)
        try await expectCold(text)
        // Nothing changed: the index is neither remade nor are bodies or rows read.
        let again = await workspace.build()
        #expect(again.report?.work.renderedLessons == 0 && again.report?.work.wroteNothing == true)
    }

    @Test("An edit to the ninth lesson rewrites the index and the second prose part, and leaves the first part's file alone")
    func partsRewritten() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        // Without print.html, which would want every lesson's body at any edit.
        try workspace.put("title: Parts\nprint: false\n", at: "site.yaml")
        for number in 1...9 {
            try workspace.put("---\ntitle: Lesson \(number)\n---\n\nWords of \(number).\n", at: "0\(number)-l\(number).md")
        }
        _ = await workspace.build()
        func identity(_ path: String) throws -> UInt64 {
            let attributes = try FileManager.default.attributesOfItem(
                atPath: workspace.output.appendingPathComponent(path).path)
            return try #require(attributes[.systemFileNumber] as? UInt64)
        }
        let before = try [SearchIndex.path, "assets/search/0.js", "assets/search/1.js"].map(identity)
        try workspace.put("---\ntitle: Lesson 9\n---\n\nNew words of nine.\n", at: "09-l9.md")
        _ = await workspace.build()
        let after = try [SearchIndex.path, "assets/search/0.js", "assets/search/1.js"].map(identity)
        #expect(after[1] == before[1])
        #expect(after[0] != before[0] && after[2] != before[2])
        #expect(Fixture.read(workspace.output.appendingPathComponent("assets/search/1.js")).contains("New words of nine."))
        // An edit to the second lesson remakes the first part: its other seven lessons' prose,
        // which the cache does not keep, is read from their bodies.
        try workspace.put("---\ntitle: Lesson 2\n---\n\nNew words of two.\n", at: "02-l2.md")
        _ = await workspace.build()
        #expect(Fixture.read(workspace.output.appendingPathComponent("assets/search/0.js")).contains("Words of 8."))
        let (_, cold) = try await workspace.coldBuild()
        for path in [SearchIndex.path, "assets/search/0.js", "assets/search/1.js"] {
            #expect(Fixture.read(workspace.output.appendingPathComponent(path)) == Fixture.read(cold.appendingPathComponent(path)))
        }
    }
}
