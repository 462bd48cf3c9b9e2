import AtlasDiagnostics
import LessonMarkdown

/// The compute phase: each resolved directive and role → its HTML fragment, a pure
/// function of its resolved inputs (DESIGN §1). Nothing is looked up here.
enum FragmentComputer {
    /// What the compute phase made of one lesson.
    struct Output {
        var fragments: LessonFragments
        /// The problems met drawing (a defined function whose generated TeX passes the
        /// converter's limits), sorted.
        var diagnostics: [Diagnostic]
        /// Every directive's HTML by its key (``ResolvedLesson/directiveKeys``), drawn now
        /// or reused: what the cache keeps for the lesson's next version.
        var directivesByKey: [ContentDigest: [UInt8]] = [:]
        /// How many directives were drawn rather than reused.
        var drawnCount = 0
    }

    /// The fragments of `lesson`. A directive whose key is in `previous` (the HTML of the
    /// lesson's directives in the build before) is not drawn again.
    static func fragments(
        of lesson: ResolvedLesson, reusing previous: [ContentDigest: [UInt8]] = [:], words: SiteStrings = .english
    ) -> Output {
        var output = Output(fragments: LessonFragments(links: lesson.links), diagnostics: [])
        for (id, directive) in lesson.directives {
            let key = lesson.directiveKeys[id]
            if let key, let html = previous[key] {
                output.fragments.directives[id] = html
                output.directivesByKey[key] = html
                continue
            }
            output.drawnCount += 1
            switch html(for: directive, words: words, samplingKey: lesson.samplingKeys[id]) {
            case .success(let html):
                output.fragments.directives[id] = html
                if let key { output.directivesByKey[key] = html }
            case .failure(let failure): output.diagnostics += failure.diagnostics
            }
        }
        for (id, role) in lesson.roles {
            switch role {
            case .eval(let evaluation): output.fragments.roles[id] = EvalRenderer.html(evaluation)
            case .html(let html): output.fragments.roles[id] = html
            }
        }
        output.diagnostics.sort()
        return output
    }

    /// One directive's HTML as UTF-8, labelled and annotated in `words`. A plot with a
    /// `samplingKey` shares its samples with every plot of the process under that key.
    static func html(for directive: ResolvedDirective, words: SiteStrings = .english, samplingKey: ContentDigest? = nil)
        -> Result<[UInt8], DirectiveFailure>
    {
        switch directive {
        case .plot(let plot, let members, let number):
            .success(PlotRenderer.html(plot, members: members, number: number, words: words, samplingKey: samplingKey))
        case .table(let table, let functions, let number):
            .success(TableRenderer.html(table, number: number, functions: functions, words: words))
        case .formula(let formula, let function):
            FormulaRenderer.html(for: function, derivative: formula.derivative, at: formula.location).map { Array($0.utf8) }
        case .compare(let compare, let functions):
            .success(Array(CompareRenderer.html(for: functions, caption: compare.caption, words: words).utf8))
        }
    }
}
