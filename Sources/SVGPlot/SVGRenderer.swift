/// Renders a ``PlotFigure`` as a standalone, accessible SVG document.
///
/// ```swift
/// let svg = SVGRenderer.render(figure)   // "<svg xmlns=… role=\"img\" …>…</svg>\n"
/// ```
///
/// The output, in drawing order: `<title>` and `<desc>` (referenced by
/// `aria-labelledby`), the clip path, the grid (class `grid`), the axes (class `axis`),
/// tick labels (class `tick`), one `<path data-series="…">` per series clipped to the
/// plot area, and the legend (class `legend`) below the plot area.
///
/// Sizing: the root has a `viewBox` and no `width`/`height`, so inline in a page it
/// scales to its container (the site's CSS sets a width) while keeping its aspect
/// ratio; opened on its own, a browser fits it to the window.
///
/// Colours: neutral parts use `currentColor`, so they follow the page's text colour in
/// light and dark themes; series keep a `stroke` attribute from the Okabe–Ito palette as
/// a fallback and carry `c0`…`c6` classes (and `dashed`) for a stylesheet to override.
///
/// Guarantees: the same figure gives byte-identical text; every number is finite,
/// rounded to 0.1 px and locale-free; all text is XML-escaped; no input traps (see
/// ``PlotFigure`` for the edge cases).
public enum SVGRenderer {
    /// `stroke-dasharray` of dashed series and their legend samples.
    static let dashPattern = "6 5"

    /// The SVG text of `figure`, ending with a newline.
    public static func render(_ figure: PlotFigure) -> String {
        let layout = PlotLayout(figure: figure)
        let prefix = XMLEscape.identifier(figure.idPrefix)
        var out = ""
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        out += NumberFormat.tenths(layout.width) + " " + NumberFormat.tenths(layout.height) + "\""
        out += " class=\"atlas-plot\" role=\"img\" aria-labelledby=\"\(prefix)-title \(prefix)-desc\""
        out += " font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<title id=\"\(prefix)-title\">" + XMLEscape.escape(figure.title) + "</title>\n"
        out += "<desc id=\"\(prefix)-desc\">" + XMLEscape.escape(figure.description) + "</desc>\n"
        out += "<defs><clipPath id=\"\(prefix)-clip\">" + rect(layout) + "</clipPath></defs>\n"
        out += grid(layout)
        out += axes(layout)
        out += tickLabels(layout)
        out += "<g clip-path=\"url(#\(prefix)-clip)\" stroke-width=\"2\""
        out += " stroke-linejoin=\"round\" stroke-linecap=\"round\">\n"
        let band = layout.band
        for series in figure.series {
            let data = PathBuilder.pathData(
                segments: series.segments, x: layout.xScale, y: layout.yScale, band: band)
            out += path(for: series, data: data)
        }
        out += "</g>\n"
        out += layout.legend.svg(top: layout.legendTop)
        out += "</svg>\n"
        return out
    }

    /// The `<path>` of one series.
    static func path(for series: PlotSeries, data: String) -> String {
        let slot = Palette.slot(series.colorIndex)
        var out = "<path data-series=\"" + XMLEscape.escape(series.id) + "\""
        out += " class=\"series c\(slot)" + (series.dashed ? " dashed" : "") + "\""
        out += " d=\"" + data + "\" fill=\"none\" stroke=\"" + Palette.color(series.colorIndex) + "\""
        if series.dashed { out += " stroke-dasharray=\"\(dashPattern)\"" }
        return out + "/>\n"
    }

    private static func rect(_ layout: PlotLayout) -> String {
        "<rect x=\"" + NumberFormat.tenths(layout.plotX) + "\" y=\"" + NumberFormat.tenths(layout.plotY)
            + "\" width=\"" + NumberFormat.tenths(layout.plotWidth)
            + "\" height=\"" + NumberFormat.tenths(layout.plotHeight) + "\"/>"
    }

    /// Light lines at every tick, as one path.
    private static func grid(_ layout: PlotLayout) -> String {
        var data = ""
        let height = NumberFormat.tenths(layout.plotHeight), width = NumberFormat.tenths(layout.plotWidth)
        for tick in layout.xTicks {
            data += "M" + NumberFormat.tenths(layout.xScale.map(tick.value)) + " "
                + NumberFormat.tenths(layout.plotY) + "v" + height
        }
        for tick in layout.yTicks {
            data += "M" + NumberFormat.tenths(layout.plotX) + " "
                + NumberFormat.tenths(layout.yScale.map(tick.value)) + "h" + width
        }
        guard !data.isEmpty else { return "" }
        return "<path class=\"grid\" d=\"" + data
            + "\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.15\" stroke-width=\"1\"/>\n"
    }

    /// The x and y axes: through 0 when 0 is visible, else along the plot's edges.
    private static func axes(_ layout: PlotLayout) -> String {
        let y = NumberFormat.tenths(layout.horizontalAxisY), x = NumberFormat.tenths(layout.verticalAxisX)
        let data = "M" + NumberFormat.tenths(layout.plotX) + " " + y + "h" + NumberFormat.tenths(layout.plotWidth)
            + "M" + x + " " + NumberFormat.tenths(layout.plotY) + "v" + NumberFormat.tenths(layout.plotHeight)
        return "<path class=\"axis\" d=\"" + data
            + "\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.7\" stroke-width=\"1\"/>\n"
    }

    /// Tick labels in the margins: x below the plot area, y to its left.
    private static func tickLabels(_ layout: PlotLayout) -> String {
        var out = "<g class=\"tick x\" fill=\"currentColor\" text-anchor=\"middle\">\n"
        let labelY = NumberFormat.tenths(layout.plotBottom + 17)
        for tick in layout.xTicks {
            out += "<text x=\"" + NumberFormat.tenths(layout.xScale.map(tick.value)) + "\" y=\"" + labelY + "\">"
                + XMLEscape.escape(tick.label) + "</text>\n"
        }
        out += "</g>\n<g class=\"tick y\" fill=\"currentColor\" text-anchor=\"end\">\n"
        let labelX = NumberFormat.tenths(layout.plotX - 6)
        for tick in layout.yTicks {
            out += "<text x=\"" + labelX + "\" y=\"" + NumberFormat.tenths(layout.yScale.map(tick.value) + 4) + "\">"
                + XMLEscape.escape(tick.label) + "</text>\n"
        }
        return out + "</g>\n"
    }
}
