import Foundation
import Testing

@testable import SiteBuilder

/// Protects DESIGN §6's footnotes: the f′ cell at a kink or a jump links to a note that
/// exists and says which convention the value follows, with ids unique on the page.
@Suite struct TableNotesTests {
    /// Every `id="…"` in `html`, in order.
    private func ids(in html: String) -> [String] {
        html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// Every in-page link target (`href="#…"`), in order.
    private func fragmentLinks(in html: String) -> [String] {
        html.components(separatedBy: " href=\"#").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// The text of the note with `id`, its number included.
    private func note(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "<p class=\"table-note\" id=\"\(id)\">") else { return nil }
        return html[start.upperBound...].components(separatedBy: "</p>").first
    }

    @Test("Markers sit on the f′ cells at the kink and the jump, after the number, and link to notes in reading order")
    func markersLinkToNotes() throws {
        let html = LessonPipeline.render(RenderedTable.mixedLesson).html
        let table = try #require(RenderedTable.all(in: html).first)
        #expect(table.id == "table-1")
        var marked: [String: [String]] = [:]
        for (row, cells) in table.rows.enumerated() {
            for (column, cell) in cells.enumerated() where !cell.markerLinks.isEmpty {
                marked["\(row),\(column)"] = cell.markerLinks
                #expect(!cell.textAfterMarker, "the marker comes after the padded number")
                #expect(cell.markerTexts == cell.markerLinks.map { String($0.split(separator: "-").last ?? "") })
            }
        }
        // Row 3 is x = 0; column 4 is relu′ (kink), column 6 binary_step′ (jump).
        #expect(marked == ["3,4": ["#table-1-note-1"], "3,6": ["#table-1-note-2"]])
        let kink = try #require(note("table-1-note-1", in: html))
        #expect(
            kink
                == "<sup>1</sup> At x = 0, relu has a kink and no derivative; the table shows relu′(0) = 0, the value PyTorch’s autograd uses."
        )
        let jump = try #require(note("table-1-note-2", in: html))
        #expect(jump == "<sup>2</sup> At x = 0, binary_step jumps and has no derivative; the table marks it undefined.")
    }

    @Test("Two tables and a plot in one lesson: every id is unique and every note link lands")
    func uniqueIds() throws {
        let html = LessonPipeline.render(
            """
            ```{plot} relu
            :derivative:
            ```

            ```{table} relu
            :x: 0
            :derivative:
            ```

            ```{table} leaky_relu relu
            :x: -1 0 0 1
            :derivative:
            ```
            """
        ).html
        let ids = ids(in: html)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids)")
        #expect(RenderedTable.all(in: html).map(\.id) == ["table-1", "table-2"])
        let links = fragmentLinks(in: html)
        #expect(links.contains("table-1-note-1") && links.contains("table-2-note-2"))
        for link in links { #expect(ids.contains(link), "'#\(link)' has no target") }
        // x = 0 listed twice: both rows point at the same two notes, and no third appears.
        #expect(note("table-2-note-1", in: html)?.contains("leaky_relu has a kink") == true)
        #expect(note("table-2-note-2", in: html)?.contains("relu has a kink") == true)
        #expect(note("table-2-note-3", in: html) == nil)
        let second = try #require(RenderedTable.all(in: html).last)
        #expect(second.rows[1][2].markerLinks == ["#table-2-note-1"] && second.rows[2][2].markerLinks == ["#table-2-note-1"])
    }

    @Test("A table without derivatives has neither markers nor notes")
    func noDerivativeNoNotes() {
        let html = LessonPipeline.render("```{table} relu binary_step\n:x: 0\n```").html
        #expect(!html.contains("note-ref") && !html.contains("table-note"))
    }
}
