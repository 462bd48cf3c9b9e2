import ActivationMath
import LessonMarkdown
import TeXMath

/// The functions a lesson defines with `{define}`, visible to the directives and roles
/// after the definition, for the rest of that lesson only.
///
/// A class because the directive and role callbacks of one lesson's render share it;
/// it never leaves that render (one task), so it needs no locking.
final class LessonScope {
    private var defined: [String: DefinedFunction] = [:]

    /// A reference resolved against the lesson's definitions first, then the catalogue.
    func resolve(_ reference: String) -> Result<any Activation, ReferenceError> {
        let name = String(reference.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if let function = defined[name] { return .success(function) }
        return Catalog.resolve(reference)
    }

    /// What LessonMarkdown reports for a function reference in a directive.
    func check(_ reference: String) -> ReferenceProblem? {
        guard case .failure(let error) = resolve(reference) else { return nil }
        return ReferenceProblem(message: error.message, offset: error.offset)
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
                return .failure(ReferenceError(message: "'\(name)' is defined in terms of itself", offset: 0))
            }
            return self.resolve(reference)
        }
        let expression: Expression
        switch parsed {
        case .success(let parsed): expression = parsed
        case .failure(let error): return failure(error.message, at: definition.location(ofCharacter: error.offset))
        }
        // `:formula:` is the author's TeX: checked here, where it is written, so that a
        // typo is reported on its line and not by every `{formula}` that shows it. The
        // function is defined either way (with TeX made from its expression), so that
        // its later uses raise no errors of their own.
        if let formula = definition.formula, case .failure(let error) = MathMLConverter.convert(formula, display: true) {
            defined[name] = DefinedFunction(name: name, expression: expression, formulaTeX: nil)
            let start = definition.optionLocations["formula"] ?? definition.location
            return failure(error.message, at: start.advanced(by: error.offset))
        }
        defined[name] = DefinedFunction(name: name, expression: expression, formulaTeX: definition.formula)
        return .success("")
    }

    private func failure(_ message: String, at location: SourceLocation) -> Result<String, DirectiveFailure> {
        .failure(DirectiveFailure([Diagnostic(message, at: location)]))
    }
}
