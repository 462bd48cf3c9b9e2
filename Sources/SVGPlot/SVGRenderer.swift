import AtlasText

/// Renders a ``PlotFigure`` as an accessible SVG document styled by classes. Internal:
/// callers draw through ``Plot/draw(_:options:sampling:)``, which samples the curves and picks
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
/// container while keeping its aspect ratio. With `.external` it also carries its viewBox
/// width as `style="--plot-width:640"`, so a page's stylesheet can size the tick labels
/// in CSS px whatever the scale (the margins leave room up to
/// ``PlotLayout/largestTickFont(width:)``); tick labels are placed by `dy` in `em` for that.
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
        var out = TextBuffer(capacity: 4096)
        render(figure, layout: layout, styling: styling, into: &out)
        return out.text
    }

    /// ``render(_:layout:styling:)`` written into `out`, the one buffer the whole SVG
    /// goes into.
    static func render(_ figure: PlotFigure, layout: PlotLayout, styling: PlotStyling, into out: inout TextBuffer) {
        let prefix = XMLIdentifier.make(figure.idPrefix)
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        NumberFormat.append(tenthsOf: layout.width, to: &out)
        out.append(ascii: " ")
        NumberFormat.append(tenthsOf: layout.height, to: &out)
        out.append("\" class=\"atlas-plot\"")
        if styling == .external {
            // The viewBox width, for a page's stylesheet to size text in CSS px (see style.css).
            out.append(" style=\"--plot-width:")
            NumberFormat.append(tenthsOf: layout.width, to: &out)
            out.append("\"")
        }
        out.append(" role=\"img\" aria-labelledby=\"\(prefix)-title \(prefix)-desc\">\n")
        out.append("<title id=\"\(prefix)-title\">")
        out.appendEscaped(figure.title)
        out.append("</title>\n<desc id=\"\(prefix)-desc\">")
        out.appendEscaped(figure.description)
        out.append("</desc>\n")
        if styling == .embedded { out.append("<style>" + PlotStyling.standaloneRules + "</style>\n") }
        out.append("<defs><clipPath id=\"\(prefix)-clip\">")
        rect(layout, into: &out)
        out.append("</clipPath></defs>\n")
        grid(layout, into: &out)
        axes(layout, into: &out)
        tickLabels(layout, into: &out)
        out.append("<g class=\"curves\" clip-path=\"url(#\(prefix)-clip)\">\n")
        let band = layout.band
        for series in figure.series {
            path(for: series, into: &out) { out in
                PathBuilder.write(segments: series.segments, x: layout.xScale, y: layout.yScale, band: band, into: &out)
            }
        }
        dots(figure.series, layout, into: &out)
        out.append("</g>\n")
        layout.legend.write(top: layout.legendTop, into: &out)
        out.append("</svg>\n")
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

    /// The `<path>` of one series, its path data written by `data`.
    static func path(for series: PlotSeries, into out: inout TextBuffer, data: (inout TextBuffer) -> Void) {
        out.append("<path data-series=\"")
        out.appendEscaped(series.id)
        out.append(
            "\"" + groupAttribute(series) + " class=\"c\(Palette.slot(series.colorIndex))" + (series.dashed ? " dashed" : "") + "\" d=\"")
        data(&out)
        out.append("\"/>\n")
    }

    /// The markers of all series inside the plot area, hollow ones after filled ones of
    /// the same series so the hollow ring stays visible where both meet.
    private static func dots(_ series: [PlotSeries], _ layout: PlotLayout, into out: inout TextBuffer) {
        var any = false
        for item in series {
            let slot = Palette.slot(item.colorIndex)
            for marker in item.markers.sorted(by: { $0.isFilled && !$1.isFilled }) {
                let x = layout.xScale.map(marker.x), y = layout.yScale.map(marker.y)
                guard x.isFinite, y.isFinite, x >= layout.plotX - 4, x <= layout.plotRight + 4,
                    y >= layout.plotY - 4, y <= layout.plotBottom + 4
                else { continue }
                if !any { out.append("<g class=\"dots\">\n") }
                any = true
                out.append("<circle" + groupAttribute(item) + " class=\"c\(slot)" + (marker.isFilled ? "" : " open") + "\" cx=\"")
                NumberFormat.append(tenthsOf: x, to: &out)
                out.append("\" cy=\"")
                NumberFormat.append(tenthsOf: y, to: &out)
                out.append("\" r=\"3.5\"/>\n")
            }
        }
        if any { out.append("</g>\n") }
    }

    private static func rect(_ layout: PlotLayout, into out: inout TextBuffer) {
        out.append("<rect x=\"")
        NumberFormat.append(tenthsOf: layout.plotX, to: &out)
        out.append("\" y=\"")
        NumberFormat.append(tenthsOf: layout.plotY, to: &out)
        out.append("\" width=\"")
        NumberFormat.append(tenthsOf: layout.plotWidth, to: &out)
        out.append("\" height=\"")
        NumberFormat.append(tenthsOf: layout.plotHeight, to: &out)
        out.append("\"/>")
    }

    /// Light lines at every tick, as one path.
    private static func grid(_ layout: PlotLayout, into out: inout TextBuffer) {
        guard !layout.xTicks.isEmpty || !layout.yTicks.isEmpty else { return }
        out.append("<path class=\"grid\" d=\"")
        for tick in layout.xTicks {
            out.append(ascii: "M")
            NumberFormat.append(tenthsOf: layout.xScale.map(tick.value), to: &out)
            out.append(ascii: " ")
            NumberFormat.append(tenthsOf: layout.plotY, to: &out)
            out.append(ascii: "v")
            NumberFormat.append(tenthsOf: layout.plotHeight, to: &out)
        }
        for tick in layout.yTicks {
            out.append(ascii: "M")
            NumberFormat.append(tenthsOf: layout.plotX, to: &out)
            out.append(ascii: " ")
            NumberFormat.append(tenthsOf: layout.yScale.map(tick.value), to: &out)
            out.append(ascii: "h")
            NumberFormat.append(tenthsOf: layout.plotWidth, to: &out)
        }
        out.append("\"/>\n")
    }

    /// The x and y axes: through 0 when 0 is visible, else along the plot's edges.
    private static func axes(_ layout: PlotLayout, into out: inout TextBuffer) {
        out.append("<path class=\"axis\" d=\"M")
        NumberFormat.append(tenthsOf: layout.plotX, to: &out)
        out.append(ascii: " ")
        NumberFormat.append(tenthsOf: layout.horizontalAxisY, to: &out)
        out.append(ascii: "h")
        NumberFormat.append(tenthsOf: layout.plotWidth, to: &out)
        out.append(ascii: "M")
        NumberFormat.append(tenthsOf: layout.verticalAxisX, to: &out)
        out.append(ascii: " ")
        NumberFormat.append(tenthsOf: layout.plotY, to: &out)
        out.append(ascii: "v")
        NumberFormat.append(tenthsOf: layout.plotHeight, to: &out)
        out.append("\"/>\n")
    }

    /// Tick labels in the margins: x below the plot area, y to its left. Each is placed by
    /// its top (x) or middle (y) in `em` (`dy`), so a page may resize the text and it
    /// stays as close to its tick.
    private static func tickLabels(_ layout: PlotLayout, into out: inout TextBuffer) {
        out.append("<g class=\"tick x\">\n")
        for tick in layout.xTicks {
            out.append("<text x=\"")
            NumberFormat.append(tenthsOf: layout.xScale.map(tick.value), to: &out)
            out.append("\" y=\"")
            NumberFormat.append(tenthsOf: layout.plotBottom + 5, to: &out)
            out.append("\" dy=\"0.71em\">")
            out.appendEscaped(tick.label)
            out.append("</text>\n")
        }
        out.append("</g>\n<g class=\"tick y\">\n")
        for tick in layout.yTicks {
            out.append("<text x=\"")
            NumberFormat.append(tenthsOf: layout.plotX - 6, to: &out)
            out.append("\" y=\"")
            NumberFormat.append(tenthsOf: layout.yScale.map(tick.value), to: &out)
            out.append("\" dy=\"0.32em\">")
            out.appendEscaped(tick.label)
            out.append("</text>\n")
        }
        out.append("</g>\n")
    }
}
