import RealModule

/// The expression language's built-in functions on dual numbers: value in T's arithmetic
/// through RealModule, derivative by the chain rule.
extension Dual {
    /// (e^u, e^u·u′).
    public static func exp(_ u: Dual) -> Dual {
        let e = T.exp(u.value)
        return u.chain(value: e, slope: e)
    }

    /// (log u, u′/u). As RealModule's log: u = 0 gives −∞ (slope ±∞), u < 0 gives NaN.
    public static func log(_ u: Dual) -> Dual {
        Dual(value: T.log(u.value), derivative: u.derivative == 0 ? 0 : u.derivative / u.value)
    }

    /// (log(1 + u), u′/(1 + u)), without the cancellation of `log(1 + u)` for small u:
    /// log1p(10⁻¹⁰) is 10⁻¹⁰, where log(1 + 10⁻¹⁰) keeps 7 correct digits. u = −1 gives −∞.
    public static func log1p(_ u: Dual) -> Dual {
        Dual(value: T.log(onePlus: u.value), derivative: u.derivative == 0 ? 0 : u.derivative / (1 + u.value))
    }

    /// (e^u − 1, e^u·u′), without the cancellation of `exp(u) - 1` for small u.
    public static func expm1(_ u: Dual) -> Dual {
        u.chain(value: T.expMinusOne(u.value), slope: T.exp(u.value))
    }

    /// (√u, u′/(2√u)); at u = 0 the slope is +∞ (also for u = −0, whose root is −0).
    public static func sqrt(_ u: Dual) -> Dual {
        let root = T.sqrt(u.value)
        let twice = root == 0 ? 0 : 2 * root  // +0, so that 1/twice is +∞ at u = ±0
        return u.chain(value: root, slope: 1 / twice)
    }

    /// (|u|, sign(u)·u′) with sign(0) = 0, PyTorch's autograd choice for abs at 0.
    public static func abs(_ u: Dual) -> Dual {
        let sign: T = u.value > 0 ? 1 : (u.value < 0 ? -1 : (u.value == 0 ? 0 : .nan))
        return u.chain(value: u.value.magnitude, slope: sign)
    }

    /// The smaller of a and b; NaN if either is NaN (as torch.minimum). At a tie the
    /// derivative is the average of both, PyTorch's convention for torch.minimum/maximum.
    public static func min(_ a: Dual, _ b: Dual) -> Dual {
        pick(a, b, firstWins: a.value < b.value)
    }

    /// The larger of a and b; NaN if either is NaN. At a tie, the average derivative.
    public static func max(_ a: Dual, _ b: Dual) -> Dual {
        pick(a, b, firstWins: a.value > b.value)
    }

    private static func pick(_ a: Dual, _ b: Dual, firstWins: Bool) -> Dual {
        if a.value.isNaN || b.value.isNaN { return Dual(value: .nan, derivative: .nan) }
        if a.value == b.value {
            // Halving each before adding cannot overflow.
            return Dual(value: a.value, derivative: a.derivative / 2 + b.derivative / 2)
        }
        return firstWins ? a : b
    }

    /// (erf u, 2/√π·e^(−u²)·u′).
    public static func erf(_ u: Dual) -> Dual {
        u.chain(value: T.erf(u.value), slope: erfSlope(u.value))
    }

    /// 2/√π·e^(−u²). Why not exp(−u·u): the rounding of u² is multiplied by u² in the
    /// exponential (relative error ≈ u²·ε, some 20 ulp at u = 5). The square is split
    /// exactly into hi + lo with a fused multiply-add, and e^(−hi−lo) ≈ e^(−hi)·(1 − lo).
    static func erfSlope(_ u: T) -> T {
        if u.isNaN { return u }
        let hi = u * u
        let g = T.exp(-hi)
        // g = 0 also when u² overflows, where lo would be ∞ − ∞.
        guard g != 0 else { return 0 }
        let lo = (-hi).addingProduct(u, u)
        // 2/√π, correctly rounded to Double (mpmath: 1.1283791670955125738961589…).
        let twoOverRootPi = T(1.1283791670955126)
        return twoOverRootPi * g.addingProduct(-g, lo)
    }

    /// (sin u, cos u·u′).
    public static func sin(_ u: Dual) -> Dual {
        u.chain(value: T.sin(u.value), slope: T.cos(u.value))
    }

    /// (cos u, −sin u·u′).
    public static func cos(_ u: Dual) -> Dual {
        u.chain(value: T.cos(u.value), slope: -T.sin(u.value))
    }

    /// (tanh u, sech²u·u′). The slope is the catalogue's ``Tanh/derivative(_:)``, which
    /// writes 1 − tanh² as 4e/(1 + e)² with e = e^(−2|u|) so that it does not cancel for
    /// large |u| (1 − tanh² is 0 from |u| ≈ 19 in Double although sech² is not).
    public static func tanh(_ u: Dual) -> Dual {
        u.chain(value: T.tanh(u.value), slope: Tanh().derivative(u.value))
    }

    /// u^v for an exponent that does not depend on the variable: (u^v, v·u^(v−1)·u′).
    ///
    /// An integral v uses RealModule's `pow(_:_: Int)`, defined by repeated multiplication,
    /// so negative bases work ((−2)^3 = −8) and u^0 = 1 (also 0^0); otherwise u < 0 gives NaN.
    public static func pow(_ u: Dual, constant v: T) -> Dual {
        if v.isNaN { return Dual(value: .nan, derivative: .nan) }
        // |v| < 2^53 keeps the conversion exact and Int(exactly:) from failing on huge v.
        if v.magnitude < 0x1p53, let n = Int(exactly: v) {
            let slope = n == 0 ? 0 : T(n) * T.pow(u.value, n - 1)
            return u.chain(value: T.pow(u.value, n), slope: slope)
        }
        return u.chain(value: T.pow(u.value, v), slope: v * T.pow(u.value, v - 1))
    }

    /// u^v for u > 0: (u^v, u^v·(v′·ln u + v·u′/u)). As RealModule's pow, u < 0 and 0^0
    /// give NaN; at u = 0 the slope is NaN (ln 0 = −∞ meets u^v = 0).
    public static func pow(_ u: Dual, _ v: Dual) -> Dual {
        let p = T.pow(u.value, v.value)
        let derivative =
            scaled(v.derivative, by: p * T.log(u.value))
            + scaled(u.derivative, by: p * v.value / u.value)
        return Dual(value: p, derivative: derivative)
    }

    /// An activation applied to u: (f(u), f′(u)·u′).
    public static func apply(_ f: any Activation, to u: Dual) -> Dual {
        u.chain(value: f.value(u.value), slope: f.derivative(u.value))
    }
}
