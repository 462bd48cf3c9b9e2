import Foundation

@testable import SVGPlot

/// Figures shared by the suites, built from hand-computed points.
enum Fixtures {
    static func points(_ pairs: [(Double, Double)]) -> [PlotPoint] {
        pairs.map { PlotPoint(x: $0.0, y: $0.1) }
    }

    /// y = x/2 + 1 on [−4, 4]; y domain fitted.
    static var straightLine: PlotFigure {
        PlotFigure(
            xDomain: -4...4,
            series: [
                PlotSeries(
                    id: "line", label: "x/2 + 1",
                    segments: [points([(-4, -1), (0, 1), (4, 3)])])
            ],
            title: "A straight line", description: "y = x/2 + 1 rises from −1 to 3.",
            idPrefix: "line")
    }

    /// y = x² and its dashed derivative 2x on [−2, 2], y domain fixed to [−1, 5].
    static var parabola: PlotFigure {
        let xs = [-2.0, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]
        return PlotFigure(
            width: 480, height: 360,
            xDomain: -2...2, yDomain: -1...5,
            series: [
                PlotSeries(id: "square", label: "x²", segments: [points(xs.map { ($0, $0 * $0) })]),
                PlotSeries(
                    id: "square'", label: "x²′", segments: [points(xs.map { ($0, 2 * $0) })],
                    colorIndex: 0, dashed: true),
            ],
            title: "A parabola and its slope", description: "x² with its derivative 2x dashed.",
            idPrefix: "parabola")
    }

    /// A Heaviside step as two segments (never joined), with text that needs escaping.
    static var step: PlotFigure {
        PlotFigure(
            xDomain: -3...3,
            series: [
                PlotSeries(
                    id: "step", label: "H(x) <step> & \"jump\"",
                    segments: [points([(-3, 0), (0, 0)]), points([(0, 1), (3, 1)])],
                    colorIndex: 1,
                    markers: [PlotMarker(x: 0, y: 1, isFilled: true), PlotMarker(x: 0, y: 0, isFilled: false)])
            ],
            title: "Step <H> & \"friends\"", description: "Jumps from 0 to 1 at x = 0.",
            idPrefix: "step")
    }

    /// The realistic figure: sigmoid and tanh with dashed derivatives, 200 points on [−6, 6].
    static var sigmoidAndTanh: PlotFigure {
        let xs = (0..<200).map { -6 + 12 * Double($0) / 199 }
        func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
        func curve(_ f: (Double) -> Double) -> [[PlotPoint]] { [xs.map { PlotPoint(x: $0, y: f($0)) }] }
        return PlotFigure(
            xDomain: -6...6,
            series: [
                PlotSeries(id: "sigmoid", label: "sigmoid", segments: curve(sigmoid), colorIndex: 0),
                PlotSeries(
                    id: "sigmoid'", label: "sigmoid′",
                    segments: curve { sigmoid($0) * (1 - sigmoid($0)) }, colorIndex: 0, dashed: true),
                PlotSeries(id: "tanh", label: "tanh", segments: curve(tanh), colorIndex: 1),
                PlotSeries(
                    id: "tanh'", label: "tanh′",
                    segments: curve { 1 - tanh($0) * tanh($0) }, colorIndex: 1, dashed: true),
            ],
            title: "The sigmoid and tanh, with their slopes dashed",
            description: "Sigmoid rises from 0 to 1 and tanh from −1 to 1 over x from −6 to 6; "
                + "their derivatives peak at x = 0 with 0.25 and 1.",
            idPrefix: "plot-1")
    }
}
