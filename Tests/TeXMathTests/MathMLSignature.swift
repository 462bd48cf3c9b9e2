import Foundation

/// What a reader sees in a `<math>` element, as one comparable line.
///
/// Two MathML renderings of the same TeX match when their signatures are equal, even if
/// their bytes differ: `frac(1,row(1,+,sup(𝑒,row(−,𝑥))))`. The signature keeps
///
/// - the visible characters of the leaves, in order, with styles resolved to Unicode
///   letters (`𝑥` italic, `x` upright, `𝐱` bold) and look-alikes merged
///   (see `visibleText(_:element:mathVariant:)`);
/// - the layout skeleton: `dfrac`/`tfrac` (fraction in display or text style), `sqrt`,
///   `root`, `sub`, `sup`, `subsup`, `under`, `over`, `underover`, `table(tr(…))`, and
///   brackets drawn larger than their glyph, `(↕` (stretched to the row) or `(↕1.2em`;
/// - `block:` or `inline:` for the `display` attribute.
///
/// Primes are glyphs whether raised by `msup` (TeX, KaTeX) or not (`f′`): `𝑓,′`.
///
/// It drops `annotation`, the wrappers `mrow`, `mstyle`, `mpadded` and `semantics`, spaces
/// (`mspace`, blank text, which only end a word), and other attributes. The rules that
/// treat different markup as the same layout are in `MathMLSignature+Layout.swift`.
///
/// Leaves are re-cut into words, so element boundaries do not matter: runs of upright
/// letters join (`<mi>s</mi><mi>i</mi><mi>n</mi>`, `<mi>sin</mi>` and
/// `<mtext>sin</mtext>` are all `sin`), as do digits with `.` (`0.25`) and primes (`′′`).
/// Italic letters stay one per token: `𝑥,𝑦`.
///
/// Not compared (a limitation, not a claim that they look the same): operator spacing
/// (`mi` versus `mo`), `scriptlevel`, `mathvariant` on `mstyle`, column alignment in tables
/// (MathML Core has none) and whether an accent stretches (`\hat` versus `\widehat`).
///
/// ```swift
/// MathMLSignature("<math><mfrac><mn>1</mn><mi>x</mi></mfrac></math>").text
/// // "inline: tfrac(1,𝑥)"
/// ```
struct MathMLSignature: Equatable, CustomStringConvertible {
    /// The one-line signature, or `unparseable MathML: …` when XMLParser rejects the text.
    let text: String

    var description: String { text }

    init(_ mathML: String) {
        switch Self.parseTree(mathML) {
        case .failure(let failure):
            text = "unparseable MathML: \(failure.message)"
        case .success(let root):
            let math = Self.firstMath(in: root) ?? root
            let display = math.attributes["display"] == "block"
            let pieces = Self.pieces(of: math, in: Context(display: display))
            text = (display ? "block: " : "inline: ") + Self.tokens(of: pieces).joined(separator: ",")
        }
    }

    /// The first `math` element, in case the MathML arrives wrapped (`<span class="katex">`).
    static func firstMath(in element: Element) -> Element? {
        if element.name == "math" { return element }
        for child in element.elementChildren {
            if let math = firstMath(in: child) { return math }
        }
        return nil
    }

    /// A piece of a signature before it is cut into tokens.
    indirect enum Piece: Equatable {
        /// Visible characters; neighbouring glyphs may join into one word.
        case glyphs(String)
        /// A bracket drawn larger than its glyph, such as `(↕`; always its own token.
        case fence(String)
        /// White space: prints as nothing, but ends a word.
        case gap
        /// A layout box and its arguments, each a sequence.
        case layout(String, [[Piece]])
    }

    /// The tokens of a sequence: glyph runs cut into words, layouts printed whole.
    static func tokens(of sequence: [Piece]) -> [String] {
        var tokens: [String] = []
        var run = ""
        func flush() {
            tokens += words(in: run)
            run = ""
        }
        for piece in sequence {
            switch piece {
            case .glyphs(let glyphs): run += glyphs
            case .gap: flush()
            case .fence(let fence):
                flush()
                tokens.append(fence)
            case .layout(let name, var arguments):
                // Rule: a script's base word absorbs the glyphs before it that continue the
                // word, so `<mn>1</mn><msup><mn>0</mn>…` (KaTeX, like TeX, puts the script on
                // the last digit) and `<msup><mn>10</mn>…` are both `sup(10,…)`.
                if ["sub", "sup", "subsup"].contains(name), case .glyphs(let base)? = arguments.first?.first,
                    arguments[0].count == 1, let first = base.first,
                    [.letter, .number].contains(wordKind(first)),
                    let previous = words(in: run).last, wordKind(previous.last!) == wordKind(first)
                {
                    run.removeLast(previous.count)
                    arguments[0] = [.glyphs(previous + base)]
                }
                flush()
                tokens.append("\(name)(\(arguments.map(argument).joined(separator: ",")))")
            }
        }
        flush()
        return tokens
    }

    /// One argument of a layout: a lone token as is, `{}` when empty, else `row(…)`.
    static func argument(_ sequence: [Piece]) -> String {
        let tokens = tokens(of: sequence)
        switch tokens.count {
        case 0: return "{}"
        case 1: return tokens[0]
        default: return "row(\(tokens.joined(separator: ",")))"
        }
    }

    /// How characters group into words.
    enum WordKind { case letter, number, prime, single }

    /// Upright Latin and Greek letters join; so do digits with `.`, and primes. Everything
    /// else (italic letters, operators) stands alone.
    static func wordKind(_ character: Character) -> WordKind {
        guard let scalar = character.unicodeScalars.first else { return .single }
        switch scalar.value {
        case 0x30...0x39, 0x2E: return .number
        case 0x2032: return .prime
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x370...0x3FF:
            return character.isLetter ? .letter : .single
        default: return .single
        }
    }

    /// Cuts a glyph run into words (see `wordKind`).
    static func words(in run: String) -> [String] {
        var words: [String] = []
        var current = ""
        var currentKind = WordKind.single
        for character in run {
            let next = wordKind(character)
            if current.isEmpty || next == .single || next != currentKind {
                if !current.isEmpty { words.append(current) }
                current = String(character)
            } else {
                current.append(character)
            }
            currentKind = next
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
