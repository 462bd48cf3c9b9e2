import ActivationMath
import AtlasText
import LessonMarkdown
import SVGPlot

/// The numbers behind a plot, for readers: a JSON table for the read-out script
/// (`assets/plot.js`) and an HTML table at the tick positions for everyone.
///
/// All values are computed here, at build time; the script only looks them up, so the
/// page never re-implements a function in JavaScript.
enum PlotData {
    /// Most read-out samples per curve: one every 2.4 px or more of a 578 px plot, finer
    /// than a pointer is steered, and each curve's values stay a few kilobytes.
    static let maximumReadoutSamples = 241

    /// The read-out grid: from the left end in a round step (1, 2 or 5 × 10ⁿ) chosen so
    /// that at most ``maximumReadoutSamples`` points cover the range; −6…6 gives 0.05.
    /// A range whose width is not finite or not above 10⁻²⁹⁰ gets a single sample.
    static func readoutGrid(_ x: ClosedRange<Double>) -> (from: Double, step: Double, count: Int) {
        let width = x.upperBound - x.lowerBound
        guard let step = NiceTicks.step(atLeast: width / Double(maximumReadoutSamples - 1)) else {
            return (x.lowerBound, 1, 1)
        }
        // Why the tolerance: (6 − −6) / 0.05 is 239.99999999999997 in doubles.
        let intervals = (width / step * (1 + 1e-12)).rounded(.down)
        // Int() cannot trap: a ClosedRange's width is never negative and the step is
        // positive, so `intervals` is finite here, 0 or more, and clamped from above.
        let count = intervals.isFinite ? Int(min(intervals, Double(maximumReadoutSamples - 1))) + 1 : 1
        return (x.lowerBound, step, count)
    }

    /// `<script type="application/json" class="plot-data">…</script>`; see the contract
    /// at the top of `plot.js`.
    /// - Parameter values: ``readoutValues(_:geometry:)`` of the curves.
    /// - Parameter calls: each curve's name in the read-out, `elu′(x; α = 2)` (see
    ///   ``PlotNames/call(_:derivative:)``), in the order of `curves`.
    static func writeReadoutScript(
        _ curves: [PlotCurve], values: [[Double]], calls: [String], geometry: PlotGeometry, family: ParameterFamily?,
        into out: inout TextBuffer
    ) {
        let grid = readoutGrid(geometry.xDomain)
        func pair(_ range: ClosedRange<Double>) -> JSONValue { .array([.number(range.lowerBound), .number(range.upperBound)]) }
        let series = curves.enumerated().map { index, curve -> JSONValue in
            .object([
                ("id", .string(curve.id)), ("label", .string(curve.label)),
                ("call", .string(index < calls.count ? calls[index] : curve.label)), ("slot", .integer(curve.colorIndex % 7)),
                ("dashed", .bool(curve.dashed)), ("group", curve.group.map { .integer($0) } ?? .null),
                // 4 significant digits, as C's %g writes them (0.002473, 4.54e-05); −0 as 0.
                (
                    "values",
                    .significantArray(index < values.count ? values[index] : [], digits: 4)
                ),
            ])
        }
        let groups: JSONValue =
            family.map { family in
                .object([
                    ("name", .string(family.parameter.value)),
                    ("symbol", .string(PlotNames.parameter(family.parameter.value))),
                    ("labels", .array(family.values.indices.map { .string(family.label($0)) })),
                ])
            } ?? .null
        let json = JSONValue.object([
            (
                "area",
                .array([.number(geometry.plotX), .number(geometry.plotY), .number(geometry.plotWidth), .number(geometry.plotHeight)])
            ),
            ("x", pair(geometry.xDomain)), ("y", pair(geometry.yDomain)),
            ("xs", .object([("from", .number(grid.from)), ("step", .number(grid.step)), ("count", .integer(grid.count))])),
            ("series", .array(series)), ("groups", groups),
        ])
        out.append("<script type=\"application/json\" class=\"plot-data\">")
        json.write(into: &out)
        out.append("</script>")
    }

    /// Each curve's values on the read-out grid (``readoutGrid(_:)`` of the plotted x
    /// range), −0 as 0: what ``writeReadoutScript(_:values:calls:geometry:family:into:)``
    /// writes.
    static func readoutValues(_ curves: [PlotCurve], geometry: PlotGeometry) -> [[Double]] {
        let grid = readoutGrid(geometry.xDomain)
        let xs = (0..<grid.count).map { grid.from + Double($0) * grid.step }
        return curves.map { curve in
            xs.map { x in
                let y = curve.function(x)
                return y == 0 ? 0 : y
            }
        }
    }

    /// The legend: `<ul class="plot-legend">` with one `<li data-series="…">` per curve
    /// (and `data-group="N"` for a family member), a line sample (`span.swatch cN`,
    /// `dashed` for f′) and the label. In HTML, not in the SVG, so that its text keeps the
    /// page's size on a phone; `plot.js` makes a family's entries buttons.
    static func writeLegend(_ curves: [PlotCurve], into out: inout TextBuffer) {
        guard !curves.isEmpty else { return }
        out.append("<ul class=\"plot-legend\">")
        for curve in curves {
            out.append("<li data-series=\"")
            out.appendEscaped(curve.id)
            out.append("\"" + (curve.group.map { " data-group=\"\($0)\"" } ?? "") + ">")
            out.append("<span class=\"swatch c\(curve.colorIndex % 7)\(curve.dashed ? " dashed" : "")\" aria-hidden=\"true\"></span>")
            out.appendEscaped(curve.label)
            out.append("</li>")
        }
        out.append("</ul>\n")
    }

    /// `<details>` with x, and each curve's value to 4 digits, at the x ticks; columns
    /// aligned on the decimal point as in `{table}`. Written into the figure's buffer: a
    /// String joined cell by cell was a third of the table's cost.
    static func writeDetailsTable(_ curves: [PlotCurve], ticks: [Double], words: SiteStrings = .english, into out: inout TextBuffer) {
        out.append("<details class=\"plot-values\"><summary>")
        out.appendEscaped(words[.dataBehindPlot])
        out.append("</summary>\n<table class=\"values\">\n<thead>\n<tr><th scope=\"col\">x</th>")
        for curve in curves {
            out.append("<th scope=\"col\">")
            out.appendEscaped(curve.label)
            out.append("</th>")
        }
        out.append("</tr>\n</thead>\n<tbody>\n")
        let xs = DecimalColumn(ticks.map { .number(NumberText.argumentParts($0)) }).html
        let columns = curves.map { curve in
            DecimalColumn(
                ticks.map { x in
                    let y = curve.function(x)
                    return y.isNaN ? .word(words[.undefined]) : .number(NumberText.significantParts(y, digits: 4))
                }
            ).html
        }
        for (row, x) in xs.enumerated() {
            out.append("<tr><th scope=\"row\">")
            out.append(x)
            out.append("</th>")
            for column in columns {
                out.append("<td>")
                out.append(column[row])
                out.append("</td>")
            }
            out.append("</tr>\n")
        }
        out.append("</tbody>\n</table>\n</details>")
    }
}
