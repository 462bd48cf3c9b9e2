import AtlasTestSupport
import Testing

@testable import ActivationMath

/// Protects the catalogue's did-you-mean (AtlasDiagnostics' `Spelling`, tested there).
@Suite struct SuggestionTests {
    @Test func farAndLongNamesGetNoSuggestion() {
        #expect(Catalog.suggestion(for: String(repeating: "sigmoid", count: 100_000)) == nil)
        #expect(Catalog.suggestion(for: "sigmoidsigmoid") == nil)
        #expect(Catalog.suggestion(for: "tahn") == "tanh")
    }
}

/// Protects the number text used in references and `atlas eval`: shortest and round-trip.
@Suite struct ShortestDecimalTests {
    @Test(arguments: [
        (0.1, "0.1"), (-2.0, "-2"), (1e-5, "1e-5"), (5e-324, "5e-324"), (1.5e16, "1.5e16"),
        (.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"), (-Double.nan, "nan"), (-0.0, "-0"),
    ])
    func double(_ value: Double, expected: String) {
        #expect(shortestDecimal(value) == expected)
    }

    @Test func float() {
        #expect(shortestDecimal(Float(0.1)) == "0.1")
        #expect(shortestDecimal(Float.leastNonzeroMagnitude) == "1e-45")
    }

    @Test("Every printed value reads back to the same bits (10,000 finite doubles from a fixed seed)")
    func roundTrip() {
        var random = SeededGenerator(seed: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<10_000 {
            let value = Double(bitPattern: random.next())
            guard value.isFinite else { continue }
            #expect(Double(shortestDecimal(value))?.bitPattern == value.bitPattern)
        }
    }
}
