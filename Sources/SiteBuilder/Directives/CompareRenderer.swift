import ActivationMath
import AtlasDiagnostics
import AtlasText
import LessonMarkdown

/// `{compare} F…` → a table of properties, a column per function.
enum CompareRenderer {
    /// Rows are the properties a lesson compares, named and valued in the site's words;
    /// numbers to 4 significant digits.
    static func html(for functions: [any Activation], caption: String?, words: SiteStrings = .english) -> String {
        let rows: [(String, (any Activation) -> String)] = [
            (words[.compareRange], { $0.metadata.range.formatted { NumberText.significant($0, digits: 4) } }),
            ("f(0)", { NumberText.significant($0.value(0.0), digits: 4) }),
            ("f′(0)", { derivativeAtZero($0, words: words) }),
            (words[.compareMonotonic], { words[monotonicity($0.metadata.monotonicity)] }),
            (words[.compareZeroCentred], { words[$0.metadata.isZeroCentred ? .yes : .no] }),
            (words[.compareSmoothness], { smoothness($0.metadata.smoothness, words: words) }),
            (words[.compareSaturates], { words[saturation($0.metadata.saturation)] }),
            (words[.compareKinks], { positions($0.metadata.kinks, words: words) }),
            (words[.compareJumps], { positions($0.metadata.jumps, words: words) }),
        ]
        var html = "<figure class=\"table-wrap\">\n<table class=\"compare\">\n"
        if let caption { html += "<caption>\(MarkupText.escaped(caption))</caption>\n" }
        html += "<thead>\n<tr><th scope=\"col\">\(MarkupText.escaped(words[.compareProperty]))</th>"
        for function in functions { html += "<th scope=\"col\">\(MarkupText.escaped(function.reference))</th>" }
        html += "</tr>\n</thead>\n<tbody>\n"
        for (name, cell) in rows {
            html += "<tr><th scope=\"row\">\(MarkupText.escaped(name))</th>"
            for function in functions { html += "<td>\(MarkupText.escaped(cell(function)))</td>" }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</figure>"
    }

    /// f′(0), marked as PyTorch's choice where 0 is a kink, and "undefined" at a jump.
    private static func derivativeAtZero(_ function: any Activation, words: SiteStrings) -> String {
        let value = function.derivative(0.0)
        if value.isNaN { return words[.undefined] }
        let text = NumberText.significant(value, digits: 4)
        return function.metadata.kinks.contains(0) ? words.fill(.compareAtKink, ["value": text]) : text
    }

    /// "at x = 0" and "at x = 0, 6", never a bare "0", which reads as a count ("no kinks").
    private static func positions(_ xs: [Double], words: SiteStrings) -> String {
        xs.isEmpty ? words[.none] : words.fill(.compareAt, ["list": xs.map(NumberText.argument).joined(separator: ", ")])
    }

    private static func monotonicity(_ value: Monotonicity) -> SiteStrings.Key {
        switch value {
        case .increasing: .increasing
        case .nonDecreasing: .nonDecreasing
        case .notMonotonic: .notMonotonic
        }
    }

    /// Cᵏ is written as it is in every language.
    private static func smoothness(_ value: Smoothness, words: SiteStrings) -> String {
        switch value {
        case .discontinuous: words[.discontinuous]
        case .continuous: words[.continuous]
        case .differentiable: value.description
        case .smooth: words[.smooth]
        }
    }

    private static func saturation(_ value: Saturation) -> SiteStrings.Key {
        switch (value.negative, value.positive) {
        case (true, true): .saturatesBoth
        case (true, false): .saturatesNegative
        case (false, true): .saturatesPositive
        case (false, false): .saturatesNeither
        }
    }
}
