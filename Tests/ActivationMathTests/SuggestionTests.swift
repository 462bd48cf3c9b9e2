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
