import AtlasTestSupport
import Testing

@testable import SVGPlot

/// Protects what screen readers rely on: role, title and description, and their ids.
@Suite struct AccessibilityTests {
    @Test func rootIsAnImageLabelledByTitleAndDesc() throws {
        let document = SVGDocument(SVGRenderer.render(Fixtures.sigmoidAndTanh))
        #expect(document.isWellFormed)
        let root = try #require(document.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "plot-1-title plot-1-desc")
        #expect(root.attributes["viewBox"] == "0 0 640 400")
        #expect(root.attributes["width"] == nil && root.attributes["height"] == nil)
        let children = document.rootChildren
        try #require(children.count >= 2)
        #expect(children[0].name == "title" && children[0].attributes["id"] == "plot-1-title")
        #expect(children[1].name == "desc" && children[1].attributes["id"] == "plot-1-desc")
        #expect(children[0].text == "The sigmoid and tanh, with their slopes dashed")
        #expect(children[1].text.hasPrefix("Sigmoid rises"))
    }

    @Test func textIsEscapedAndSurvivesParsing() throws {
        let svg = SVGRenderer.render(Fixtures.step)
        #expect(svg.contains("Step &lt;H&gt; &amp; &quot;friends&quot;"))
        let document = SVGDocument(svg)
        #expect(document.isWellFormed)
        #expect(document.all("title").first?.text == "Step <H> & \"friends\"")
        #expect(document.all("text").contains { $0.text == "H(x) <step> & \"jump\"" })
    }

    @Test func oddIdPrefixStillGivesValidReferences() throws {
        var figure = Fixtures.straightLine
        figure.idPrefix = "3 plots <&> \"x\""
        let document = SVGDocument(SVGRenderer.render(figure))
        #expect(document.isWellFormed)
        let labelledBy = try #require(document.elements.first?.attributes["aria-labelledby"])
        let ids = Set(document.elements.compactMap { $0.attributes["id"] })
        let references = labelledBy.split(separator: " ").map(String.init)
        #expect(references.count == 2)
        #expect(references.allSatisfy { ids.contains($0) })
        #expect(references.allSatisfy { $0.first?.isLetter == true })
    }

    /// As everywhere on a page (MarkupText's policy), not dropped: a dropped character
    /// would silently join the words around it.
    @Test func controlCharactersBecomeReplacementCharacters() {
        var figure = Fixtures.straightLine
        figure.title = "bell\u{7} and null\u{0} and tab\t"
        let document = SVGDocument(SVGRenderer.render(figure))
        #expect(document.isWellFormed)
        #expect(document.all("title").first?.text == "bell\u{FFFD} and null\u{FFFD} and tab\t")
    }
}
