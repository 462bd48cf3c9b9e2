/// Where a plot's styling comes from.
public enum PlotStyling: Sendable, Equatable {
    /// A `<style>` inside the SVG with the light palette: right on its own, in an `<img>`
    /// or opened directly.
    case embedded
    /// No `<style>`: the page's stylesheet styles the classes (the site's does, with
    /// custom properties for light and dark schemes). Many plots then share one set of
    /// rules instead of each carrying its own.
    case external

    /// The rules `.embedded` writes; the site's stylesheet has the same rules with
    /// custom properties instead of fixed colours.
    public static let standaloneRules =
        ".atlas-plot{font:12px sans-serif;color:#1b1f24;background:#fff}"
        + ".atlas-plot text{fill:currentColor}.atlas-plot .tick{fill:#57606a}"
        + ".atlas-plot .tick.x{text-anchor:middle}.atlas-plot .tick.y{text-anchor:end}"
        + ".atlas-plot .grid,.atlas-plot .axis{fill:none;stroke:currentColor;stroke-width:1}"
        + ".atlas-plot .grid{stroke-opacity:.15}.atlas-plot .axis{stroke-opacity:.7}"
        + ".atlas-plot .curves path,.atlas-plot .swatch{fill:none;stroke:currentColor;stroke-width:2;"
        + "stroke-linejoin:round;stroke-linecap:round}.atlas-plot .dashed{stroke-dasharray:6 5}"
        + ".atlas-plot circle{fill:currentColor;stroke:currentColor;stroke-width:2}.atlas-plot .open{fill:#fff}"
        + Palette.colors.enumerated().map { ".atlas-plot .c\($0.offset){color:\($0.element)}" }.joined()
}
