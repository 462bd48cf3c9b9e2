import ActivationMath
import LessonMarkdown

extension ParameterFamily {
    /// What a reader sees for member `index`: `α = 0.5`, `negative_slope = −1` (true minus;
    /// a parameter named after a Greek letter as the letter, see ``PlotNames``).
    func label(_ index: Int) -> String {
        "\(PlotNames.parameter(parameter.value)) = \(PlotNames.value(values[index].value))"
    }
}

/// How plots write functions and their parameters for readers: in legends, read-outs,
/// titles and descriptions.
///
/// A parameter named after a Greek letter shows as the letter, as the catalogue's
/// summaries and formulas write it (`atlas list elu`: "Value −α that elu approaches as
/// x → −∞"); PyTorch's `lambd` is λ too. Other names (`negative_slope`, `a`) stay as written.
enum PlotNames {
    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "eta": "η", "theta": "θ",
        "kappa": "κ", "lambda": "λ", "lambd": "λ", "mu": "μ", "sigma": "σ", "tau": "τ",
    ]

    /// `alpha` → `α`; `negative_slope` stays.
    static func parameter(_ name: String) -> String { greek[name] ?? name }

    /// A value as written, with a true minus.
    static func value(_ text: String) -> String { text.replacingOccurrences(of: "-", with: "\u{2212}") }

    /// The read-out's name of a curve: `sigmoid(x)`, `elu′(x; α = 2)`,
    /// `leaky_relu(x; negative_slope = 0.2)`: the function, a prime for the derivative,
    /// x, then every parameter set, so each value reads `elu′(x; α = 2) = 1`.
    static func call(_ reference: FunctionReference, derivative: Bool) -> String {
        let arguments = reference.arguments.map { "\(parameter($0.name)) = \(value($0.text))" }
        let inside = (["x"] + [arguments.joined(separator: ", ")].filter { !$0.isEmpty }).joined(separator: "; ")
        return reference.name + (derivative ? "′" : "") + "(\(inside))"
    }
}
