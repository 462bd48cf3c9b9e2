import AtlasTestSupport
import Foundation

/// Doubles that find formatting mistakes, from fixed seeds so that a failure reproduces.
enum TestDoubles {
    /// The edges: zeros, the extremes of each range, powers of ten from 10⁻³²³ to 10³⁰⁸
    /// (exact up to 10²², the nearest Double beyond), powers of two, and numbers whose
    /// digits sit on a rounding boundary (0.15 is below it in binary, 0.125 on it).
    static let edges: [Double] = {
        var values: [Double] = [
            0, -0.0, 1, -1, 0.5, -0.5, 1.5, 2.5, 0.125, 0.375, 0.15, 0.25, 0.35, 2.675, 1.005, 9.5, 99.5, 999.5,
            9.9996, 99_995, 999_950, 999_960, 0.000_099_995, 0.0001, 0.000_099_999_999, 123_456_789, 4.5397868702434395e-05,
            .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, .leastNormalMagnitude.nextDown,
            .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 9_007_199_254_740_992, 9_007_199_254_740_994,
            0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, .pi, -.pi, 1e22, 1e23, 1.7976931348623157e308,
        ]
        for power in -323...308 {
            if let value = Double("1e\(power)") { values += [value, -value, value.nextUp, value.nextDown] }
        }
        for power in -1074...1023 { values.append(Double(sign: .plus, exponent: power, significand: 1)) }
        return values
    }()

    /// `count` doubles of every kind, in turn: any bit pattern (every exponent, so mostly
    /// huge or tiny), subnormals, magnitudes a page shows (10⁻⁸ … 10⁸), and short binary
    /// fractions `n / 2^k`, whose decimal expansions end in 5 and so land on true ties.
    static func mixed(count: Int, seed: UInt64) -> [Double] {
        var random = SeededGenerator(seed: seed)
        var values: [Double] = []
        while values.count < count {
            let value: Double
            switch values.count % 4 {
            case 0:
                value = Double(bitPattern: random.next())
            case 1:
                value = Double(sign: .plus, exponentBitPattern: 0, significandBitPattern: random.next() & (1 << 52 - 1))
            case 2:
                value = pow(10, Double.random(in: -8...8, using: &random))
            default:
                let numerator = Double(Int.random(in: -(1 << 24)...(1 << 24), using: &random))
                value = numerator / Double(sign: .plus, exponent: Int.random(in: 0...40, using: &random), significand: 1)
            }
            if value.isFinite { values.append(Bool.random(using: &random) ? value : -value) }
        }
        return values
    }
}
