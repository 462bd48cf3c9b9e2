import AtlasDiagnostics

/// TeX math → MathML Core.
///
/// Converts the TeX subset of ActivationAtlas lessons (Greek letters, fractions, roots,
/// scripts, `\left…\right`, fonts, accents, spacing, `cases`/`aligned`/matrices) into
/// MathML that Chromium renders without JavaScript.
///
/// ```swift
/// switch MathMLConverter.convert(#"\sigma(x) = \frac{1}{1 + e^{-x}}"#, display: true) {
/// case .success(let mathML): html += mathML
/// case .failure(let error): diagnostics.append(error.diagnostic(.math, at: formulaStart))
/// }
/// ```
///
/// Edge cases: an empty formula gives an empty `<mrow>`; white space is ignored except
/// inside `\text`; `%` starts a comment. Input longer than `maximumLength` characters
/// or nesting deeper than `maximumNesting` levels is rejected before it can exhaust
/// time or stack.
///
/// The pipeline is `MathLexer` (tokens with offsets) → `MathParser` (tree, first error)
/// → `MathMLWriter` (text).
public enum MathMLConverter {
    /// The formula's MathML, or the first problem found.
    ///
    /// - Returns: `<math>…</math>` (with `display="block"` when `display`), containing
    ///   `<semantics><mrow>…</mrow><annotation encoding="application/x-tex">…</annotation></semantics>`,
    ///   or the first error with its Character offset in `tex`.
    public static func convert(_ tex: String, display: Bool) -> Result<String, TextProblem> {
        let characters = Array(tex)
        guard characters.count <= maximumLength else {
            return .failure(
                TextProblem(
                    message: "formula is \(characters.count) characters; the limit is \(maximumLength)",
                    offset: maximumLength))
        }
        var parser = MathParser(tokens: MathLexer.tokens(of: characters), display: display)
        do {
            let node = try parser.parseFormula()
            return .success(MathMLWriter.document(node, tex: tex, display: display))
        } catch {
            return .failure(error)
        }
    }

    /// The longest formula accepted, in Characters of TeX.
    public static let maximumLength = 10_000

    /// The deepest nesting of groups, environments, scripts and arguments accepted.
    public static let maximumNesting = 128
}
