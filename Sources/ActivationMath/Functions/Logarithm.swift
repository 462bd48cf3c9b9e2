/// ln(1 + e) in double-double for e ∈ [0, 1], for softplus and log_sigmoid.
///
/// Method (table-driven, as glibc's log): for e ≥ 1/128, 1 + e = c·(1 + f) with c the
/// centre of the 64th of [1, 2] holding 1 + e, so ln(1 + e) = −ln(1/c) + ln(1 + f) with
/// |f| ≤ 1/128 + 2^(−52); the table holds 1/c rounded (`inverse`) and −ln(inverse) as a
/// double-double for exactly that rounded value. Below 1/128, f = e and c = 1.
/// ln(1 + f) = f − f²/2 + … + f⁹/9; the next term is below f·2^(−66).
///
/// Error bound, relative, before the caller's rounding: f = (inverse − 1) + inverse·e is
/// exact (Sterbenz for the first difference, the exact product and TwoSum for the rest)
/// but for inverse·e.lo; the sum −ln(inverse) + f is exact (TwoSum); what is rounded is
/// the table's 2^(−106), c(f) = f²/2 − f³/3 + … ≤ 3.1e−5 (within 3.2·2^(−53) of itself)
/// and the four additions of the low parts, each below 3.1e−5·2^(−53), while the result
/// is at least ln(1 + 1/128) = 0.0078 (or f in the first case, where c(f)/f ≤ 1/256).
/// Total below 7·3.1e−5/0.0078·2^(−53) < 0.03·2^(−53).
enum Logarithm {
    /// ln(1 + e) for a double-double e with 0 ≤ e ≤ 1 (e^(−|x|) in the callers).
    @inline(__always)
    static func logOnePlus(_ e: DoubleWord<Double>) -> DoubleWord<Double> {
        if e.hi < 0x1p-7 {
            // −e.hi·e.lo: the part of −f²/2 that e.hi² misses.
            let low = e.lo - e.hi * e.lo - correction(e.hi)
            let hi = e.hi + low
            return DoubleWord(hi, (e.hi - hi) + low)
        }
        let entry = table[Int(e.hi * 64)]
        let product = DoubleWord.product(entry.inverse, e.hi)
        let f = DoubleWord.sum(entry.inverse - 1, product.hi)  // inverse − 1 exact: Sterbenz
        let fLo = f.lo + product.lo + entry.inverse * e.lo
        let sum = DoubleWord.sum(entry.logHi, f.hi)
        let low = sum.lo + entry.logLo + fLo - f.hi * fLo - correction(f.hi)
        let hi = sum.hi + low
        return DoubleWord(hi, (sum.hi - hi) + low)
    }

    /// f − ln(1 + f) = f²/2 − f³/3 + … − f⁹/9, for |f| ≤ 0.0079.
    ///
    /// Estrin's scheme, as in ``Exponential``'s polynomial: four independent pairs, so the
    /// chain is six operations long where Horner's was sixteen; the rounding is the same
    /// (each pair's high term dominates, the sum is within 1.1·2^(−53) of itself and the
    /// product with f² adds two roundings: within 3.2·2^(−53) of c(f)).
    @inline(__always)
    private static func correction(_ f: Double) -> Double {
        let square = f * f
        let first = 0.5 - f * (1.0 / 3)
        let second = 1.0 / 4 - f * (1.0 / 5)
        let third = 1.0 / 6 - f * (1.0 / 7)
        let fourth = 1.0 / 8 - f * (1.0 / 9)
        return square * ((first + square * second) + (square * square) * (third + square * fourth))
    }

    /// For j = 0…64: 1/c rounded, c = 1 + (j + ½)/64, and −ln of that rounded value as a
    /// double-double (mpmath at 300 bits). LogarithmTests checks every entry.
    static let table: [(inverse: Double, logHi: Double, logLo: Double)] = [
        (0x1.fc07f01fc07f0p-1, 0x1.fe02a6b106799p-8, -0x1.e44b7e3711e7fp-67),
        (0x1.f44659e4a4271p-1, 0x1.7b91b07d5b126p-6, -0x1.6d80ab38e9430p-62),
        (0x1.ecc07b301ecc0p-1, 0x1.39e87b9febd68p-5, -0x1.5bfa937f551b7p-59),
        (0x1.e573ac901e574p-1, 0x1.b42dd711971b9p-5, 0x1.0a34531f67db5p-59),
        (0x1.de5d6e3f8868ap-1, 0x1.16536eea37ae3p-4, 0x1.2189705cf74cap-58),
        (0x1.d77b654b82c34p-1, 0x1.51b073f06183cp-4, -0x1.5b61c65e5741ap-58),
        (0x1.d0cb58f6ec074p-1, 0x1.8c345d6319b23p-4, -0x1.294d2f5668495p-58),
        (0x1.ca4b3055ee191p-1, 0x1.c5e548f5bc743p-4, 0x1.2eb0bf7c0b0d9p-59),
        (0x1.c3f8f01c3f8f0p-1, 0x1.fec9131dbeabcp-4, -0x1.5746b9981b36cp-58),
        (0x1.bdd2b899406f7p-1, 0x1.1b72ad52f67a2p-3, -0x1.fbe7ee5c69946p-57),
        (0x1.b7d6c3dda338bp-1, 0x1.371fc201e8f75p-3, 0x1.e6cb62af18a02p-62),
        (0x1.b2036406c80d9p-1, 0x1.526e5e3a1b438p-3, -0x1.546ff8a470d3ap-57),
        (0x1.ac5701ac5701bp-1, 0x1.6d60fe719d21bp-3, 0x1.d551d97132e87p-57),
        (0x1.a6d01a6d01a6dp-1, 0x1.87fa06520c911p-3, -0x1.9f7fdbfa08d9ap-57),
        (0x1.a16d3f97a4b02p-1, 0x1.a23bc1fe2b561p-3, 0x1.24dc46c1ea664p-57),
        (0x1.9c2d14ee4a102p-1, 0x1.bc286742d8cd4p-3, 0x1.cfce744870f57p-58),
        (0x1.970e4f80cb872p-1, 0x1.d5c216b4fbb94p-3, -0x1.a37794d03657dp-58),
        (0x1.920fb49d0e229p-1, 0x1.ef0adcbdc5935p-3, 0x1.e8637950dc20dp-57),
        (0x1.8d3018d3018d3p-1, 0x1.0402594b4d041p-2, -0x1.08ec217a5022dp-57),
        (0x1.886e5f0abb04ap-1, 0x1.1058bf9ae4ad4p-2, 0x1.3f415699663ecp-63),
        (0x1.83c977ab2beddp-1, 0x1.1c898c16999fbp-2, 0x1.9f1a39d500e3cp-56),
        (0x1.7f405fd017f40p-1, 0x1.2895a13de86a4p-2, 0x1.7ad24c13f040fp-56),
        (0x1.7ad2208e0ecc3p-1, 0x1.347dd9a987d56p-2, -0x1.16ea62c048cfbp-56),
        (0x1.767dce434a9b1p-1, 0x1.404308686a7e4p-2, -0x1.f79f6c1059cdbp-57),
        (0x1.724287f46debcp-1, 0x1.4be5f957778a1p-2, -0x1.4b366b609027ap-58),
        (0x1.6e1f76b4337c7p-1, 0x1.5767717455a6cp-2, -0x1.fb2a49af933e8p-57),
        (0x1.6a13cd1537290p-1, 0x1.62c82f2b9c796p-2, -0x1.090a0dd59fe35p-58),
        (0x1.661ec6a5122f9p-1, 0x1.6e08eaa2ba1e4p-2, -0x1.bfb1b39ca3a0fp-56),
        (0x1.623fa77016240p-1, 0x1.792a55fdd47a1p-2, 0x1.f057691fe9ed7p-56),
        (0x1.5e75bb8d015e7p-1, 0x1.842d1da1e8b18p-2, 0x1.54ec519784677p-56),
        (0x1.5ac056b015ac0p-1, 0x1.8f11e873662c8p-2, 0x1.f85da755a61a3p-56),
        (0x1.571ed3c506b3ap-1, 0x1.99d958117e08ap-2, -0x1.315b444ee1f38p-56),
        (0x1.5390948f40febp-1, 0x1.a484090e5bb09p-2, 0x1.fff29adc3ad3bp-56),
        (0x1.5015015015015p-1, 0x1.af1293247786bp-2, 0x1.533844a15dc28p-58),
        (0x1.4cab88725af6ep-1, 0x1.b9858969310fdp-2, -0x1.f3827583b8877p-57),
        (0x1.49539e3b2d067p-1, 0x1.c3dd7a7cdad4dp-2, 0x1.7d9e0a5bd4d37p-57),
        (0x1.460cbc7f5cf9ap-1, 0x1.ce1af0b85f3ecp-2, -0x1.6416a1aa97b31p-57),
        (0x1.42d6625d51f87p-1, 0x1.d83e7258a2f3ep-2, 0x1.c515ba2ec9444p-58),
        (0x1.3fb013fb013fbp-1, 0x1.e24881a7c6c26p-2, 0x1.05ec7a2caa523p-57),
        (0x1.3c995a47babe7p-1, 0x1.ec399d2468cc1p-2, -0x1.94623581958cfp-59),
        (0x1.3991c2c187f63p-1, 0x1.f6123fa7028adp-2, 0x1.5456c3cb6cd06p-58),
        (0x1.3698df3de0748p-1, 0x1.ffd2e0857f497p-2, -0x1.4d05f9366f27fp-59),
        (0x1.33ae45b57bcb2p-1, 0x1.04bdf9da926d2p-1, 0x1.8fe60804593bfp-56),
        (0x1.30d190130d190p-1, 0x1.0986f4f573521p-1, -0x1.37012b5805e02p-56),
        (0x1.2e025c04b8097p-1, 0x1.0e44985d1cc8cp-1, -0x1.c546885a5a707p-59),
        (0x1.2b404ad012b40p-1, 0x1.12f719593efbdp-1, -0x1.67f6e731c1795p-56),
        (0x1.288b01288b013p-1, 0x1.179eabbd899a0p-1, -0x1.c73e320bf059fp-58),
        (0x1.25e22708092f1p-1, 0x1.1c3b81f713c25p-1, -0x1.0b583899021d1p-56),
        (0x1.23456789abcdfp-1, 0x1.20cdcd192ab6ep-1, -0x1.aabf0bc229014p-55),
        (0x1.20b470c67c0d9p-1, 0x1.2555bce98f7cap-1, 0x1.9810eb6b440f4p-55),
        (0x1.1e2ef3b3fb874p-1, 0x1.29d37fec2b08bp-1, 0x1.01735b2e9733fp-55),
        (0x1.1bb4a4046ed29p-1, 0x1.2e47436e40268p-1, 0x1.0950861a4886bp-55),
        (0x1.19453808ca29cp-1, 0x1.32b1339121d71p-1, 0x1.d02ab5b3d916bp-56),
        (0x1.16e0689427379p-1, 0x1.37117b54747b6p-1, -0x1.808bf6deec882p-55),
        (0x1.1485f0e0acd3bp-1, 0x1.3b68449fffc23p-1, 0x1.c63b7b06164dap-55),
        (0x1.12358e75d3033p-1, 0x1.3fb5b84d16f43p-1, 0x1.0a74ea82e55dfp-56),
        (0x1.0fef010fef011p-1, 0x1.43f9fe2f9ce67p-1, 0x1.e1c9ee6d83b86p-55),
        (0x1.0db20a88f4696p-1, 0x1.48353d1ea88dfp-1, -0x1.40a85d133f80bp-55),
        (0x1.0b7e6ec259dc8p-1, 0x1.4c679afccee39p-1, -0x1.e971322ce7900p-57),
        (0x1.0953f39010954p-1, 0x1.50913cc01686bp-1, 0x1.9e59d2d85ab62p-56),
        (0x1.073260a47f7c6p-1, 0x1.54b2467999498p-1, 0x1.f4550a2d0f60cp-55),
        (0x1.05197f7d73404p-1, 0x1.58cadb5cd7989p-1, 0x1.624bc9764c22cp-55),
        (0x1.03091b51f5e1ap-1, 0x1.5cdb1dc6c1765p-1, 0x1.47b71e2eb8419p-56),
        (0x1.0101010101010p-1, 0x1.60e32f44788d9p-1, -0x1.58376a5f4b135p-57),
        (0x1.fe01fe01fe020p-2, 0x1.64e33099ceafbp-1, -0x1.51e5d8f1b321ap-56),
    ]
}
