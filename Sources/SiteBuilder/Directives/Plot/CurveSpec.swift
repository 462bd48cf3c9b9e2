/// One curve to draw: f or f′ of a member, and what is known of its corners and jumps.
struct CurveSpec {
    var member: PlotMember
    var isDerivative: Bool

    var id: String { member.function.reference + (isDerivative ? "'" : "") }
    var label: String {
        guard isDerivative else { return member.label }
        // `elu, alpha = 0.5` → `elu′, alpha = 0.5`; `sigmoid` → `sigmoid′`.
        let name = FunctionResolver.nameAndParameters(of: member.function).name
        return member.group == nil ? member.label + "′" : name + "′" + member.label.dropFirst(name.count)
    }

    func evaluate(_ x: Double) -> Double {
        isDerivative ? member.function.derivative(at: x) : member.function.value(at: x)
    }

    /// Corners of f are kinks; f′ has none listed (its corners are refined like curves).
    var corners: [Double] { isDerivative ? [] : member.function.metadata.kinks }
    /// f jumps at its jumps; f′ also jumps at the kinks of f.
    var jumps: [Double] {
        let metadata = member.function.metadata
        return isDerivative ? metadata.kinks + metadata.jumps : metadata.jumps
    }
}
