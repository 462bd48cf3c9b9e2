import AtlasText

/// Renders a ``PlotFigure`` as an accessible SVG document styled by classes. Internal:
/// callers draw through ``Plot/draw(_:options:)``, which samples the curves and picks
/// the layout first.
///
/// ```swift
/// let svg = SVGRenderer.render(figure)                       // standalone, with <style>
/// let inline = SVGRenderer.render(figure, styling: .external) // for a page whose CSS styles it
/// ```
///
/// The output, in drawing order: `<title>` and `<desc>` (referenced by
/// `aria-labelledby`), the clip path, the grid (class `grid`), the axes (class `axis`),
/// tick labels (`tick x`, `tick y`), the curves (`<g class="curves">`, one
/// `<path data-series="…" class="cN[ dashed]">` per series, clipped to the plot area),
/// the dots at jumps (`<g class="dots">`, `<circle class="cN[ open]">`), and the legend
/// (class `legend`) below the plot area.
///
/// Styling: no element carries colours, widths or dash patterns; classes do
/// (``PlotStyling``). `cN` sets `color` to palette slot N and every mark is drawn in
/// `currentColor`, so a stylesheet restyles a whole series by one custom property. With
/// `.embedded`, a small `<style>` with the light palette makes the file correct on its
/// own; with `.external` the page's stylesheet must style the classes (the site's
/// `style.css` does, in light and dark schemes).
///
/// Sizing: the root has a `viewBox` and no `width`/`height`, so it scales to its
/// container while keeping its aspect ratio.
///
/// Guarantees: the same figure gives byte-identical text; every number is finite,
/// rounded to 0.1 px and locale-free; all text is XML-escaped; no input traps (see
/// ``PlotFigure`` for the edge cases).
enum SVGRenderer {
    /// The SVG text of `figure`, ending with a newline.
    static func render(_ figure: PlotFigure, styling: PlotStyling = .embedded) -> String {
        render(figure, layout: PlotLayout(figure: figure), styling: styling)
    }

    /// The SVG text of `figure` drawn in `layout`, which ``Plot`` has chosen already;
    /// `figure`'s size and domains are not looked at again.
    static func render(_ figure: PlotFigure, layout: PlotLayout, styling: PlotStyling) -> String {
        let prefix = XMLIdentifier.make(figure.idPrefix)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        out += NumberFormat.tenths(layout.width) + " " + NumberFormat.tenths(layout.height) + "\""
        out += " class=\"atlas-plot\" role=\"img\" aria-labelledby=\"\(prefix)-title \(prefix)-desc\">\n"
        out += "<title id=\"\(prefix)-title\">" + MarkupText.escaped(figure.title) + "</title>\n"
        out += "<desc id=\"\(prefix)-desc\">" + MarkupText.escaped(figure.description) + "</desc>\n"
        if styling == .embedded { out += "<style>" + PlotStyling.standaloneRules + "</style>\n" }
        out += "<defs><clipPath id=\"\(prefix)-clip\">" + rect(layout) + "</clipPath></defs>\n"
        out += grid(layout)
        out += axes(layout)
        out += tickLabels(layout)
        out += "<g class=\"curves\" clip-path=\"url(#\(prefix)-clip)\">\n"
        let band = layout.band
        for series in figure.series {
            let data = PathBuilder.pathData(
                segments: series.segments, x: layout.xScale, y: layout.yScale, band: band)
            out += path(for: series, data: data)
        }
        out += dots(figure.series, layout)
        out += "</g>\n"
        out += layout.legend.svg(top: layout.legendTop)
        out += "</svg>\n"
        return out
    }

    /// Where the plot area lies in the viewBox and which data ranges it shows, as
    /// ``render(_:styling:)`` would draw `figure`.
    static func geometry(of figure: PlotFigure) -> PlotGeometry {
        PlotLayout(figure: figure).geometry
    }

    /// ` data-group="N"` for a family member, else nothing.
    static func groupAttribute(_ series: PlotSeries) -> String {
        series.group.map { " data-group=\"\($0)\"" } ?? ""
    }

    /// The `<path>` of one series.
    static func path(for series: PlotSeries, data: String) -> String {
        let slot = Palette.slot(series.colorIndex)
        return "<path data-series=\"" + MarkupText.escaped(series.id) + "\"" + groupAttribute(series)
            + " class=\"c\(slot)" + (series.dashed ? " dashed" : "") + "\" d=\"" + data + "\"/>\n"
    }

    /// The markers of all series inside the plot area, hollow ones after filled ones of
    /// the same series so the hollow ring stays visible where both meet.
    private static func dots(_ series: [PlotSeries], _ layout: PlotLayout) -> String {
        var out = ""
        for item in series {
            let slot = Palette.slot(item.colorIndex)
            for marker in item.markers.sorted(by: { $0.isFilled && !$1.isFilled }) {
                let x = layout.xScale.map(marker.x), y = layout.yScale.map(marker.y)
                guard x.isFinite, y.isFinite, x >= layout.plotX - 4, x <= layout.plotRight + 4,
                    y >= layout.plotY - 4, y <= layout.plotBottom + 4
                else { continue }
                out +=
                    "<circle" + groupAttribute(item) + " class=\"c\(slot)" + (marker.isFilled ? "" : " open")
                    + "\" cx=\"" + NumberFormat.tenths(x) + "\" cy=\"" + NumberFormat.tenths(y) + "\" r=\"3.5\"/>\n"
            }
        }
        return out.isEmpty ? "" : "<g class=\"dots\">\n" + out + "</g>\n"
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
            data +=
                "M" + NumberFormat.tenths(layout.xScale.map(tick.value)) + " "
                + NumberFormat.tenths(layout.plotY) + "v" + height
        }
        for tick in layout.yTicks {
            data +=
                "M" + NumberFormat.tenths(layout.plotX) + " "
                + NumberFormat.tenths(layout.yScale.map(tick.value)) + "h" + width
        }
        guard !data.isEmpty else { return "" }
        return "<path class=\"grid\" d=\"" + data + "\"/>\n"
    }

    /// The x and y axes: through 0 when 0 is visible, else along the plot's edges.
    private static func axes(_ layout: PlotLayout) -> String {
        let y = NumberFormat.tenths(layout.horizontalAxisY), x = NumberFormat.tenths(layout.verticalAxisX)
        let data =
            "M" + NumberFormat.tenths(layout.plotX) + " " + y + "h" + NumberFormat.tenths(layout.plotWidth)
            + "M" + x + " " + NumberFormat.tenths(layout.plotY) + "v" + NumberFormat.tenths(layout.plotHeight)
        return "<path class=\"axis\" d=\"" + data + "\"/>\n"
    }

    /// Tick labels in the margins: x below the plot area, y to its left.
    private static func tickLabels(_ layout: PlotLayout) -> String {
        var out = "<g class=\"tick x\">\n"
        let labelY = NumberFormat.tenths(layout.plotBottom + 17)
        for tick in layout.xTicks {
            out +=
                "<text x=\"" + NumberFormat.tenths(layout.xScale.map(tick.value)) + "\" y=\"" + labelY + "\">"
                + MarkupText.escaped(tick.label) + "</text>\n"
        }
        out += "</g>\n<g class=\"tick y\">\n"
        let labelX = NumberFormat.tenths(layout.plotX - 6)
        for tick in layout.yTicks {
            out +=
                "<text x=\"" + labelX + "\" y=\"" + NumberFormat.tenths(layout.yScale.map(tick.value) + 4) + "\">"
                + MarkupText.escaped(tick.label) + "</text>\n"
        }
        return out + "</g>\n"
    }
}
