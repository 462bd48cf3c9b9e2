import Testing
@testable import ActivationMath

/// Protects the did-you-mean distance: optimal string alignment, textbook values.
@Suite struct SuggestionTests {
    @Test(arguments: [
        ("kitten", "sitting", 3), ("alpah", "alpha", 1), ("ab", "ba", 1), ("ca", "abc", 3),
        ("", "abc", 3), ("abc", "", 3), ("relu", "relu", 0), ("sigmod", "sigmoid", 1),
    ])
    func distance(_ a: String, _ b: String, expected: Int) {
        #expect(Catalog.editDistance(Array(a), Array(b)) == expected)
    }

    @Test func farAndLongNamesGetNoSuggestion() {
        #expect(Catalog.suggestion(for: String(repeating: "sigmoid", count: 100_000)) == nil)
        #expect(Catalog.suggestion(for: "sigmoidsigmoid") == nil)
        #expect(Catalog.suggestion(for: "tahn") == "tanh")
    }
}
