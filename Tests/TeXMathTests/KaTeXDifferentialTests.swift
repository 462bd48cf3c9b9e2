import AtlasTestSupport
import Foundation
import Testing

@testable import TeXMath

/// Protects "every lesson formula looks as KaTeX draws it, except the listed differences":
/// our MathML and KaTeX's are compared by `MathMLSignature` (what a reader sees).
@Suite struct KaTeXDifferentialTests {
    @Test(.requires(.katex)) func differencesFromKaTeXAreExactlyTheListedOnes() throws {
        let formulas = try KaTeXCorpus.formulas()
        #expect(formulas.count >= 60, "corpus.tex should keep at least 60 formulas")
        let names = formulas.map(\.description)
        #expect(Set(names).count == names.count, "corpus.tex lists a formula twice")

        let known = try KaTeXCorpus.knownDifferences()
        let katex = try KaTeXReference.render(formulas.map { .init(tex: $0.tex, display: $0.display) })
        var differing: [String: (formula: KaTeXCorpus.Formula, ours: String, katex: String)] = [:]
        for (formula, response) in zip(formulas, katex) {
            guard let katexMathML = response.mathml else {
                Issue.record(
                    "corpus.tex:\(formula.line): KaTeX rejects '\(formula.tex)': \(response.error ?? "no output"); fix the formula")
                continue
            }
            let expected = MathMLSignature(katexMathML).text
            let actual =
                switch MathMLConverter.convert(formula.tex, display: formula.display) {
                case .success(let mathML): MathMLSignature(mathML).text
                case .failure(let error): "error at \(error.offset): \(error.message)"
                }
            if actual != expected { differing[formula.description] = (formula, actual, expected) }
        }

        for (name, difference) in differing.sorted(by: { $0.value.formula.line < $1.value.formula.line })
        where known[name] == nil {
            Issue.record(
                """
                corpus.tex:\(difference.formula.line): new difference from KaTeX
                  ours:  \(difference.ours)
                  KaTeX: \(difference.katex)
                Fix the converter, or add this line with a reason to corpus-differences.txt:
                \(name) ## <reason>
                """)
        }
        for name in known.keys.sorted() where differing[name] == nil {
            if names.contains(name) {
                Issue.record("'\(name)' now matches KaTeX; remove it from corpus-differences.txt")
            } else {
                Issue.record(
                    "corpus-differences.txt lists '\(name)', which is not a line of corpus.tex; copy the line exactly or remove it")
            }
        }
    }
}
