import ActivationMath
import AtlasDiagnostics
import LessonMarkdown
import SVGPlot

/// The members of a plot and the curves SVGPlot draws for them.
enum PlotCurves {
    /// The directive's functions, or the members of its `:vary:` family.
    static func members(of plot: PlotDirective, scope: LessonScope) -> Result<[PlotMember], DirectiveFailure> {
        guard let family = plot.vary, let base = plot.functions.first else {
            return FunctionResolver.resolve(plot.functions, lookup: scope.resolve)
                .flatMap { FunctionResolver.requireDerivatives($0, if: plot.derivative, at: plot.functions) }
                .map { $0.enumerated().map { PlotMember(function: $1, label: $1.reference, colorIndex: $0) } }
        }
        if scope.isDefined(base.value) {
            return failure(
                "'\(base.value)' is defined in this lesson and has no parameters for ':vary:' to change",
                at: family.parameter.location)
        }
        let written: FunctionReference
        switch scope.reference(base.value) {
        case .success(let reference): written = reference
        case .failure(let error): return .failure(DirectiveFailure([error.diagnostic(.function, at: base.location)]))
        }
        var members: [PlotMember] = []
        var problems: [Diagnostic] = []
        var seen: [FunctionReference: String] = [:]
        for (index, value) in family.values.enumerated() {
            let member = written.setting(family.parameter.value, to: value.value)
                .mapError { $0.diagnostic(.function) { family.location(ofOffset: $0, in: value) } }
                .flatMap { reference in
                    // Only a missing required parameter, or values refused together (hardtanh's
                    // min_val ≥ max_val), fails here; reported at the base, which names the function.
                    Catalog.activation(for: reference, writtenAs: base.value).mapError {
                        $0.diagnostic(.function, at: base.location)
                    }
                }
            switch member {
            case .success(let function):
                // `1`, `1.0` and `1e0` differ as text but are one curve, with one id.
                if let first = seen[function.functionReference] {
                    problems.append(
                        Diagnostic(
                            .function,
                            "'\(value.value)' gives the same function as '\(first)'; list each value once", at: value.location))
                    continue
                }
                seen[function.functionReference] = value.value
                members.append(
                    PlotMember(
                        function: function, label: "\(written.name), \(family.label(index))", colorIndex: index, group: index))
            case .failure(let diagnostic):
                if !problems.contains(diagnostic) { problems.append(diagnostic) }
            }
        }
        return problems.isEmpty ? .success(members) : .failure(DirectiveFailure(problems))
    }

    private static func failure(_ message: String, at location: SourceLocation) -> Result<[PlotMember], DirectiveFailure> {
        .failure(DirectiveFailure([Diagnostic(.function, message, at: location)]))
    }

    /// The curves of every member: f, then f′ when the plot shows derivatives.
    static func curves(of members: [PlotMember], derivative: Bool) -> [PlotCurve] {
        members.flatMap { member in
            [PlotCurve(member, derivative: false)] + (derivative ? [PlotCurve(member, derivative: true)] : [])
        }
    }
}

extension PlotCurve {
    /// f or f′ of a member: its id (`sigmoid`, `sigmoid'`), legend label, function, and
    /// what is known of its corners and jumps; f′ dashed in f's colour.
    ///
    /// Corners of f are its kinks; f′ has none listed (its corners are refined like any
    /// curve). f jumps at its jumps; f′ also at the kinks of f, where the slope changes
    /// at once. A `{define}`d function lists neither, so the sampler looks for its jumps.
    init(_ member: PlotMember, derivative: Bool) {
        let function = member.function
        let metadata = function.metadata
        var label = member.label
        if derivative {
            // `elu, alpha = 0.5` → `elu′, alpha = 0.5`; `sigmoid` → `sigmoid′`.
            let name = function.functionReference.name
            label = member.group == nil ? member.label + "′" : name + "′" + member.label.dropFirst(name.count)
        }
        self.init(
            id: function.reference + (derivative ? "'" : ""), label: label,
            kinks: derivative ? [] : metadata.kinks,
            jumps: derivative ? metadata.kinks + metadata.jumps : metadata.jumps,
            findsJumps: member.isDefined, dashed: derivative, colorIndex: member.colorIndex, group: member.group,
            function: derivative ? { function.derivative(at: $0) } : { function.value(at: $0) })
    }
}

extension ParameterFamily {
    /// Where a problem with member `value` lies, from its offset in the text
    /// `PARAMETER=VALUE` (see ``FunctionReference/setting(_:to:)``): in the parameter's
    /// name on the `:vary:` line, or in the value.
    fileprivate func location(ofOffset offset: Int, in value: Located<String>) -> SourceLocation {
        let valueStart = parameter.value.count + 1
        guard offset >= valueStart else { return parameter.location.advanced(by: offset) }
        return value.location.advanced(by: min(offset - valueStart, max(0, value.value.count - 1)))
    }
}
