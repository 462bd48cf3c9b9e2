import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects DESIGN §4: the default colours meet WCAG contrast in the light and dark themes.
@Suite struct StylesheetTests {
    /// The custom properties of the first `:root { … }` block after `marker` in style.css.
    private func properties(after marker: String) throws -> [String: String] {
        let css = String(decoding: PackageResources.style_css, as: UTF8.self)
        let start = try #require(css.range(of: marker))
        let rest = css[start.upperBound...]
        let root = try #require(rest.range(of: ":root {"))
        let close = try #require(rest[root.upperBound...].firstIndex(of: "}"))
        var result: [String: String] = [:]
        for declaration in rest[root.upperBound..<close].split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if parts.count == 2, parts[0].hasPrefix("--") { result[parts[0]] = parts[1] }
        }
        return result
    }

    @Test("Text is 4.5:1 and curves 3:1 against the page, in both themes", arguments: ["/* ActivationAtlas", "prefers-color-scheme: dark"])
    func contrast(_ theme: String) throws {
        let colours = try properties(after: theme)
        let background = try #require(colours["--bg"])
        func ratio(_ name: String) -> Double {
            colours[name].flatMap { contrastRatio($0, background) } ?? 0
        }
        for text in ["--fg", "--muted", "--link"] {
            #expect(ratio(text) >= 4.5, "\(text) has \(ratio(text)):1 in \(theme)")
        }
        for curve in (0..<7).map({ "--c\($0)" }) {
            #expect(ratio(curve) >= 3, "\(curve) has \(ratio(curve)):1 in \(theme)")
        }
    }

    /// The declarations of the first rule whose selector is exactly `selector`.
    private func declarations(of selector: String) throws -> [String: String] {
        let css = String(decoding: PackageResources.style_css, as: UTF8.self)
        let start = try #require(css.range(of: "\n\(selector) {"), "no rule '\(selector)'")
        let body = css[start.upperBound...].prefix { $0 != "}" }
        var result: [String: String] = [:]
        for declaration in body.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if parts.count == 2 { result[parts[0]] = parts[1] }
        }
        return result
    }

    @Test("Table padding takes room unseen and uncopied; note markers stay out of the numbers' flow")
    func tablePaddingAndMarkers() throws {
        let pad = try declarations(of: "table.values .pad")
        #expect(pad["visibility"] == "hidden" && pad["user-select"] == "none")
        #expect(try declarations(of: "table.values").contains { $0 == "font-variant-numeric" && $1.contains("tabular-nums") })
        let cell = try declarations(of: "table.values td")
        #expect(cell["text-align"] == "right" && cell["white-space"] == "nowrap" && cell["position"] == "relative")
        let marker = try declarations(of: "table.values .note-ref")
        #expect(marker["position"] == "absolute" && marker["user-select"] == "none")
    }
}
