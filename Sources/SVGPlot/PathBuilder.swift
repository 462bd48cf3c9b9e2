import AtlasText

/// Builds compact SVG path data from polylines in px.
///
/// Each polyline becomes one subpath: an absolute `M` then a single `l` with relative
/// steps, e.g. `M12.3 45.6l1.2-0.4 1.2-0.3`. Coordinates are rounded to 0.1 px first
/// and the steps are differences of those rounded integers, so no rounding error
/// accumulates along a path. Repeated points are dropped and consecutive steps in
/// exactly the same direction are merged (a straight line of 200 samples is one step).
/// A polyline reduced to one point is written `Mx yl0 0`, which a round line cap draws
/// as a dot. An empty input gives an empty string.
enum PathBuilder {
    /// Path data for polylines of finite points in px.
    static func pathData(_ polylines: [[PixelPoint]]) -> String {
        var out = TextBuffer()
        write(polylines, into: &out)
        return out.text
    }

    /// ``pathData(_:)`` written into `out`.
    static func write(_ polylines: [[PixelPoint]], into out: inout TextBuffer) {
        var steps: [(Int, Int)] = []
        for polyline in polylines {
            guard let start = polyline.first else { continue }
            let first = (NumberFormat.roundedTenths(start.x), NumberFormat.roundedTenths(start.y))
            out.append(ascii: "M")
            writePair(first.0, first.1, into: &out)
            steps.removeAll(keepingCapacity: true)
            var previous = first
            for pixel in polyline.dropFirst() {
                let point = (NumberFormat.roundedTenths(pixel.x), NumberFormat.roundedTenths(pixel.y))
                let step = (point.0 - previous.0, point.1 - previous.1)
                previous = point
                if step == (0, 0) { continue }
                if let last = steps.last, sameDirection(last, step) {
                    steps[steps.count - 1] = (last.0 + step.0, last.1 + step.1)
                } else {
                    steps.append(step)
                }
            }
            if steps.isEmpty { steps.append((0, 0)) }
            out.append(ascii: "l")
            for (index, step) in steps.enumerated() {
                // A step's own minus sign separates it from the one before.
                if index > 0, step.0 >= 0 { out.append(ascii: " ") }
                writePair(step.0, step.1, into: &out)
            }
        }
    }

    /// Full pipeline for one series: data points → px → band-clipped → path data.
    ///
    /// Non-finite data points split their segment; each segment stays its own subpath.
    static func pathData(
        segments: [[PlotPoint]], x: LinearScale, y: LinearScale, band: BandClipper
    ) -> String {
        var out = TextBuffer()
        write(segments: segments, x: x, y: y, band: band, into: &out)
        return out.text
    }

    /// ``pathData(segments:x:y:band:)`` written into `out`.
    static func write(
        segments: [[PlotPoint]], x: LinearScale, y: LinearScale, band: BandClipper, into out: inout TextBuffer
    ) {
        var polylines: [[PixelPoint]] = []
        for segment in segments {
            var run: [PixelPoint] = []
            for point in segment {
                let pixel = PixelPoint(x: x.map(point.x), y: y.map(point.y))
                if point.isFinite, pixel.x.isFinite, pixel.y.isFinite {
                    run.append(pixel)
                } else if !run.isEmpty {
                    polylines += band.clip(run)
                    run = []
                }
            }
            if !run.isEmpty { polylines += band.clip(run) }
        }
        write(polylines, into: &out)
    }

    /// Two numbers in path syntax: a space between them unless the second is negative.
    static func writePair(_ x: Int, _ y: Int, into out: inout TextBuffer) {
        NumberFormat.append(tenths: x, to: &out)
        if y >= 0 { out.append(ascii: " ") }
        NumberFormat.append(tenths: y, to: &out)
    }

    /// Whether `b` continues `a` in exactly the same direction (parallel, not reversed).
    /// Integer arithmetic makes this exact; steps longer than 10⁹ tenths (never seen
    /// after band clipping) are simply not merged, so the products cannot overflow.
    private static func sameDirection(_ a: (Int, Int), _ b: (Int, Int)) -> Bool {
        let limit = 1_000_000_000
        guard [a.0, a.1, b.0, b.1].allSatisfy({ $0.magnitude < limit }) else { return false }
        return a.0 * b.1 == a.1 * b.0 && a.0 * b.0 + a.1 * b.1 > 0
    }
}
