/// An affine map from a data interval onto a pixel interval.
///
/// `domain.lowerBound` maps to `start` and `domain.upperBound` to `end`; `end` may be
/// less than `start` (the y axis grows downwards in SVG).
///
/// ```swift
/// let y = LinearScale(domain: -1...1, start: 300, end: 20)
/// y.map(0)   // 160
/// ```
///
/// Edge cases: the domain is expected to be sanitised (finite, positive width; see
/// `AxisDomain`); if it has zero width every value maps to the middle of the pixel
/// interval. A finite input whose image overflows gives ±``NumberFormat/coordinateLimit``
/// instead of ±∞; NaN and ±∞ inputs give NaN and ±∞ (callers break the line there).
struct LinearScale: Equatable {
    var domain: ClosedRange<Double>
    var start: Double
    var end: Double

    /// The pixel position of a data value.
    func map(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        let width = domain.upperBound - domain.lowerBound
        guard width > 0, width.isFinite else { return (start + end) / 2 }
        let fraction = (value - domain.lowerBound) / width
        let position = start + fraction * (end - start)
        if position.isFinite {
            return min(max(position, -NumberFormat.coordinateLimit), NumberFormat.coordinateLimit)
        }
        // Overflow from a finite input: saturate in the direction it went.
        let goesUp = (value > domain.lowerBound) == (end > start)
        return goesUp ? NumberFormat.coordinateLimit : -NumberFormat.coordinateLimit
    }

    /// Whether `value` is inside the domain.
    func contains(_ value: Double) -> Bool { domain.contains(value) }
}
