import Testing

/// Protects the comparison rules of `MathMLSignature`: markup a reader cannot tell apart
/// matches, markup that looks different does not.
@Suite struct SignatureRuleTests {
    static func math(_ body: String, display: Bool = false) -> String {
        "<math\(display ? " display=\"block\"" : "")><semantics><mrow>\(body)</mrow><annotation encoding=\"application/x-tex\">x</annotation></semantics></math>"
    }

    /// Pairs that look the same, with the rule that makes them equal.
    static let alike: [(String, String, String)] = [
        ("wrappers", "<mrow><mstyle><mpadded><mi>x</mi></mpadded></mstyle></mrow>", "<mi>x</mi>"),
        ("spaces", "<mi>a</mi><mspace width=\"1em\"/><mtext>\u{A0}</mtext><mi>b</mi>", "<mi>a</mi><mi>b</mi>"),
        (
            "function name split", "<mi>s</mi><mi>i</mi><mi>n</mi>".replacingOccurrences(of: "<mi>", with: "<mi mathvariant=\"normal\">"),
            "<mi>sin</mi><mo>\u{2061}</mo>"
        ),
        ("operatorname as mo", "<mo>ReLU</mo>", "<mi mathvariant=\"normal\">ReLU</mi>"),
        ("bold letter", "<mi mathvariant=\"bold\">x</mi>", "<mi>𝐱</mi>"),
        ("double-struck hole", "<mi mathvariant=\"double-struck\">R</mi>", "<mi>ℝ</mi>"),
        ("italic by default", "<mi>x</mi>", "<mi mathvariant=\"italic\">x</mi>"),
        ("upright Greek capital", "<mi mathvariant=\"normal\">Φ</mi>", "<mo>Φ</mo>"),
        ("minus", "<mo>-</mo><mn>1</mn>", "<mo>&#x2212;</mo><mn>1</mn>"),
        ("primes inline or raised", "<msup><mi>f</mi><mrow><mo>′</mo><mo>′</mo></mrow></msup>", "<mi>f</mi><mo>″</mo>"),
        ("apostrophe", "<mi>f</mi><mo>'</mo>", "<mi>f</mi><mo>′</mo>"),
        ("number split", "<mn>0.2</mn><msup><mn>5</mn><mn>10</mn></msup>", "<msup><mn>0.25</mn><mn>10</mn></msup>"),
        ("script on word", "<msup><mrow><mi>tanh</mi><mo>\u{2061}</mo></mrow><mn>2</mn></msup>", "<msup><mi>tanh</mi><mn>2</mn></msup>"),
        ("accent spelling", "<mover accent=\"true\"><mi>x</mi><mo>^</mo></mover>", "<mover><mi>x</mi><mo>&#x302;</mo></mover>"),
        ("vector arrow", "<mover><mi>v</mi><mo>&#x20D7;</mo></mover>", "<mover><mi>v</mi><mo>→</mo></mover>"),
        ("bar", "<mi mathvariant=\"normal\">∣</mi><mi>x</mi><mi mathvariant=\"normal\">∣</mi>", "<mo>|</mo><mi>x</mi><mo>|</mo>"),
        ("notin composed", "<mo>∈&#x338;</mo>", "<mo>∉</mo>"),
        ("inline sum limits", "<msub><mo>∑</mo><mi>i</mi></msub>", "<munder><mo>∑</mo><mi>i</mi></munder>"),
        (
            "inline lim movable", "<msub><mrow><mi>lim</mi><mo>\u{2061}</mo></mrow><mi>n</mi></msub>",
            "<munder><mo movablelimits=\"true\">lim</mo><mi>n</mi></munder>"
        ),
        (
            "left paren", "<mrow><mo fence=\"true\">(</mo><mfrac><mn>1</mn><mn>2</mn></mfrac><mo fence=\"true\">)</mo></mrow>",
            "<mo>(</mo><mfrac><mn>1</mn><mn>2</mn></mfrac><mo>)</mo>"
        ),
        (
            "dfrac inline", "<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>",
            "<mfrac displaystyle=\"true\"><mn>1</mn><mn>2</mn></mfrac>"
        ),
        ("entity", "<mtext>a&nbsp;b</mtext>", "<mtext>a b</mtext>"),
    ]

    @Test(arguments: alike.map { [$0.0, $0.1, $0.2] })
    func alikeMarkupMatches(_ pair: [String]) {
        let (first, second) = (MathMLSignature(Self.math(pair[1])), MathMLSignature(Self.math(pair[2])))
        #expect(first == second, "rule '\(pair[0])': \(first) vs \(second)")
    }

    /// Pairs a reader tells apart.
    static let different: [(String, String, String)] = [
        ("italic letters are not a word", "<mi>s</mi><mi>i</mi><mi>n</mi>", "<mi>sin</mi>"),
        ("upright Greek capital by default is italic", "<mi>Φ</mi>", "<mi mathvariant=\"normal\">Φ</mi>"),
        ("cdots versus ldots", "<mo>⋯</mo>", "<mo>…</mo>"),
        ("display sum limits", "<munder><mo>∑</mo><mi>i</mi></munder>", "<msub><mo>∑</mo><mi>i</mi></msub>"),
        ("lim without movablelimits", "<munder><mo>lim</mo><mi>n</mi></munder>", "<msub><mo>lim</mo><mi>n</mi></msub>"),
        (
            "paren that cannot stretch", "<mo stretchy=\"false\">(</mo><mfrac><mn>1</mn><mn>2</mn></mfrac><mo stretchy=\"false\">)</mo>",
            "<mo>(</mo><mfrac><mn>1</mn><mn>2</mn></mfrac><mo>)</mo>"
        ),
        ("big paren", "<mo maxsize=\"1.2em\">(</mo>", "<mo>(</mo>"),
        (
            "script on group", "<msup><mrow><mo>(</mo><mfrac><mn>1</mn><mn>2</mn></mfrac><mo>)</mo></mrow><mn>2</mn></msup>",
            "<mo>(</mo><mfrac><mn>1</mn><mn>2</mn></mfrac><msup><mo>)</mo><mn>2</mn></msup>"
        ),
        ("space ends a word", "<mtext>if</mtext><mspace width=\"0.3em\"/><mi>sin</mi>", "<mtext>ifsin</mtext>"),
        (
            "fraction style", "<mfrac><mn>1</mn><mn>2</mn></mfrac>",
            "<mstyle displaystyle=\"true\"><mfrac><mn>1</mn><mn>2</mn></mfrac></mstyle>"
        ),
    ]

    @Test(arguments: different.map { [$0.0, $0.1, $0.2] })
    func differentMarkupDiffers(_ pair: [String]) {
        let (first, second) = (MathMLSignature(Self.math(pair[1], display: true)), MathMLSignature(Self.math(pair[2], display: true)))
        if pair[0].hasPrefix("display") || pair[0].hasPrefix("lim") {
            #expect(first != second, "'\(pair[0])' should differ: \(first)")
        } else {
            let inline = (MathMLSignature(Self.math(pair[1])), MathMLSignature(Self.math(pair[2])))
            #expect(inline.0 != inline.1, "'\(pair[0])' should differ: \(inline.0)")
        }
    }

    @Test func printsTheSkeleton() {
        let katex =
            #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><mfrac><mn>1</mn><mrow><mn>1</mn><mo>+</mo><msup><mi>e</mi><mrow><mo>−</mo><mi>x</mi></mrow></msup></mrow></mfrac></mrow><annotation encoding="application/x-tex">\frac{1}{1+e^{-x}}</annotation></semantics></math>"#
        #expect(MathMLSignature(katex).text == "block: dfrac(1,row(1,+,sup(𝑒,row(−,𝑥))))")
    }

    @Test func reportsBrokenMarkup() {
        #expect(MathMLSignature("<math><mi>x</math>").text.hasPrefix("unparseable MathML: "))
    }
}
