import AtlasTestSupport
import Foundation
import Testing

@testable import TeXMath

/// Pins the full MathML of the lesson formulas in Golden/*.mathml (RECORD_SNAPSHOTS=1 re-records).
@Suite struct MathMLConverterGoldenTests {
    static let formulas: [(name: String, tex: String)] = [
        ("sigmoid", #"\sigma(x) = \frac{1}{1 + e^{-x}}"#),
        (
            "sigmoid-derivative",
            #"\sigma'(x) = \frac{e^{-x}}{\left(1 + e^{-x}\right)^2} = \sigma(x)\left(1 - \sigma(x)\right)"#
        ),
        ("relu-cases", #"\operatorname{ReLU}(x) = \begin{cases} x & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}"#),
        (
            "elu",
            #"\operatorname{ELU}(x) = \begin{cases} x & \text{if } x > 0 \\ \alpha\left(e^{x} - 1\right) & \text{if } x \le 0 \end{cases}"#
        ),
        ("softplus", #"\operatorname{softplus}(x) = \ln\left(1 + e^{x}\right)"#),
        ("weights-pmatrix", #"\mathbf{W} = \begin{pmatrix} w_{11} & w_{12} \\ w_{21} & w_{22} \end{pmatrix}"#),
        (
            "tanh-aligned",
            #"\begin{aligned} \tanh'(x) &= 1 - \tanh^2(x) \\ &= \frac{4}{\left(e^{x} + e^{-x}\right)^2} \end{aligned}"#
        ),
        ("weighted-sum", #"z = \sum_{i=1}^{n} w_i x_i + b"#),
        ("layer-map", #"f : \mathbb{R}^n \to \mathbb{R}"#),
        ("partial-derivative", #"\frac{\partial L}{\partial w} = \frac{\partial L}{\partial y} \, \frac{\partial y}{\partial w}"#),
        ("sigmoid-limit", #"\lim_{x \to -\infty} \sigma(x) = 0"#),
    ]

    @Test(arguments: formulas.map(\.name))
    func golden(_ name: String) throws {
        let tex = try #require(Self.formulas.first { $0.name == name }).tex
        let mathML = try MathMLConverter.convert(tex, display: true).get()
        #expect(SVGDocument(mathML).isWellFormed)
        Snapshot.assertMatches(
            mathML + "\n", named: "\(name).mathml",
            in: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden"))
    }
}
