import AtlasDiagnostics
import AtlasText
import TeXMath

/// The math of one lesson: found in the text and converted to MathML; `LessonHTMLPass`
/// splices it back into cmark's HTML.
struct LessonMath: Sendable, Hashable {
    /// The lesson body with math replaced by placeholders, for cmark.
    var body: String
    /// MathML per placeholder, in order.
    var markup: [String] = []
    /// The TeX with its dollars, HTML-escaped, for a placeholder that lands inside a tag.
    var fallback: [String] = []
    var diagnostics: [Diagnostic] = []

    /// Finds and converts the math in `body`; a body without `$` is returned untouched,
    /// so Markdown without math renders exactly as cmark renders it.
    /// - Parameter source: `body` split into lines (``SourceText/init(_:)`` of this very
    ///   text), when the caller has it already.
    init(body: String, source: SourceText? = nil) {
        self.body = body
        guard body.utf8Contains(UInt8(ascii: "$")) else { return }
        let source = source ?? SourceText(body)
        let (spans, warnings) = MathSpanScanner(source: source).scan(CMarkDocument.inlineTextBlocks(markdown: body))
        diagnostics = warnings
        guard !spans.isEmpty else { return }
        var columns = LineColumns(source)
        for span in spans {
            let delimiter = span.display ? "$$" : "$"
            let written = MarkupText.escaped(delimiter + span.tex + delimiter)
            fallback.append(written)
            switch FormulaMemo.mathML(span.tex, display: span.display) {
            case .success(let mathML):
                markup.append(mathML)
            case .failure(let error):
                diagnostics.append(error.diagnostic(.math) { span.location(ofCharacter: $0, columns: &columns) })
                markup.append(written)
            }
        }
        self.body = MathSplicer.replacing(spans, in: source)
    }

    /// Whether ``body`` is no longer the text it was made from: each formula found puts
    /// its placeholder in, and its MathML (or, when it failed, its TeX) in ``markup``.
    var replacedMath: Bool { !markup.isEmpty }

    /// `body` as it is, its math left as text: for a lesson holding one of the
    /// placeholders' characters, which is refused (``MathSplicer/firstMarker(in:)``).
    init(unconverted body: String) {
        self.body = body
    }
}
