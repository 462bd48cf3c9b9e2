import AtlasDiagnostics
import AtlasText

/// Turns `DirectiveSyntax` into a typed `Directive`, collecting every problem.
enum DirectiveReader {
    /// The function references stay text: SiteBuilder resolves them against the catalogue
    /// and the lesson's definitions, and reports their problems beside these.
    static func read(_ syntax: DirectiveSyntax) -> Result<Directive, DirectiveFailure> {
        var options = OptionReader(syntax: syntax)
        let directive: Directive?
        switch syntax.name.value {
        case "plot":
            directive = readPlot(syntax, &options)
        case "table":
            directive = readTable(syntax, &options)
        case "formula":
            directive = readFormula(syntax, &options)
        case "define":
            directive = readDefine(syntax, &options)
        case "compare":
            options.checkKnown(CompareDirective.optionNames)
            options.requireFunctions()
            options.rejectBody()
            directive = .compare(
                CompareDirective(
                    functions: syntax.arguments, caption: options.caption(), location: syntax.location,
                    optionLocations: syntax.valueLocations))
        default:
            let name = syntax.name.value
            let hint =
                Spelling.suggestion(for: name, among: Directive.names).map { "; did you mean '\($0)'?" }
                ?? "; the directives are \(Directive.names.map { "'{\($0)}'" }.joined(separator: ", "))"
            return .failure(DirectiveFailure([Diagnostic(.directive, "unknown directive '\(name)'\(hint)", at: syntax.name.location)]))
        }
        if let directive, options.diagnostics.isEmpty { return .success(directive) }
        return .failure(DirectiveFailure(options.diagnostics))
    }

    /// The `:name:` of a `{plot}` or `{table}` when it is a valid label, whatever the rest
    /// of the directive holds (its problems are reported by ``read(_:)``).
    static func label(of syntax: DirectiveSyntax) -> Located<String>? {
        guard syntax.name.value == "plot" || syntax.name.value == "table" else { return nil }
        var options = OptionReader(syntax: syntax)
        return options.label("name")
    }

    private static func readPlot(_ syntax: DirectiveSyntax, _ options: inout OptionReader) -> Directive? {
        options.checkKnown(PlotDirective.optionNames)
        options.requireFunctions()
        options.rejectBody()
        let x = options.range("x") ?? PlotDirective.defaultX
        let y = options.range("y")
        let derivative = options.flag("derivative")
        let caption = options.caption()
        let samples = options.integer("samples", in: 2...PlotDirective.maximumSamples, limitName: "the most a plot samples")
        let alt = options.text("alt")
        let name = options.label("name")
        let vary = options.family("vary", maximumValues: PlotDirective.maximumFamilySize)
        let width = options.integer("width", in: PlotDirective.sizeRange, limitName: "px, the figure's view box")
        let height = options.integer("height", in: PlotDirective.sizeRange, limitName: "px, the figure's view box")
        if vary != nil, syntax.arguments.count > 1 {
            options.report(
                "':vary:' draws a family of one function; plot one function, or drop ':vary:'",
                at: syntax.arguments[1].location)
        }
        return .plot(
            PlotDirective(
                functions: syntax.arguments, x: x, y: y, derivative: derivative, caption: caption,
                samples: samples, alt: alt, name: name, vary: vary, width: width, height: height,
                location: syntax.location, optionLocations: syntax.valueLocations))
    }

    private static func readTable(_ syntax: DirectiveSyntax, _ options: inout OptionReader) -> Directive? {
        options.checkKnown(TableDirective.optionNames)
        options.requireFunctions()
        options.rejectBody()
        let xs = options.xValues("x", maximumCount: TableDirective.maximumRows) ?? TableDirective.defaultXs
        let derivative = options.flag("derivative")
        let digits = options.integer("digits", in: 1...17) ?? TableDirective.defaultDigits
        let caption = options.caption()
        let name = options.label("name")
        return .table(
            TableDirective(
                functions: syntax.arguments, xs: xs, derivative: derivative, digits: digits,
                caption: caption, name: name, location: syntax.location, optionLocations: syntax.valueLocations))
    }

    private static func readFormula(_ syntax: DirectiveSyntax, _ options: inout OptionReader) -> Directive? {
        options.checkKnown(FormulaDirective.optionNames)
        options.requireFunctions(maximum: 1)
        options.rejectBody()
        let derivative = options.flag("derivative", default: true)
        guard let function = syntax.arguments.first else { return nil }
        return .formula(
            FormulaDirective(
                function: function, derivative: derivative, location: syntax.location,
                optionLocations: syntax.valueLocations))
    }

    private static func readDefine(_ syntax: DirectiveSyntax, _ options: inout OptionReader) -> Directive? {
        options.checkKnown(DefineDirective.optionNames)
        let formula = options.text("formula")
        guard let name = syntax.arguments.first else {
            options.report("'{define}' needs a name, e.g. '{define} g'", at: syntax.name.location)
            return nil
        }
        if let extra = syntax.arguments.dropFirst().first {
            options.report("'{define}' takes one name; the expression goes in the body", at: extra.location)
        }
        let valid =
            name.value.first.map(CharacterClass.isLetter) == true
            && name.value.allSatisfy { CharacterClass.isASCIILetter($0) || CharacterClass.isASCIIDigit($0) || $0 == "_" }
        if !valid {
            options.report(
                "'\(name.value)' is not a name; use letters, digits and '_', starting with a letter", at: name.location)
        }
        if syntax.body.isEmpty {
            options.report("'{define} \(name.value)' needs an expression in its body, e.g. 'x * sigmoid(x)'", at: syntax.location)
        }
        return .define(
            DefineDirective(
                name: name, expression: syntax.body, formula: formula, location: syntax.location,
                optionLocations: syntax.valueLocations))
    }
}
