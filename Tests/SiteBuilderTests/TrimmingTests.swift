import AtlasTestSupport
import Testing

@testable import SiteBuilder

/// Protects `trimmingWhitespace()`: by indices now, it must trim exactly what the first
/// way (dropping whitespace Characters from both ends of a reversed copy) trimmed.
@Suite struct TrimmingTests {
    @Test func trimsWhatTheCharacterByCharacterWayTrimmed() {
        func reference(_ text: String) -> String {
            String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        }
        var random = SeededGenerator(seed: 0x7819)
        let pieces = [" ", "\t", "\n", "\r\n", "\u{A0}", "\u{3000}", "\u{2028}", "a", "é", "e\u{301}", "relu(alpha=1)", "x", "😀", ""]
        var texts = ["", " ", "relu", " relu ", "\r\n", "a b", "\u{3000}elu\u{3000}"]
        for _ in 0..<5_000 {
            texts.append((0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for text in texts {
            #expect(text.trimmingWhitespace() == reference(text), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
