/// The smooth gates: activations that multiply x by a smooth gate or smooth out a
/// rectifier — gelu, silu (swish), mish, softplus, log_sigmoid, tanhshrink, celu, selu.
///
/// Their values and derivatives are evaluated in double-double arithmetic (see
/// ``DoubleWord``) and rounded once, in Double; Float goes through Double.
///
/// ```swift
/// let gates = SmoothGates.catalogEntries.map(\.name)
/// // ["gelu", "silu", "mish", "softplus", "log_sigmoid", "tanhshrink", "celu", "selu"]
/// ```
public enum SmoothGates {
    /// The catalogue entries of the family, in teaching order.
    public static let catalogEntries: [CatalogEntry] = [
        GELU.catalogEntry,
        SiLU.catalogEntry,
        Mish.catalogEntry,
        Softplus.catalogEntry,
        LogSigmoid.catalogEntry,
        Tanhshrink.catalogEntry,
        CELU.catalogEntry,
        SELU.catalogEntry,
    ]
}
