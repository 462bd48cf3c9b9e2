import Foundation

/// The layout rules: which markup differences a reader can see, following MathML Core.
extension MathMLSignature {
    /// Where an element sits: in display style or not, and beside something tall.
    struct Context {
        /// MathML Core's `math-style: normal`: `display="block"`, `displaystyle="true"`.
        /// Fraction parts, scripts, root indices and table cells are compact (false).
        var display: Bool
        /// Whether a sibling in the same row is taller than a line of text, so that a
        /// stretchy bracket in that row grows (see `isTall`).
        var besideTall = false

        static let compact = Context(display: false)
    }

    /// The pieces an element contributes to its parent's sequence.
    static func pieces(of element: Element, in context: Context) -> [Piece] {
        var context = context
        if let displayStyle = element.attributes["displaystyle"] { context.display = displayStyle == "true" }
        let children = element.elementChildren
        switch element.name {
        case "annotation", "annotation-xml", "mphantom", "none", "mprescripts":
            return []
        case "mspace":
            return [.gap]
        case "semantics":
            // The first child is the presentation; the rest are annotations.
            return children.first.map { pieces(of: $0, in: context) } ?? []
        case "mi", "mo", "mn", "mtext", "ms":
            // KaTeX even nests `mpadded` inside `mi` for `\vdots`; such a token is a row.
            return children.isEmpty ? leaf(element, in: context) : row(element, in: context)
        case "mfrac":
            // Rule: `dfrac` and `tfrac` name the style the fraction is drawn in, whatever
            // markup chose it (`\dfrac`, `mstyle displaystyle`, `display="block"`).
            let parts = children.prefix(2).map { pieces(of: $0, in: .compact) }
            return [.layout(context.display ? "dfrac" : "tfrac", parts)]
        case "msqrt":
            return [.layout("sqrt", [row(element, in: context)])]
        case "mroot":
            guard children.count == 2 else { return [.layout("root", [row(element, in: context)])] }
            return [.layout("root", [pieces(of: children[0], in: context), pieces(of: children[1], in: .compact)])]
        case "msub", "msup", "msubsup":
            return scripts(String(element.name.dropFirst()), children, in: context)
        case "munder", "mover", "munderover":
            return limits(element, children, in: context)
        case "mtable":
            let rows = children.map { row in
                Piece.layout("tr", row.elementChildren.map { cell in pieces(of: cell, in: .compact) })
            }
            return [.layout("table", rows.map { [$0] })]
        case "math", "mrow", "mstyle", "mpadded", "mtd":
            return row(element, in: context)
        default:
            let name = element.name.hasPrefix("m") ? String(element.name.dropFirst()) : element.name
            return [.layout(name, [row(element, in: context)])]
        }
    }

    /// The children of a row-like element, each knowing whether a sibling is tall.
    static func row(_ element: Element, in context: Context) -> [Piece] {
        let children = element.elementChildren
        let tall = children.map { isTall($0, display: context.display) }
        return children.indices.flatMap { index in
            var childContext = context
            childContext.besideTall = tall.indices.contains { $0 != index && tall[$0] }
            return pieces(of: children[index], in: childContext)
        }
    }

    /// A token element: its visible text, split at spaces; a bracket may be marked as grown.
    static func leaf(_ element: Element, in context: Context) -> [Piece] {
        // Rule: bold text set with CSS (`<mtext style="font-weight:bold">`, which Chromium
        // honours) looks like KaTeX's `mathvariant="bold"` (which it does not).
        let cssBold = element.attributes["style"]?.replacingOccurrences(of: " ", with: "").contains("font-weight:bold") == true
        let variant = element.attributes["mathvariant"] ?? (cssBold ? "bold" : nil)
        let text = visibleText(element.text, element: element.name, mathVariant: variant)
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if element.name == "mo", trimmed.count == 1, fences.contains(trimmed) {
            // Rule: a bracket with `minsize`/`maxsize` (`\bigl(`) prints at that size; a
            // stretchy one (MathML Core makes brackets stretchy unless `stretchy="false"`)
            // grows only beside something tall. `\left(` and a bare `<mo>(</mo>` therefore
            // look the same; `<mo stretchy="false">(</mo>` beside a fraction does not.
            if let size = element.attributes["maxsize"] ?? element.attributes["minsize"] {
                return [.fence(trimmed + "↕" + normalizedLength(size))]
            }
            // U+2223 and U+2225 (`\mid`, `\parallel`) are not stretchy in the dictionary;
            // KaTeX also uses them for `\left|`, marked `fence="true"`, meaning a stretchy bar.
            let raw = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
            let stretchyByDefault = raw == "∣" || raw == "∥" ? element.attributes["fence"] == "true" : true
            let stretchy = element.attributes["stretchy"].map { $0 == "true" } ?? stretchyByDefault
            return [.fence(stretchy && context.besideTall ? trimmed + "↕" : trimmed)]
        }
        var pieces: [Piece] = []
        var word = ""
        for character in text {
            if character.isWhitespace {
                if !word.isEmpty { pieces.append(.glyphs(word)) }
                word = ""
                pieces.append(.gap)
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { pieces.append(.glyphs(word)) }
        return pieces
    }

    /// Brackets that MathML Core stretches (after `lookAlikes`).
    static let fences: Set<String> = ["(", ")", "[", "]", "{", "}", "|", "‖", "⟨", "⟩", "⌊", "⌋", "⌈", "⌉"]

    /// `1.2em`, `1.20em` and `1.2000em` are one size.
    static func normalizedLength(_ length: String) -> String {
        let trimmed = length.trimmingCharacters(in: .whitespaces)
        let number = trimmed.prefix { $0.isNumber || $0 == "." || $0 == "-" }
        guard let value = Double(number) else { return trimmed }
        return "\((value * 1000).rounded() / 1000)\(trimmed.dropFirst(number.count))"
    }

    /// `msub`, `msup`, `msubsup` (or limits drawn as scripts).
    ///
    /// Rule: a script sits after the last word of its base, so when the base is plain text
    /// the script belongs to that word and the rest of the base moves before it:
    /// `<msup><mrow><mi>a</mi><mi>b</mi></mrow>…` is `𝑎,sup(𝑏,…)`, as for `a b^2`. Together
    /// with the absorbing rule in `tokens(of:)`, `<msup><mi>tanh</mi>…` equals KaTeX's
    /// `<msup><mrow><mi>tanh</mi><mo>⁡</mo></mrow>…`, and `<msup><mn>0.25</mn>…` equals
    /// `<mn>0.2</mn><msup><mn>5</mn>…`. A base containing layout (`\left(\frac12\right)^2`)
    /// stays whole.
    static func scripts(_ kind: String, _ children: [Element], in context: Context) -> [Piece] {
        guard let base = children.first else { return [.layout(kind, [])] }
        var basePieces = pieces(of: base, in: context)
        let scriptPieces = children.dropFirst().map { pieces(of: $0, in: .compact) }
        // Rule: a superscript of primes only is the same as primes after the base. TeX (and
        // KaTeX) write `f'` as `msup`; U+2032 already sits high, so `f′` reads the same.
        if kind == "sup", let primes = scriptPieces.first, !primes.isEmpty,
            primes.allSatisfy({ if case .glyphs(let glyphs) = $0 { glyphs.allSatisfy { $0 == "′" } } else { false } })
        {
            return basePieces + primes
        }
        while basePieces.last == .gap { basePieces.removeLast() }
        let isPlain = !basePieces.contains { if case .layout = $0 { true } else { false } }
        guard isPlain, let last = basePieces.last else {
            return [.layout(kind, [basePieces] + scriptPieces)]
        }
        if case .fence = last {
            basePieces.removeLast()
            return basePieces + [.layout(kind, [[last]] + scriptPieces)]
        }
        // The glyphs after the last gap or fence form the trailing run; its last word is the base.
        var run = ""
        while case .glyphs(let glyphs)? = basePieces.last {
            run = glyphs + run
            basePieces.removeLast()
        }
        let baseWord = words(in: run).last ?? ""
        run.removeLast(baseWord.count)
        if !run.isEmpty { basePieces.append(.glyphs(run)) }
        return basePieces + [.layout(kind, [[.glyphs(baseWord)]] + scriptPieces)]
    }

    /// `munder`, `mover`, `munderover`.
    ///
    /// Rule: in compact style, limits on an operator with `movablelimits` (the attribute, or
    /// by default `∑ ∏ ⋃ …` from MathML Core's operator dictionary) are drawn as scripts,
    /// so inline `<munder><mo>∑</mo>…` equals KaTeX's inline `<msub><mo>∑</mo>…`. In display
    /// style, and for every other base (`lim` without the attribute, accents), they stay
    /// `under`/`over`: KaTeX's inline `\sum\limits` (`msubsup`) then differs from an
    /// honest `munderover` with `movablelimits="false"`, as it does on screen.
    static func limits(_ element: Element, _ children: [Element], in context: Context) -> [Piece] {
        let kind = String(element.name.dropFirst())
        if !context.display, let base = children.first, hasMovableLimits(base) {
            let scriptKind = ["under": "sub", "over": "sup", "underover": "subsup"][kind]!
            return scripts(scriptKind, children, in: context)
        }
        guard let base = children.first else { return [.layout(kind, [])] }
        let scriptPieces = children.dropFirst().map { pieces(of: $0, in: .compact) }
        return [.layout(kind, [pieces(of: base, in: context)] + scriptPieces)]
    }

    /// Whether `element` is an embellished operator whose core `mo` has movable limits.
    static func hasMovableLimits(_ element: Element) -> Bool {
        switch element.name {
        case "mo":
            if let movable = element.attributes["movablelimits"] { return movable == "true" }
            let text = visibleText(element.text, element: "mo", mathVariant: nil)
            return movableByDefault.contains(text.trimmingCharacters(in: .whitespaces))
        case "mrow", "mstyle", "mpadded":
            let children = element.elementChildren.filter { $0.name != "mspace" }
            return children.count == 1 && hasMovableLimits(children[0])
        case "msub", "msup", "msubsup", "munder", "mover", "munderover":
            return element.elementChildren.first.map(hasMovableLimits) ?? false
        default:
            return false
        }
    }

    /// Operators with `movablelimits` in MathML Core's operator dictionary.
    static let movableByDefault: Set<String> = ["∏", "∐", "∑", "⋀", "⋁", "⋂", "⋃", "⨀", "⨁", "⨂", "⨄", "⨆"]

    /// Operators drawn large in display style (`largeop` in the dictionary).
    static let largeOperators: Set<String> = movableByDefault.union(["∫", "∬", "∭", "∮", "∯", "∰", "⨌"])

    /// Whether an element is taller than a line of text, so that a stretchy bracket beside
    /// it grows: anything but plain tokens (Chromium grows `(` even beside `x^2`; checked
    /// with DejaVu Math TeX Gyre and Asana Math), or a large operator in display style.
    static func isTall(_ element: Element, display: Bool) -> Bool {
        let display = element.attributes["displaystyle"].map { $0 == "true" } ?? display
        switch element.name {
        case "mo":
            let text = visibleText(element.text, element: "mo", mathVariant: nil)
            return display && largeOperators.contains(text.trimmingCharacters(in: .whitespaces))
        case "mi", "mn", "mtext", "ms", "mspace", "annotation", "annotation-xml", "mphantom":
            return false
        case "math", "mrow", "mstyle", "mpadded", "semantics":
            return element.elementChildren.contains { isTall($0, display: display) }
        default:
            return true
        }
    }
}
