import ActivationMath

/// One function of a plot: a directive argument, or one member of a `:vary:` family.
struct PlotMember {
    var function: any Activation
    /// Legend text: `sigmoid`, or `elu, alpha = 0.5` in a family.
    var label: String
    /// Palette slot, shared by f and f′.
    var colorIndex: Int
    /// The family member, nil outside families.
    var group: Int?

    /// Defined functions list no kinks or jumps, so the sampler looks for jumps itself.
    var isDefined: Bool { function is DefinedFunction }
}
