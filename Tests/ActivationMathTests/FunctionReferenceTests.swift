import ActivationMath
import AtlasDiagnostics
import Testing

/// A reference is parsed once into typed values; everything later works from those.
@Suite("Function references")
struct FunctionReferenceTests {
    @Test("A written reference keeps every value given, under the canonical names")
    func written() throws {
        let elu = try Catalog.reference(" elu( alpha = 1.0 ) ").get()
        #expect(elu.name == "elu")
        #expect(elu.arguments.map(\.name) == ["alpha"])
        #expect(elu.arguments.map(\.value) == [1])
        #expect(elu.description == "elu(alpha=1)")
        // An alias of the function and of the parameter, values in the catalogue's order.
        let shrink = try Catalog.reference("softshrink(lambd=0.25)").get()
        #expect(shrink == FunctionReference(name: "softshrink", arguments: shrink.arguments))
        #expect(shrink.argumentText == "lambda=0.25")
        let hardtanh = try Catalog.reference("hardtanh(max_val=2, min_val=-2)").get()
        #expect(hardtanh.arguments.map(\.name) == ["min_val", "max_val"])
        #expect(try Catalog.reference("logistic").get().name == "sigmoid")
        #expect(try Catalog.reference("gelu(approximate=tanh)").get().argumentText == "approximate=tanh")
    }

    @Test("The canonical reference drops defaults, so equal functions have equal references")
    func canonical() throws {
        let spellings = ["elu", "elu()", "elu(alpha=1)", "elu(alpha=1.0)", "elu(alpha=1e0)", "elu(alpha=0x1p0)"]
        let references = try spellings.map { try Catalog.resolve($0).get().functionReference }
        #expect(Set(references) == [FunctionReference(name: "elu")])
        #expect(try Catalog.resolve("elu(alpha=2)").get().functionReference.value(of: "alpha") == 2)
        #expect(try Catalog.resolve("threshold(threshold=0, value=0)").get().reference == "threshold(threshold=0, value=0)")
    }

    /// Every entry with its defaults and with each parameter changed: the canonical text
    /// reads back as the same reference, and lists exactly the values that differ.
    @Test("Canonical text round-trips for every entry", arguments: Catalog.entries.map(\.name))
    func roundTrip(name: String) throws {
        let entry = try #require(Catalog.entry(named: name))
        var variants: [[String: Double]] = [Dictionary(uniqueKeysWithValues: entry.parameters.map { ($0.name, $0.defaultValue ?? 0.5) })]
        for spec in entry.parameters {
            var changed = variants[0]
            changed[spec.name] = spec.acceptsNumbers ? 0.375 : spec.words.values.first { $0 != spec.defaultValue } ?? 0
            variants.append(changed)
        }
        for values in variants {
            let function = entry.make(values)
            let reference = function.functionReference
            #expect(reference.name == entry.name)
            let shown = Set(reference.arguments.map(\.name))
            let differing = entry.parameters.filter { $0.defaultValue != values[$0.name] }.map(\.name)
            #expect(shown == Set(differing))
            #expect(try Catalog.resolve(reference.description).get().functionReference == reference)
        }
    }

    @Test("A family member is the base with one more value")
    func setting() throws {
        let base = try Catalog.reference("leaky_relu").get()
        let member = try base.setting("negative_slope", to: "\u{2212}0.5").get()
        #expect(member.description == "leaky_relu(negative_slope=-0.5)")
        #expect(try Catalog.activation(for: member).get().value(at: -2) == 1)
        // Both values written by the author count as given, even a default one.
        let celu = try Catalog.reference("celu(alpha=1)").get()
        #expect(celu.setting("alpha", to: "2") == .failure(TextProblem(message: "parameter 'alpha' is given twice", offset: 0)))
    }

    /// Offsets count Characters in `PARAMETER=VALUE`: 0 is the parameter, past `=` the value.
    @Test(
        "A family member's problem lies in the parameter or in the value",
        arguments: [
            ("relu", "alpha", "1", "'relu' takes no parameters", 0),
            ("elu", "alpah", "1", "unknown parameter 'alpah' for 'elu'; did you mean 'alpha'?", 0),
            ("elu", "alpha", "x1", "malformed number 'x1' for parameter 'alpha'", 6),
            ("elu", "alpha", "inf", "parameter 'alpha' must be finite", 6),
            ("gelu", "approximate", "fast", "parameter 'approximate' is 'none' or 'tanh', not 'fast'", 12),
        ])
    func settingProblems(base: String, parameter: String, value: String, message: String, offset: Int) throws {
        let reference = try Catalog.reference(base).get()
        #expect(reference.setting(parameter, to: value) == .failure(TextProblem(message: message, offset: offset)))
    }

    @Test("A required value may come later; the activation needs it")
    func required() throws {
        let threshold = try Catalog.reference("threshold(threshold=0.1)").get()
        #expect(
            Catalog.activation(for: threshold).map(\.reference)
                == .failure(TextProblem(message: "'threshold' needs 'value=…'", offset: 0)))
        #expect(try Catalog.activation(for: threshold.setting("value", to: "20").get()).get().value(at: 0) == 20)
        // Through `resolve`, the offset is the name's, after leading spaces.
        #expect(
            Catalog.resolve("  threshold").map(\.reference)
                == .failure(TextProblem(message: "'threshold' needs 'threshold=…' and 'value=…'", offset: 2)))
        #expect(
            Catalog.activation(for: FunctionReference(name: "myfunction")).map(\.reference)
                == .failure(
                    TextProblem(
                        message: "unknown activation 'myfunction'; run 'atlas list' to see the catalogue", offset: 0,
                        isUnknownName: true)))
    }
}
