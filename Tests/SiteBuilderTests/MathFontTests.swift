import Foundation
import Testing

@testable import SiteBuilder

/// Protects the bundled math font: a WOFF2 subset of Asana Math with its MATH table,
/// renamed Atlas Math, inline in assets/math-font.css, and its licence beside it.
@Suite struct MathFontTests {
    /// The bytes of the `data:` URL in the stylesheet.
    private func fontBytes() throws -> [UInt8] {
        let css = BundledMathFont.stylesheet
        let start = try #require(css.range(of: "base64,"))
        let end = try #require(css[start.upperBound...].firstIndex(of: "\""))
        return Array(try #require(Data(base64Encoded: String(css[start.upperBound..<end]))))
    }

    @Test("The stylesheet holds the font as WOFF2 with a MATH table, within 150 KB")
    func font() throws {
        let bytes = try fontBytes()
        #expect(Array(bytes.prefix(4)) == Array("wOF2".utf8), "WOFF2")
        #expect(Array(bytes[4..<8]) == Array("OTTO".utf8), "OpenType with CFF outlines inside")
        #expect(bytes.count < 120_000, "a subset, not the whole 397 KB font: \(bytes.count) bytes")
        #expect(BundledMathFont.stylesheetBytes.count <= 150 * 1024, "assets/math-font.css must stay within 150 KB")
        let tags = try Self.woff2Tags(bytes)
        #expect(tags.contains("MATH"), "MathML layout needs the MATH table; tables: \(tags)")
        #expect(tags.contains("cmap") && tags.contains("CFF ") && tags.contains("name"))
        #expect(!tags.contains("morx"), "Apple's layout tables are dropped")
    }

    /// The table tags of a WOFF2 file: numTables at offset 12, the directory from 48;
    /// each entry is a flags byte (a known-tag index, or 63 and a 4-byte tag), then
    /// UIntBase128 lengths (two for a transformed table).
    static func woff2Tags(_ bytes: [UInt8]) throws -> [String] {
        let known = [
            "cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "glyf", "loca", "prep",
            "CFF ", "VORG", "EBDT", "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE",
            "GDEF", "GPOS", "GSUB", "EBSC", "JSTF", "MATH",
        ]
        let count = Int(bytes[12]) << 8 | Int(bytes[13])
        var offset = 48
        var tags: [String] = []
        func base128() throws {
            for _ in 0..<5 {
                let byte = try #require(offset < bytes.count ? bytes[offset] : nil)
                offset += 1
                if byte & 0x80 == 0 { return }
            }
        }
        for _ in 0..<count {
            let flags = bytes[offset]
            offset += 1
            let tag: String
            if flags & 0x3F == 63 {
                tag = String(decoding: bytes[offset..<(offset + 4)], as: UTF8.self)
                offset += 4
            } else {
                tag = try #require(Int(flags & 0x3F) < known.count ? known[Int(flags & 0x3F)] : nil)
            }
            tags.append(tag)
            try base128()
            let transform = flags >> 6
            // glyf and loca are transformed unless the version is 3; all others when it is not 0.
            if (tag == "glyf" || tag == "loca") ? transform != 3 : transform != 0 { try base128() }
        }
        return tags
    }

    @Test("The page names the font the stylesheet defines, and the licence ships with it")
    func wiring() {
        // "Asana Math" is the font's Reserved Font Name: the subset must not use it.
        #expect(BundledMathFont.stylesheet.contains("font-family: \"Atlas Math\""))
        #expect(!BundledMathFont.stylesheet.contains("font-family: \"Asana Math\""))
        let css = String(decoding: PackageResources.style_css, as: UTF8.self)
        #expect(css.contains("math { font-family: \"Atlas Math\""))
        let licence = String(decoding: PackageResources.OFL_AsanaMath_txt, as: UTF8.self)
        #expect(licence.contains("SIL Open Font License") && licence.contains("Apostolos Syropoulos"))
        #expect(licence.contains("renamed \"Atlas Math\""), "the licence says what was modified")
        let layout = String(decoding: PackageResources.layout_mustache, as: UTF8.self)
        #expect(layout.contains("href=\"assets/math-font.css\""))
    }
}
