/// Accurate building blocks shared by the sigmoid-like functions, written in terms of
/// e = e^(−|x|) ∈ [0, 1] so that nothing overflows and nothing cancels.
///
/// Why compensated arithmetic: the rounded sum p = fl(1 + e) can be off by half an ulp of
/// 1, which is a full unit of relative error in 1/(1 + e) and two in 1/(1 + e)². Because
/// 1 ≥ e, the rounding error of that sum is exactly e − (p − 1) (Fast2Sum), and a fused
/// multiply-add gives the exact residual of a product or quotient; one correction step
/// folds both back in, leaving about half an ulp plus the error of e itself.
enum LogisticKernel {
    /// 1 / (1 + e), that is σ(|x|), for e ∈ [0, 1].
    static func reciprocalOnePlus<T: FloatingPoint>(_ e: T) -> T {
        quotient(1, onePlus: e)
    }

    /// e / (1 + e), that is σ(−|x|), for e ∈ [0, 1].
    static func fraction<T: FloatingPoint>(_ e: T) -> T {
        quotient(e, onePlus: e)
    }

    /// e / (1 + e)², that is σ′(x), for e ∈ [0, 1].
    static func slope<T: FloatingPoint>(_ e: T) -> T {
        let p = 1 + e
        let sumError = e - (p - 1)  // 1 + e = p + sumError exactly
        let square = p * p
        let squareError = (-square).addingProduct(p, p)  // p² = square + squareError exactly
        // (1 + e)² = square + squareError + 2·p·sumError, up to a negligible sumError².
        let q = e / square
        let relativeCorrection = (squareError + 2 * p * sumError) / square
        return q.addingProduct(-q, relativeCorrection)
    }

    /// n / (1 + e) with one Newton correction using the exact division residual.
    private static func quotient<T: FloatingPoint>(_ n: T, onePlus e: T) -> T {
        let p = 1 + e
        let sumError = e - (p - 1)  // 1 + e = p + sumError exactly
        let r = n / p
        let residual = n.addingProduct(-r, p)  // n − r·p exactly
        // n/(p + s) ≈ r + (n − r·p − r·s)/p.
        return r + residual.addingProduct(-r, sumError) / p
    }
}
