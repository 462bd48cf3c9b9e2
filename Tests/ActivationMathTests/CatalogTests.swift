import ActivationMath
import AtlasDiagnostics
import Testing

/// Protects name lookup, parameter parsing and the canonical reference strings.
@Suite("Catalog")
struct CatalogTests {
    @Test("Entries in teaching order, names and aliases unique")
    func entries() {
        // The five classics open the catalogue, in the order the course teaches them.
        #expect(Array(Catalog.entries.map(\.name).prefix(5)) == ["sigmoid", "tanh", "relu", "leaky_relu", "elu"])
        let all = Catalog.entries.flatMap { [$0.name] + $0.aliases }
        #expect(Set(all).count == all.count)
        #expect(Catalog.entries.allSatisfy { !$0.summary.isEmpty })
    }

    @Test("Lookup by name or alias is exact and case-sensitive")
    func lookup() {
        #expect(Catalog.entry(named: "logistic")?.name == "sigmoid")
        #expect(Catalog.entry(named: "leaky_relu")?.parameters.map(\.name) == ["negative_slope"])
        #expect(
            Catalog.entry(named: "elu")?.parameters == [
                ParameterSpec(name: "alpha", defaultValue: 1, summary: "Value −α that elu approaches as x → −∞")
            ])
        #expect(Catalog.entry(named: "Sigmoid") == nil)
        #expect(Catalog.entry(named: " relu") == nil)
    }

    @Test("make fills in defaults and ignores undeclared names")
    func make() throws {
        let elu = try #require(Catalog.entry(named: "elu"))
        #expect(elu.make([:]).reference == "elu")
        #expect(elu.make(["alpha": 2]).reference == "elu(alpha=2)")
        #expect(elu.make(["beta": 2]).reference == "elu")
        #expect(try #require(Catalog.entry(named: "logistic")).make([:]).reference == "sigmoid")
    }

    /// (input, canonical reference).
    static let resolutions: [(String, String)] = [
        ("sigmoid", "sigmoid"),
        ("logistic", "sigmoid"),
        ("tanh", "tanh"),
        ("relu", "relu"),
        ("relu()", "relu"),
        (" relu ( ) ", "relu"),
        ("leaky_relu", "leaky_relu"),
        ("leaky_relu(negative_slope=0.01)", "leaky_relu"),
        (" leaky_relu ( negative_slope = 0.2 ) ", "leaky_relu(negative_slope=0.2)"),
        ("leaky_relu(\tnegative_slope=2.0)", "leaky_relu(negative_slope=2)"),
        ("elu", "elu"),
        ("elu(alpha=1.0)", "elu"),
        ("elu(alpha=.5)", "elu(alpha=0.5)"),
        ("elu(alpha=0x1p-1)", "elu(alpha=0.5)"),
        ("elu(alpha=-0.5)", "elu(alpha=-0.5)"),
        ("elu(alpha=\u{2212}0.5)", "elu(alpha=-0.5)"),
        ("elu(alpha=+3)", "elu(alpha=3)"),
        ("elu(alpha=1e-3)", "elu(alpha=0.001)"),
        ("elu(alpha=1e-7)", "elu(alpha=1e-7)"),
        ("elu(alpha=1.5E+20)", "elu(alpha=1.5e20)"),
        ("elu(alpha=0.1)", "elu(alpha=0.1)"),
    ]

    @Test("Resolve gives the canonical reference", arguments: resolutions.indices)
    func resolve(index: Int) throws {
        let (input, canonical) = Self.resolutions[index]
        let f = try activation(input)
        #expect(f.reference == canonical, "'\(input)'")
        // The canonical reference resolves to the same function.
        #expect(try activation(canonical).reference == canonical)
    }

    @Test("Resolved parameters reach the function")
    func parameterValues() throws {
        #expect(try activation("elu(alpha=.5)").value(-Double.infinity) == -0.5)
        #expect(try activation("leaky_relu(negative_slope=0.2)").value(-1.0) == -0.2)
        #expect(try activation("leaky_relu(negative_slope=\u{2212}1e-3)").derivative(-1.0) == -0.001)
        #expect(try activation("logistic").value(0.0) == 0.5)
    }

    @Test("Did-you-mean suggestions stay close")
    func suggestions() {
        #expect(Catalog.suggestion(for: "sigmod") == "sigmoid")
        #expect(Catalog.suggestion(for: "sigmoidd") == "sigmoid")
        #expect(Catalog.suggestion(for: "RELU") == "relu")
        #expect(Catalog.suggestion(for: "tnah") == "tanh")
        #expect(Catalog.suggestion(for: "leaky-relu") == "leaky_relu")
        #expect(Catalog.suggestion(for: "foo") == nil)
        #expect(Catalog.suggestion(for: "") == nil)
        #expect(Catalog.suggestion(for: "x") == nil)
        #expect(Catalog.suggestion(for: "rel") == "relu")
        #expect(Spelling.suggestion(for: "alpah", among: ["alpha"]) == "alpha")
        #expect(Spelling.suggestion(for: "slope", among: ["negative_slope"]) == nil)
    }
}
