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
        if case .success(let function) = scope.resolve(base.value), function is DefinedFunction {
            return .failure(
                DirectiveFailure([
                    Diagnostic(
                        .function,
                        "'\(base.value)' is defined in this lesson and has no parameters for ':vary:' to change",
                        at: family.parameter.location)
                ]))
        }
        var members: [PlotMember] = []
        var problems: [Diagnostic] = []
        var written: [String: String] = [:]
        for (index, value) in family.values.enumerated() {
            let variant = Variant(base: base, family: family, value: value)
            switch scope.resolve(variant.text) {
            case .success(let function):
                // `1`, `1.0` and `1e0` differ as text but are one curve, with one id.
                if let first = written[function.reference] {
                    problems.append(
                        Diagnostic(
                            .function,
                            "'\(value.value)' gives the same function as '\(first)'; list each value once", at: value.location))
                    continue
                }
                written[function.reference] = value.value
                let name = FunctionResolver.nameAndParameters(of: function).name
                members.append(
                    PlotMember(
                        function: function, label: "\(name), \(family.label(index))", colorIndex: index, group: index))
            case .failure(let error):
                let diagnostic = error.diagnostic(.function, locatedBy: variant.location(ofOffset:))
                if !problems.contains(diagnostic) { problems.append(diagnostic) }
            }
        }
        return problems.isEmpty ? .success(members) : .failure(DirectiveFailure(problems))
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
            let name = FunctionResolver.nameAndParameters(of: function).name
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

extension PlotCurves {
    /// A family member's reference: `elu` with `alpha 0.5` → `elu(alpha=0.5)`, and the way
    /// back from a position in that text to the lesson, for messages.
    private struct Variant {
        let text: String
        private let base: Located<String>
        private let family: ParameterFamily
        private let value: Located<String>
        /// Where `PARAM=VALUE` starts in `text`, in Characters.
        private let insertion: Int

        init(base: Located<String>, family: ParameterFamily, value: Located<String>) {
            self.base = base
            self.family = family
            self.value = value
            let setting = "\(family.parameter.value)=\(value.value)"
            let written = base.value
            if written.hasSuffix(")"), written.contains("(") {
                let inside = written.dropLast().drop(while: { $0 != "(" }).dropFirst()
                let separator = inside.allSatisfy(\.isWhitespace) ? "" : ", "
                insertion = written.count - 1 + separator.count
                text = written.dropLast() + separator + setting + ")"
            } else {
                insertion = written.count + 1
                text = written + "(" + setting + ")"
            }
        }

        /// The parameter's or the value's place in the `:vary:` line, or the reference's.
        func location(ofOffset offset: Int) -> SourceLocation {
            let parameterEnd = insertion + family.parameter.value.count
            if offset >= insertion, offset < parameterEnd {
                return family.parameter.location.advanced(by: offset - insertion)
            }
            if offset > parameterEnd {
                return value.location.advanced(by: min(offset - parameterEnd - 1, max(0, value.value.count - 1)))
            }
            return base.location.advanced(by: min(offset, base.value.count))
        }
    }
}
