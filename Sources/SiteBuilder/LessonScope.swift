import ActivationMath
import AtlasDiagnostics
import LessonMarkdown

/// The functions a lesson defines with `{define}`, visible to the directives and roles
/// after the definition, for the rest of that lesson only.
///
/// A class because the resolve phase of one lesson fills it as it goes through the
/// directives, in order, and its roles then read it; it never leaves that lesson's task,
/// so it needs no locking.
final class LessonScope {
    private var defined: [String: DefinedFunction] = [:]
    /// The catalogue's answer for each reference text met so far: a reference that
    /// several directives and roles of the lesson name is parsed once.
    private var written: [String: Result<FunctionReference, TextProblem>] = [:]

    /// A reference resolved against the lesson's definitions first, then the catalogue;
    /// every required parameter must be given.
    func resolve(_ reference: String) -> Result<any Activation, TextProblem> {
        if let function = defined[reference.trimmingWhitespace()] { return .success(function) }
        return self.reference(reference).flatMap { parsed in
            // A missing parameter is reported at the name, after any leading spaces.
            Catalog.activation(for: parsed, writtenAs: reference)
        }
    }

    /// Whether `reference` names a defined function or reads as a catalogue reference.
    /// A required parameter may still be missing: a `:vary:` family may supply it.
    func check(_ reference: String) -> Result<Void, TextProblem> {
        isDefined(reference) ? .success(()) : self.reference(reference).map { _ in () }
    }

    /// Whether `reference` names a function the lesson defined before this point.
    func isDefined(_ reference: String) -> Bool {
        defined[reference.trimmingWhitespace()] != nil
    }

    /// A catalogue reference as written (``Catalog/reference(_:)``), parsed once.
    func reference(_ text: String) -> Result<FunctionReference, TextProblem> {
        if let known = written[text] { return known }
        let result = Catalog.reference(text)
        written[text] = result
        return result
    }

    /// Registers `{define} NAME`; it renders nothing on the page.
    func define(_ definition: DefineDirective) -> Result<String, DirectiveFailure> {
        let name = definition.name.value
        if Catalog.entry(named: name) != nil {
            return failure("'\(name)' is a catalogue function; give the definition another name", at: definition.name.location)
        }
        if defined[name] != nil {
            return failure("'\(name)' is already defined in this lesson", at: definition.name.location)
        }
        let parsed = Expression.parse(definition.expressionText) { reference in
            // A definition sees the catalogue and the lesson's earlier definitions, so a
            // function defined in terms of itself is the only cycle possible.
            if reference == name {
                return .failure(TextProblem(message: "'\(name)' is defined in terms of itself", offset: 0))
            }
            return self.resolve(reference)
        }
        let expression: Expression
        switch parsed {
        case .success(let parsed): expression = parsed
        case .failure(let error):
            return .failure(DirectiveFailure([error.diagnostic(.function, locatedBy: definition.location(ofCharacter:))]))
        }
        // `:formula:` is the author's TeX: checked here, where it is written, so that a
        // typo is reported on its line and not by every `{formula}` that shows it. The
        // function is defined either way (with TeX made from its expression), so that
        // its later uses raise no errors of their own.
        if let formula = definition.formula, case .failure(let error) = FormulaMemo.mathML(formula, display: true) {
            defined[name] = DefinedFunction(name: name, expression: expression, formulaTeX: nil)
            let start = definition.optionLocations["formula"] ?? definition.location
            return .failure(DirectiveFailure([error.diagnostic(.math, at: start)]))
        }
        defined[name] = DefinedFunction(name: name, expression: expression, formulaTeX: definition.formula)
        return .success("")
    }

    private func failure(_ message: String, at location: SourceLocation) -> Result<String, DirectiveFailure> {
        .failure(DirectiveFailure([Diagnostic(.function, message, at: location)]))
    }
}
