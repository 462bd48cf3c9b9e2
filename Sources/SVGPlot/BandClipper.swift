/// A point in px, already mapped from data space.
struct PixelPoint: Equatable {
    var x: Double
    var y: Double
}

/// Cuts polylines to a bounded band around the plot area, so no huge coordinate is
/// written.
///
/// The band is the plot area grown by ten times its size on every side: anything
/// outside is far beyond the clip path and invisible, but keeping a little beyond the
/// edge keeps the visible part of each line exact (it is cut, not squashed: a line
/// leaving the band ends where it crosses the band's edge).
///
/// Uses Liang–Barsky clipping of each line segment against the band rectangle; see
/// https://en.wikipedia.org/wiki/Liang%E2%80%93Barsky_algorithm
struct BandClipper {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    /// The band of ten plot sizes around the rectangle `x, y, width, height`.
    init(plotX x: Double, y: Double, width: Double, height: Double) {
        minX = x - 10 * width
        maxX = x + 11 * width
        minY = y - 10 * height
        maxY = y + 11 * height
    }

    /// The parts of `polyline` inside the band, each a polyline of its own.
    ///
    /// A single point inside the band is kept as a one-point polyline; outside, it is
    /// dropped. Every input point must be finite.
    func clip(_ polyline: [PixelPoint]) -> [[PixelPoint]] {
        guard let first = polyline.first else { return [] }
        guard polyline.count > 1 else { return contains(first) ? [[first]] : [] }
        var pieces: [[PixelPoint]] = []
        var current: [PixelPoint] = []
        for index in polyline.indices.dropFirst() {
            guard let (start, end, startCut, endCut) = clip(from: polyline[index - 1], to: polyline[index]) else {
                if !current.isEmpty { pieces.append(current); current = [] }
                continue
            }
            if startCut || current.isEmpty {
                if !current.isEmpty { pieces.append(current) }
                current = [start]
            }
            current.append(end)
            if endCut {
                pieces.append(current)
                current = []
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    func contains(_ point: PixelPoint) -> Bool {
        point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
    }

    /// The part of the line from `a` to `b` inside the band, with flags telling whether
    /// each end was moved; `nil` when the line misses the band.
    private func clip(
        from a: PixelPoint, to b: PixelPoint
    ) -> (PixelPoint, PixelPoint, Bool, Bool)? {
        let dx = b.x - a.x, dy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        // Each (p, q) pair is one edge: the line is inside where p·t <= q.
        let edges = [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)]
        for (p, q) in edges {
            if p == 0 {
                if q < 0 { return nil }  // parallel to this edge and outside it
                continue
            }
            let t = q / p
            if p < 0 {
                if t > t1 { return nil }
                if t > t0 { t0 = t }
            } else {
                if t < t0 { return nil }
                if t < t1 { t1 = t }
            }
        }
        let start = t0 > 0 ? PixelPoint(x: a.x + t0 * dx, y: a.y + t0 * dy) : a
        let end = t1 < 1 ? PixelPoint(x: a.x + t1 * dx, y: a.y + t1 * dy) : b
        return (start, end, t0 > 0, t1 < 1)
    }
}
