import ActivationMath
import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects `{formula}`: every catalogue function's TeX converts, parameters substituted.
@Suite struct FormulaTests {
    /// Every entry with its defaults (required parameters set to 0.5), and a few parameter sets.
    static let references =
        Catalog.entries.map { entry in
            let required = entry.parameters.filter { $0.defaultValue == nil }.map { "\($0.name)=0.5" }
            return required.isEmpty ? entry.name : "\(entry.name)(\(required.joined(separator: ", ")))"
        } + ["leaky_relu(negative_slope=0.2)", "elu(alpha=0.5)", "elu(alpha=2e-5)"]

    @Test("The definition and derivative of every catalogue function typeset", arguments: references)
    func everyFunction(_ reference: String) throws {
        let html = LessonPipeline.render("```{formula} \(reference)\n```").html
        #expect(html.hasPrefix("<div class=\"formula\">\n<math display=\"block\">"))
        #expect(html.components(separatedBy: "<math display=\"block\">").count == 3, "value and derivative")
        for math in html.components(separatedBy: "\n").filter({ $0.hasPrefix("<math") }) {
            #expect(SVGDocument(math).isWellFormed, "\(math)")
        }
    }

    @Test("Parameters appear in the formula")
    func parameters() {
        let html = LessonPipeline.render("```{formula} leaky_relu(negative_slope=0.2)\n:derivative: false\n```").html
        #expect(html.contains("0.2"))
        #expect(html.components(separatedBy: "<math").count == 2, "no derivative")
    }
}
