import Foundation
import Testing

@testable import SiteBuilder

/// Protects the bundled math font: a real OpenType font with a MATH table, inline in
/// assets/math-font.css, and its licence beside it.
@Suite struct MathFontTests {
    /// The bytes of the `data:` URL in the stylesheet.
    private func fontBytes() throws -> [UInt8] {
        let css = BundledMathFont.stylesheet
        let start = try #require(css.range(of: "base64,"))
        let end = try #require(css[start.upperBound...].firstIndex(of: "\""))
        return Array(try #require(Data(base64Encoded: String(css[start.upperBound..<end]))))
    }

    @Test("The stylesheet holds Asana Math whole: an OpenType CFF font with a MATH table")
    func font() throws {
        let bytes = try fontBytes()
        #expect(bytes.count == 397_540, "the size of Debian's Asana-Math.otf")
        #expect(Array(bytes.prefix(4)) == Array("OTTO".utf8), "OpenType with CFF outlines")
        // The table directory: numTables at offset 4, then 16-byte records starting at 12.
        let tableCount = Int(bytes[4]) << 8 | Int(bytes[5])
        let tags = (0..<tableCount).map { index in
            String(decoding: bytes[(12 + 16 * index)..<(16 + 16 * index)], as: UTF8.self)
        }
        #expect(tags.contains("MATH"), "MathML layout needs the MATH table; tables: \(tags)")
        #expect(tags.contains("cmap") && tags.contains("CFF "))
    }

    @Test("The page names the font the stylesheet defines, and the licence ships with it")
    func wiring() {
        #expect(BundledMathFont.stylesheet.contains("font-family: \"Asana Math\""))
        let css = String(decoding: PackageResources.style_css, as: UTF8.self)
        #expect(css.contains("math { font-family: \"Asana Math\""))
        let licence = String(decoding: PackageResources.OFL_AsanaMath_txt, as: UTF8.self)
        #expect(licence.contains("SIL Open Font License") && licence.contains("Apostolos Syropoulos"))
        let layout = String(decoding: PackageResources.layout_mustache, as: UTF8.self)
        #expect(layout.contains("href=\"assets/math-font.css\""))
    }
}
