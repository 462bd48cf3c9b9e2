import AtlasTestSupport
import Testing

@testable import ActivationMath

/// ASCII expressions are lexed by Unicode scalar, everything else by Character: the two
/// ways must read the same tokens, texts and offsets.
@Suite struct ExpressionLexerTests {
    static func described(_ tokens: [ExpressionToken]) -> [String] {
        tokens.map { "\($0.kind) \($0.text) @\($0.offset)" }
    }

    @Test("Scalars and Characters give the same tokens for every ASCII text")
    func bothWays() {
        let pieces = [
            "x", "2", ".5", "1.2.3", "1e5", "1e", "2E-3", "_a1", "+", "-", "*", "/", "^", "(", ")", ",", "=", "'", " ",
            "\t", "\n", "\u{0B}", "\u{0C}", "pi", "exp", "elu", "alpha", "$", "@", "[", "{", "`", "~", "#", "\u{7F}", "\u{1}",
        ]
        var generator = SeededGenerator(seed: 0x1E_4E12)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...12, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let byScalar = ExpressionLexer.tokens(
                of: Array(text.unicodeScalars), in: text, starts: Array(text.unicodeScalars.indices))
            let byCharacter = ExpressionLexer.tokens(of: Array(text), in: text, starts: Array(text.indices))
            #expect(Self.described(byScalar) == Self.described(byCharacter), "\(text.debugDescription)")
            #expect(Self.described(ExpressionLexer.tokens(of: text)) == Self.described(byCharacter))
        }
    }

    @Test("CR LF is one Character: such text is lexed by Character, and its offsets count it once")
    func carriageReturn() {
        let tokens = ExpressionLexer.tokens(of: "x\r\n+ 1")
        #expect(tokens.map(\.offset) == [0, 2, 4, 5])
    }
}
