import AtlasText

/// The legend: one short line sample and label per series, in rows below the plot
/// area, so it can never cover a curve.
///
/// Entries flow left to right and wrap to a new row when the next one would pass the
/// right edge; an entry wider than a whole row gets a row of its own (its text may then
/// run past the edge, but never over the plot). Text width is estimated, since there is
/// no font to measure: ``characterWidth`` per character at 12 px.
struct Legend {
    /// Estimated advance of one character of 12 px sans-serif text, generous on purpose.
    static let characterWidth = 7.0
    /// Height of one legend row.
    static let rowHeight = 18.0
    /// Length of the line sample.
    static let sampleLength = 24.0

    struct Entry {
        var series: PlotSeries
        var x: Double
        var row: Int
    }

    var entries: [Entry]
    var rows: Int

    /// Lays out the series between `left` and `right`.
    init(series: [PlotSeries], left: Double, right: Double) {
        var entries: [Entry] = []
        var x = left, row = 0
        for item in series {
            let width = Legend.sampleLength + 6 + Legend.textWidth(item.label) + 18
            if x > left, x + width - 18 > right {
                row += 1
                x = left
            }
            entries.append(Entry(series: item, x: x, row: row))
            x += width
        }
        self.entries = entries
        self.rows = series.isEmpty ? 0 : row + 1
    }

    /// Vertical space the legend needs, including a gap above it; 0 with no series.
    var height: Double { rows == 0 ? 0 : Double(rows) * Legend.rowHeight + 6 }

    /// Estimated width in px of `text` at 12 px.
    static func textWidth(_ text: String) -> Double {
        Double(text.count) * characterWidth
    }

    /// The legend's SVG, with its first row centred on `top + rowHeight / 2`, written into `out`.
    func write(top: Double, into out: inout TextBuffer) {
        guard !entries.isEmpty else { return }
        out.append("<g class=\"legend\">\n")
        for entry in entries {
            let series = entry.series
            let middle = top + (Double(entry.row) + 0.5) * Legend.rowHeight
            // A family member's entry is grouped, so a page script can hide it with its curve.
            if series.group != nil { out.append("<g" + SVGRenderer.groupAttribute(series) + ">\n") }
            out.append("<path class=\"swatch c\(Palette.slot(series.colorIndex))\(series.dashed ? " dashed" : "")\" d=\"M")
            NumberFormat.append(tenthsOf: entry.x, to: &out)
            out.append(ascii: " ")
            NumberFormat.append(tenthsOf: middle, to: &out)
            out.append(ascii: "h")
            NumberFormat.append(tenthsOf: Legend.sampleLength, to: &out)
            out.append("\"/>\n<text x=\"")
            NumberFormat.append(tenthsOf: entry.x + Legend.sampleLength + 6, to: &out)
            out.append("\" y=\"")
            NumberFormat.append(tenthsOf: middle + 4, to: &out)
            out.append("\">")
            out.appendEscaped(series.label)
            out.append("</text>\n")
            if series.group != nil { out.append("</g>\n") }
        }
        out.append("</g>\n")
    }
}
