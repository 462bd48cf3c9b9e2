/// The symbol tables: every control word that takes no argument.
///
/// Spacing is not stored: MathML Core's operator dictionary gives `+` and `=` the same
/// medium and thick spaces that TeX gives Bin and Rel atoms.
enum MathSymbols {
    static let table: [String: MathSymbol] = {
        var table: [String: MathSymbol] = [:]
        for (name, letter) in greek { table[name] = .greek(letter) }
        for (name, text) in ordinary { table[name] = .ordinary(text, upright: name == "nabla") }
        for (name, text) in binary { table[name] = .op(text, .binary) }
        for (name, text) in relations { table[name] = .op(text, .relation) }
        for (name, text) in others { table[name] = .op(text.0, text.1) }
        for (name, text) in large { table[name] = .large(text, integral: text == "∫" || text == "∮") }
        for name in functions { table[name] = .function(name, limits: false) }
        for name in limitFunctions { table[name] = .function(name, limits: true) }
        for (name, width) in spaces { table[name] = .space(width) }
        return table
    }()

    static let greek: [String: Character] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π", "varpi": "ϖ",
        "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ", "upsilon": "υ",
        "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    static let ordinary: [String: String] = [
        "infty": "∞", "partial": "∂", "nabla": "∇", "emptyset": "∅", "varnothing": "∅",
        "top": "⊤", "bot": "⊥", "ell": "ℓ", "hbar": "ℏ",
        "_": "_", "%": "%", "$": "$", "#": "#", "&": "&",
    ]

    static let binary: [String: String] = [
        "pm": "±", "mp": "∓", "times": "×", "cdot": "⋅", "div": "÷", "circ": "∘", "ast": "∗",
        "star": "⋆", "cup": "∪", "cap": "∩", "setminus": "∖", "land": "∧", "lor": "∨",
        "wedge": "∧", "vee": "∨", "oplus": "⊕", "otimes": "⊗", "odot": "⊙",
    ]

    static let relations: [String: String] = [
        "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈",
        "sim": "∼", "simeq": "≃", "equiv": "≡", "propto": "∝", "ll": "≪", "gg": "≫", "in": "∈",
        "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃", "supseteq": "⊇",
        "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
        "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "implies": "⟹", "iff": "⟺",
        "mapsto": "↦", "mid": "∣", "coloneqq": "≔",
    ]

    static let others: [String: (String, MathOperator.Role)] = [
        "forall": ("∀", .prefix), "exists": ("∃", .prefix), "neg": ("¬", .prefix),
        "lnot": ("¬", .prefix), "prime": ("′", .postfix),
        "cdots": ("⋯", .ordinary), "ldots": ("…", .ordinary), "dots": ("…", .ordinary),
        "vdots": ("⋮", .ordinary), "ddots": ("⋱", .ordinary),
    ]

    static let large: [String: String] = [
        "sum": "∑", "prod": "∏", "coprod": "∐", "int": "∫", "oint": "∮",
        "bigcup": "⋃", "bigcap": "⋂",
    ]

    static let functions: Set<String> = [
        "sin", "cos", "tan", "cot", "sec", "csc", "exp", "log", "ln", "lg", "tanh", "sinh",
        "cosh", "coth", "arcsin", "arccos", "arctan", "arg", "deg", "dim", "ker", "hom",
    ]

    static let limitFunctions: Set<String> = [
        "lim", "max", "min", "sup", "inf", "det", "liminf", "limsup", "gcd", "Pr", "argmax", "argmin",
    ]

    /// Widths of TeX's math spaces: 3, 4 and 5 mu (a mu is 1/18 em), and the quads.
    /// `~` and `\ ` are an interword space, about a third of an em in Computer Modern.
    static let spaces: [String: String] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em",
        "medspace": "0.2222em", ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em",
        "negthinspace": "-0.1667em", "quad": "1em", "qquad": "2em", " ": "0.3333em",
        "enspace": "0.5em",
    ]

    /// Delimiters after `\left`, `\right`, `\big…`, keyed by how they are written
    /// (`(` or `\langle`); the empty string is `.`, the invisible delimiter.
    static let delimiters: [String: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "\\{": "{", "\\}": "}", "\\lbrace": "{",
        "\\rbrace": "}", "|": "|", "\\|": "‖", "\\vert": "|", "\\Vert": "‖", "\\lvert": "|",
        "\\rvert": "|", "\\lVert": "‖", "\\rVert": "‖", "\\langle": "⟨", "\\rangle": "⟩",
        "\\lfloor": "⌊", "\\rfloor": "⌋", "\\lceil": "⌈", "\\rceil": "⌉", "/": "/", ".": "",
    ]

    /// Delimiter commands usable on their own (`\{x\}`, `\lvert x \rvert`), and their role.
    static let plainDelimiters: [String: MathOperator.Role] = [
        "{": .open, "}": .close, "lbrace": .open, "rbrace": .close, "|": .ordinary,
        "vert": .ordinary, "Vert": .ordinary, "lvert": .open, "rvert": .close, "lVert": .open,
        "rVert": .close, "langle": .open, "rangle": .close, "lfloor": .open, "rfloor": .close,
        "lceil": .open, "rceil": .close,
    ]

    /// Commands the parser handles itself because they take arguments or change state.
    static let structural: Set<String> = Set([
        "frac", "dfrac", "tfrac", "sqrt", "left", "right", "middle", "big", "Big", "bigg", "Bigg",
        "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr", "begin", "end",
        "limits", "nolimits", "operatorname", "text", "textrm", "textbf", "mbox",
        "\\",
    ]).union(fonts.keys).union(accents.keys)

    static let fonts: [String: MathFont] = [
        "mathrm": .roman, "mathbf": .bold, "mathit": .italic, "mathbb": .doubleStruck,
        "mathcal": .script, "mathscr": .script, "mathsf": .sansSerif, "mathtt": .monospace,
        "boldsymbol": .boldItalic, "bm": .boldItalic,
    ]

    /// Accent marks and whether they stretch over their base.
    ///
    /// Chosen by what Chromium draws well with Asana Math, the font every site ships:
    /// U+203E and U+005F have no horizontal variants and stay one glyph wide, while U+0332
    /// (combining low line) stretches, over or under. U+005E is a tall chevron in Asana
    /// even when not stretchy, so `\hat` is U+0302 held at its size and `\widehat` is
    /// U+0302 stretched over its base. U+20D7
    /// (combining right arrow above) is centred only when stretchy; over one letter it
    /// stays letter-sized, as TeX's `\vec`; U+2192 would be a full-width arrow.
    static let accents: [String: (mark: String, stretchy: Bool, under: Bool)] = [
        "hat": ("\u{302}", false, false), "widehat": ("\u{302}", true, false), "bar": ("¯", false, false),
        "tilde": ("˜", false, false), "widetilde": ("~", true, false), "vec": ("\u{20D7}", true, false),
        "dot": ("˙", false, false), "ddot": ("¨", false, false), "overline": ("\u{332}", true, false),
        "underline": ("\u{332}", true, true), "overrightarrow": ("→", true, false),
    ]

    /// Sizes of `\big`, `\Big`, `\bigg`, `\Bigg`, from plain TeX's 8.5pt, 11.5pt,
    /// 14.5pt and 17.5pt at 10pt (rounded up a little, as KaTeX does).
    static let bigSizes: [String: String] = ["big": "1.2em", "Big": "1.8em", "bigg": "2.4em", "Bigg": "3em"]

    /// Every command name, for "did you mean" suggestions.
    static let allCommands: [String] = Array(Set(table.keys).union(structural).union(plainDelimiters.keys)).sorted()
}
