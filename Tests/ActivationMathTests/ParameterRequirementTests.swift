import Testing

@testable import ActivationMath

/// Protects the catalogue's refusal of parameter values PyTorch refuses together:
/// hardtanh needs min_val < max_val (nn.Hardtanh asserts it), defaults included.
@Suite struct ParameterRequirementTests {
    @Test(
        "hardtanh with min_val ≥ max_val is refused at the name, in PyTorch's terms",
        arguments: [
            ("hardtanh(min_val=2, max_val=1)", "not min_val=2 and max_val=1"),
            ("hardtanh(min_val=1)", "not min_val=1 and max_val=1"),
            ("hard_tanh(max_val=-3)", "not min_val=-1 and max_val=-3"),
        ])
    func refused(_ reference: String, values: String) {
        guard case .failure(let problem) = Catalog.resolve(reference) else {
            Issue.record("'\(reference)' was accepted")
            return
        }
        #expect(problem.message == "'hardtanh' needs min_val < max_val, as PyTorch's nn.Hardtanh does, " + values)
        #expect(problem.offset == 0)
    }

    @Test("hardtanh with min_val < max_val, and every other entry at its defaults, is accepted")
    func accepted() throws {
        let clamp = try Catalog.resolve("hardtanh(min_val=0.5)").get()
        #expect(clamp.value(3.0) == 1)
        for entry in Catalog.entries where entry.parameters.allSatisfy({ $0.defaultValue != nil }) {
            #expect(entry.problem(with: [:]) == nil, "\(entry.name)")
        }
        // The type itself still takes any clamp, for library callers that want one.
        #expect(Hardtanh(minVal: 2, maxVal: 1).value(0.0) == 2)
    }
}
