/// TeX of a parsed expression, for legends and `{formula}` when a lesson gives none:
/// `x*sigmoid(1.5*x)` → `x\,\sigma(1.5x)`, `exp(-x^2/2)` → `e^{-\frac{x^{2}}{2}}`.
///
/// Only the TeX subset the site's converter understands: `\frac`, `\sqrt`, `^{…}`,
/// `\left( \right)`, `\operatorname`, `\text`, primes and the named functions.
extension ExpressionNode {
    /// How tightly a rendering binds; an operand that binds less gets parentheses.
    private enum Binding: Int, Comparable {
        case sum, negation, product, power, atom
        static func < (a: Binding, b: Binding) -> Bool { a.rawValue < b.rawValue }
    }

    var tex: String { render().text }

    private func render() -> (text: String, binding: Binding) {
        switch self {
        case .variable:
            return ("x", .atom)
        case .constant(let value, let kind):
            switch kind {
            case .pi: return ("\\pi", .atom)
            case .e: return ("e", .atom)
            case .number:
                let text = NumberText.tex(value)
                return (text, text.contains("\\times") ? .product : .atom)
            }
        case .sum(let terms):
            var text = ""
            for (i, term) in terms.enumerated() {
                let operand = term.node.render()
                if i == 0 {
                    text = (term.isSubtracted ? "-" : "") + Self.wrap(operand, below: term.isSubtracted ? .product : .negation)
                } else {
                    text += (term.isSubtracted ? " - " : " + ") + Self.wrap(operand, below: .product)
                }
            }
            return (text, .sum)
        case .product(let factors):
            var text = ""
            var lastWasNumber = false
            for (i, factor) in factors.enumerated() {
                let operand = factor.node.render()
                if factor.isDivisor {
                    text = "\\frac{\(i == 0 ? "1" : text)}{\(operand.text)}"
                    lastWasNumber = false
                    continue
                }
                let piece = Self.wrap(operand, below: i == 0 ? .negation : .product)
                if i > 0 {
                    // 1.5x and 2e^{x} read as products; \cdot keeps 2 \cdot 3 from reading as 23.
                    if piece.first?.isNumber ?? false {
                        text += " \\cdot "
                    } else if !(lastWasNumber && (piece.first?.isLetter ?? false)) {
                        text += "\\,"
                    }
                }
                text += piece
                if case .constant(_, .number) = factor.node, operand.binding == .atom {
                    lastWasNumber = true
                } else {
                    lastWasNumber = false
                }
            }
            return (text, .product)
        case .negate(let operand):
            return ("-" + Self.wrap(operand.render(), below: .product), .negation)
        case .power(let base, let exponent, _):
            return ("\(Self.wrap(base.render(), below: .atom))^{\(exponent.render().text)}", .power)
        case .builtin(let function, let arguments):
            let texts = arguments.map { $0.render().text }
            switch function {
            case .exp: return ("e^{\(texts[0])}", .power)
            case .sqrt: return ("\\sqrt{\(texts[0])}", .atom)
            case .abs: return ("\\left|\(texts[0])\\right|", .atom)
            case .min, .max: return ("\(function.texName)\\left(\(texts.joined(separator: ", "))\\right)", .atom)
            default: return ("\(function.texName)\\left(\(texts[0])\\right)", .atom)
            }
        case .builtinDerivative(let function, let argument):
            return ("\(function.texName)'\\left(\(argument.render().text)\\right)", .atom)
        case .activation(let call, let argument):
            return ("\(call.texSymbol)\\left(\(argument.render().text)\(call.texParameters)\\right)", .atom)
        case .activationDerivative(let call, let argument):
            return ("\(call.texSymbol)'\\left(\(argument.render().text)\(call.texParameters)\\right)", .atom)
        }
    }

    /// The operand's text, in `\left( \right)` when it binds less tightly than `binding`.
    private static func wrap(_ operand: (text: String, binding: Binding), below binding: Binding) -> String {
        operand.binding < binding ? "\\left(\(operand.text)\\right)" : operand.text
    }
}

extension BuiltinFunction {
    var texName: String {
        switch self {
        case .exp: "\\exp"
        case .log: "\\log"
        case .sqrt: "\\operatorname{sqrt}"
        case .abs: "\\operatorname{abs}"
        case .min: "\\min"
        case .max: "\\max"
        case .erf: "\\operatorname{erf}"
        case .sin: "\\sin"
        case .cos: "\\cos"
        case .tanh: "\\tanh"
        case .log1p: "\\operatorname{log1p}"
        case .expm1: "\\operatorname{expm1}"
        }
    }
}

extension ExpressionNode.Call {
    /// The activation's symbol, e.g. `\sigma`, `\operatorname{ELU}`.
    var texSymbol: String {
        let symbol = function.metadata.symbolTeX
        return symbol.isEmpty ? "\\operatorname{\(TeXText.escaped(function.reference))}" : symbol
    }

    /// `;\ \text{alpha}=0.5` for the parameters as written, or "".
    var texParameters: String {
        guard !parameters.isEmpty else { return "" }
        let list = parameters.map { name, value in
            let number = Double(value).map { NumberText.tex($0) } ?? "\\text{\(TeXText.escaped(value))}"
            return "\\text{\(TeXText.escaped(name))}=\(number)"
        }
        return ";\\ " + list.joined(separator: ",\\ ")
    }
}

/// Escaping for names inside `\text{…}` and `\operatorname{…}`.
enum TeXText {
    static func escaped(_ text: String) -> String {
        var result = ""
        for c in text {
            if "_%$#&{}".contains(c) { result.append("\\") }
            result.append(c)
        }
        return result
    }
}
