/// Turns `DirectiveSyntax` into a typed `Directive`, collecting every problem.
enum DirectiveReader {
    /// - Parameter checkReference: reports a problem with a function reference, so that
    ///   a misspelt function and a bad option in one directive are both reported.
    static func read(
        _ syntax: DirectiveSyntax, checkReference: (String) -> ReferenceProblem?
    ) -> Result<Directive, DirectiveFailure> {
        var options = OptionReader(syntax: syntax)
        let directive: Directive?
        switch syntax.name.value {
        case "plot":
            directive = readPlot(syntax, &options, checkReference)
        case "table":
            directive = readTable(syntax, &options, checkReference)
        case "formula":
            directive = readFormula(syntax, &options, checkReference)
        case "compare":
            options.checkKnown(CompareDirective.optionNames)
            options.requireFunctions(checkingEach: checkReference)
            options.rejectBody()
            directive = .compare(CompareDirective(
                functions: syntax.arguments, caption: options.text("caption"), location: syntax.location,
                optionLocations: syntax.valueLocations))
        default:
            let name = syntax.name.value
            let hint = Spelling.suggestion(for: name, among: Directive.names).map { "; did you mean '\($0)'?" }
                ?? "; the directives are \(Directive.names.map { "'{\($0)}'" }.joined(separator: ", "))"
            return .failure(DirectiveFailure([Diagnostic("unknown directive '\(name)'\(hint)", at: syntax.name.location)]))
        }
        if let directive, options.diagnostics.isEmpty { return .success(directive) }
        return .failure(DirectiveFailure(options.diagnostics))
    }

    private static func readPlot(
        _ syntax: DirectiveSyntax, _ options: inout OptionReader, _ checkReference: (String) -> ReferenceProblem?
    ) -> Directive? {
        options.checkKnown(PlotDirective.optionNames)
        options.requireFunctions(checkingEach: checkReference)
        options.rejectBody()
        let x = options.range("x") ?? PlotDirective.defaultX
        let y = options.range("y")
        let derivative = options.flag("derivative")
        let caption = options.text("caption")
        return .plot(PlotDirective(
            functions: syntax.arguments, x: x, y: y, derivative: derivative,
            caption: caption, location: syntax.location, optionLocations: syntax.valueLocations))
    }

    private static func readTable(
        _ syntax: DirectiveSyntax, _ options: inout OptionReader, _ checkReference: (String) -> ReferenceProblem?
    ) -> Directive? {
        options.checkKnown(TableDirective.optionNames)
        options.requireFunctions(checkingEach: checkReference)
        options.rejectBody()
        let xs = options.xValues("x", maximumCount: TableDirective.maximumRows) ?? TableDirective.defaultXs
        let derivative = options.flag("derivative")
        let digits = options.integer("digits", in: 1...17) ?? TableDirective.defaultDigits
        let caption = options.text("caption")
        return .table(TableDirective(
            functions: syntax.arguments, xs: xs, derivative: derivative, digits: digits,
            caption: caption, location: syntax.location, optionLocations: syntax.valueLocations))
    }

    private static func readFormula(
        _ syntax: DirectiveSyntax, _ options: inout OptionReader, _ checkReference: (String) -> ReferenceProblem?
    ) -> Directive? {
        options.checkKnown(FormulaDirective.optionNames)
        options.requireFunctions(checkingEach: checkReference, maximum: 1)
        options.rejectBody()
        let derivative = options.flag("derivative", default: true)
        guard let function = syntax.arguments.first else { return nil }
        return .formula(FormulaDirective(
            function: function, derivative: derivative, location: syntax.location,
            optionLocations: syntax.valueLocations))
    }
}
