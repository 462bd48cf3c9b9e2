import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects issue 15's strings table: the words the generator writes come from the
/// site's language, a `Templates/strings/<language>.yaml` replaces them, and every
/// mistake in that file is an error that names the key.
@Suite struct SiteStringsTests {
    @Test("English for en…, Chinese for zh…, nothing built in for other languages")
    func builtIn() throws {
        let english = try #require(SiteStrings.builtIn("en-GB"))
        let chinese = try #require(SiteStrings.builtIn("zh-Hans"))
        #expect(SiteStrings.builtIn("EN") == english && SiteStrings.builtIn("zh") == chinese)
        #expect(SiteStrings.builtIn("de") == nil && SiteStrings.builtIn("eng") == nil)
        #expect(english[.menu] == "Menu" && chinese[.menu] == "目录")
        // Every Chinese word differs from the English one (but the two plural forms Chinese does not
        // make), and none is left in Latin letters but names, x, C (for Cᵏ) and the places filled in.
        let same: Set<SiteStrings.Key> = [.plotTitleDerivatives, .plotTitleFamilyDerivatives]
        for key in SiteStrings.Key.allCases where !same.contains(key) {
            #expect(chinese[key] != english[key], "\(key)")
        }
        for key in SiteStrings.Key.allCases {
            let latin = chinese[key].replacing(/\{[a-z]+\}/, with: "").replacing(/ActivationAtlas|PDF|PyTorch|\bx\b|C(?=[⁰∞])/, with: "")
            #expect(!latin.contains { $0.isASCII && $0.isLetter }, "\(key): \(chinese[key])")
        }
        // Each language fills the same places.
        for key in SiteStrings.Key.allCases {
            let places = { (text: String) in Set(text.matches(of: /\{[a-z]+\}/).map { String($0.output) }) }
            #expect(places(chinese[key]) == places(english[key]), "\(key)")
        }
    }

    @Test("Filling places: each known {name} once, left to right; unknown, unclosed and nested braces stay as written")
    func fill() {
        func filled(_ text: String, _ fields: KeyValuePairs<String, String>) -> String {
            SiteStrings(values: [.footer: text]).fill(.footer, fields)
        }
        #expect(filled("Figure {number}", ["number": "2"]) == "Figure 2")
        #expect(filled("图 {number}：{caption}。", ["number": "3", "caption": "σ′ 的{峰}"]) == "图 3：σ′ 的{峰}。")
        #expect(filled("{a}{b}{a}", ["a": "{b}", "b": "x"]) == "{b}x{b}", "a value is not read again for places")
        #expect(filled("{unknown} and {number", ["number": "2"]) == "{unknown} and {number")
        #expect(filled("{a{number}}", ["number": "2"]) == "{a2}")
        #expect(filled("{} and {x}", ["": "empty", "x": ""]) == "empty and ", "an empty name and an empty value")
        #expect(filled("no places", ["number": "2"]) == "no places")
        #expect(filled("{} stays", ["number": "2"]) == "{} stays", "an empty name with no field of that name")
        #expect(filled("ends in {number}", ["number": "2"]) == "ends in 2")
        #expect(filled("é{number}ü", ["number": "ñ"]) == "éñü")
        // Braces are found as bytes: one that a Prepend character before it (U+06DD, written
        // before a number) or a combining mark after it joins into one Character still counts.
        #expect(Array(filled("\u{6DD}{number}", ["number": "2"]).utf8) == Array("\u{6DD}2".utf8))
        #expect(filled("{number}\u{301}", ["number": "2"]) == "2\u{301}")
        #expect(Array(filled("{number}\u{301}", ["number": "2"]).utf8) == Array("2\u{301}".utf8))
        #expect(filled("{a}", ["a": "first", "a": "second"]) == "first")
    }

    @Test("A strings file replaces words; unknown keys, non-text values and, for a language atlas lacks, missing keys are errors")
    func overrides() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try workspace.put("---\ntitle: Eins\n---\n\n## Teil\n\nText.\n", at: "01-eins.md")
        // A language without built-in words and no file: English, with a warning that says how.
        try workspace.put("language: de\n", at: "site.yaml")
        var outcome = await workspace.build()
        #expect(
            outcome.messages == [
                "templates/strings/de.yaml:1:1: warning: atlas has no words for the language 'de', so the pages' navigation, "
                    + "search and read-out stay English; write 'templates/strings/de.yaml' with the keys "
                    + SiteStrings.Key.allCases.map(\.rawValue).joined(separator: ", ")
            ])
        #expect(Fixture.read(workspace.output.appendingPathComponent("eins.html")).contains(">Skip to content</a>"))
        // A file that lacks keys, misspells one and gives a list: every problem, by name.
        try workspace.put("menu: Menü\nmenue: Menü\nnext: [a, b]\n", at: "strings/de.yaml", in: workspace.templates)
        outcome = await workspace.build()
        let missing = SiteStrings.Key.allCases.filter { $0 != .menu }.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        #expect(
            outcome.messages == [
                "failed: templates/strings/de.yaml:1:1: error: strings/de.yaml lacks \(missing); atlas has no words of its own for 'de', so the file must give every key\n"
                    + "templates/strings/de.yaml:2:1: error: unknown key 'menue' in strings/de.yaml; the keys are "
                    + SiteStrings.Key.allCases.map(\.rawValue).joined(separator: ", ") + "\n"
                    + "templates/strings/de.yaml:3:1: error: 'next' in strings/de.yaml must be text"
            ])
        // A whole file: its words on every page and in the scripts' table.
        let words = SiteStrings.Key.allCases.map { "\($0.rawValue): \"DE \($0.rawValue) {count}\"" }.joined(separator: "\n")
        try workspace.put(words + "\n", at: "strings/de.yaml", in: workspace.templates)
        outcome = await workspace.build()
        #expect(outcome.messages.isEmpty)
        let page = Fixture.read(workspace.output.appendingPathComponent("eins.html"))
        #expect(page.contains(">DE skipToContent {count}</a>") && page.contains("DE footer {count}</p>"))
        #expect(page.contains("<html lang=\"de\">"))
        let script = Fixture.read(workspace.output.appendingPathComponent("assets/strings.js"))
        #expect(script.hasPrefix("window.atlasStrings={\"skipToContent\":\"DE skipToContent {count}\","))
        // A built-in language with a file: the file's words win, the rest stay built in; the pages are remade.
        try workspace.put("language: zh\n", at: "site.yaml")
        try workspace.put("menu: 菜单\n", at: "strings/zh.yaml", in: workspace.templates)
        outcome = await workspace.build()
        #expect(outcome.messages.isEmpty)
        let chinese = Fixture.read(workspace.output.appendingPathComponent("eins.html"))
        #expect(chinese.contains(" hidden>菜单</button>") && chinese.contains(">跳到正文</a>"))
        let (_, cold) = try await workspace.coldBuild()
        #expect(chinese == Fixture.read(cold.appendingPathComponent("eins.html")))
    }
}
