import AtlasText

/// Spells a `MathNode` tree as compact MathML Core: no whitespace between elements,
/// attributes in a fixed order, every text escaped, so equal input gives equal bytes.
///
/// Why a byte buffer (AtlasText's `TextBuffer`): a formula is a few hundred small
/// pieces, and appending each to a String cost a few hundred instructions (a tenth of
/// converting a formula); appended bytes cost a few, and the text is made once.
struct MathMLWriter {
    private(set) var output = TextBuffer(capacity: 512)

    /// The complete `<math>` element, with the TeX source as an annotation.
    static func document(_ node: MathNode, tex: String, display: Bool) -> String {
        var writer = MathMLWriter()
        writer.output.append(display ? "<math display=\"block\">" : "<math>")
        writer.output.append("<semantics>")
        writer.write(node)
        writer.output.append("<annotation encoding=\"application/x-tex\">")
        writer.output.append(escape(tex))
        writer.output.append("</annotation></semantics></math>")
        return writer.output.text
    }

    mutating func write(_ node: MathNode) {
        switch node {
        case .identifier(let text, let upright):
            // Only a single-character <mi> is italicised by Core (text-transform: math-auto).
            element("mi", text, attributes: upright && text.count == 1 ? [("mathvariant", "normal")] : [])
        case .number(let text):
            element("mn", text)
        case .op(let value):
            element("mo", value.text, attributes: Self.attributes(of: value))
        case .text(let text, let bold):
            element("mtext", text, attributes: bold ? [("style", "font-weight:bold")] : [])
        case .space(let width):
            if width.hasPrefix("-") {
                // Core's mspace@width is a CSS width and cannot be negative (Chromium ignores
                // it), and mpadded@lspace moves its content without narrowing the box. A
                // negative margin does pull the following content left.
                output.append("<mspace style=\"margin-left:")
                output.append(width)
                output.append("\"/>")
            } else {
                output.append("<mspace width=\"")
                output.append(width)
                output.append("\"/>")
            }
        case .row(let children):
            open("mrow")
            for child in children { write(child) }
            output.append("</mrow>")
        case .fraction(let numerator, let denominator, let style):
            // displaystyle on an <mstyle> around the fraction sets the fraction's math-style;
            // Core's UA sheet then gives the numerator and denominator compact style, one
            // level smaller only when the fraction itself is compact: exactly TeX's \dfrac
            // and \tfrac. (Core allows the attribute on <mfrac> itself, but the Nu validator,
            // which checks MathML 3, refuses it there; <mstyle> is valid in both.)
            switch style {
            case .inherited: break
            case .display: open("mstyle", [("displaystyle", "true")])
            case .text: open("mstyle", [("displaystyle", "false")])
            }
            open("mfrac")
            write(numerator)
            write(denominator)
            output.append("</mfrac>")
            if style != .inherited { output.append("</mstyle>") }
        case .root(let radicand, let index):
            if let index {
                open("mroot")
                write(radicand)
                write(index)
                output.append("</mroot>")
            } else {
                open("msqrt")
                writeContents(radicand)
                output.append("</msqrt>")
            }
        case .scripts(let base, let sub, let sup, let limits):
            let name =
                switch (sub != nil, sup != nil) {
                case (true, true): limits ? "munderover" : "msubsup"
                case (true, false): limits ? "munder" : "msub"
                default: limits ? "mover" : "msup"
                }
            open(name)
            write(base)
            if let sub { write(sub) }
            if let sup { write(sup) }
            close(name)
        case .accent(let base, let mark, let under):
            let name = under ? "munder" : "mover"
            open(name, [(under ? "accentunder" : "accent", "true")])
            // A stretchy mark stretches to the width of its base; wrap the base in a row as
            // the overline/underline of MathML examples do.
            if mark.stretchy == true, case .row = base {
                write(base)
            } else if mark.stretchy == true {
                write(.row([base]))
            } else {
                write(base)
            }
            write(.op(mark))
            close(name)
        case .table(let table):
            writeTable(table)
        }
    }

    /// Children of an inferred-mrow element (msqrt, mtd) without a redundant <mrow>.
    private mutating func writeContents(_ node: MathNode) {
        if case .row(let children) = node {
            for child in children { write(child) }
        } else {
            write(node)
        }
    }

    /// `<mtable>`. Chromium ignores `columnalign` (it is not in MathML Core) but lays out
    /// `<mtd>` as a table cell that honours CSS `text-align`, so alignment is a style.
    /// Its UA sheet pads cells by 0.4em left and right; `aligned` drops the padding
    /// inside each right/left pair so that `x &= y` reads as one line.
    private mutating func writeTable(_ table: MathTable) {
        open("mtable", table.displayStyle ? [("displaystyle", "true")] : [])
        for row in table.rows {
            output.append("<mtr>")
            for (column, cell) in row.enumerated() {
                let style: String? =
                    switch table.columns {
                    case .centered: nil
                    case .left: "text-align:left"
                    case .rightLeftPairs: column % 2 == 0 ? "text-align:right;padding-right:0" : "text-align:left;padding-left:0"
                    }
                open("mtd", style.map { [("style", $0)] } ?? [])
                writeContents(cell)
                output.append("</mtd>")
            }
            output.append("</mtr>")
        }
        output.append("</mtable>")
    }

    private static func attributes(of value: MathOperator) -> [(String, String)] {
        var attributes: [(String, String)] = []
        if let stretchy = value.stretchy { attributes.append(("stretchy", stretchy ? "true" : "false")) }
        if value.fence { attributes.append(("fence", "true")) }
        if let form = value.form { attributes.append(("form", form)) }
        if let size = value.size {
            attributes.append(("minsize", size))
            attributes.append(("maxsize", size))
        }
        if let movable = value.movableLimits { attributes.append(("movablelimits", movable ? "true" : "false")) }
        if value.flat {
            attributes.append(("lspace", "0"))
            attributes.append(("rspace", "0"))
        }
        return attributes
    }

    private mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output.append(ascii: "<")
        output.append(name)
        for (key, value) in attributes {
            output.append(ascii: " ")
            output.append(key)
            output.append("=\"")
            output.append(Self.escape(value))
            output.append(ascii: "\"")
        }
        output.append(ascii: ">")
    }

    private mutating func close(_ name: String) {
        output.append("</")
        output.append(name)
        output.append(ascii: ">")
    }

    private mutating func element(_ name: String, _ text: String, attributes: [(String, String)] = []) {
        open(name, attributes)
        output.append(Self.escape(text))
        close(name)
    }

    /// `text` escaped as on every page (AtlasText's `MarkupText`: a control
    /// character becomes U+FFFD), with the invisible characters written as character
    /// references so the output can be read: the no-break space, the function application
    /// U+2061, and combining marks, since a lone one (U+0332 in an accent) would fuse with
    /// the `>` before it.
    static func escape(_ text: String) -> String {
        // None of the characters written as references is ASCII, and nearly every token
        // (`x`, `+`, `2`) is: those take MarkupText's byte escaper, without a scalar loop.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return MarkupText.escaped(text) }
        return MarkupText.escaped(text) { scalar in
            scalar == "\u{A0}" || scalar == "\u{2061}" || scalar.properties.generalCategory == .nonspacingMark
                ? MarkupText.hexadecimalReference(scalar) : nil
        }
    }
}
