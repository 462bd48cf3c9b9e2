/// What is wrong with a piece of text a parser was given, and where in that text: the one
/// error shape of ActivationAtlas's small languages (activation references, expressions,
/// TeX) and of a link's destination.
///
/// A parser knows only its own text, not where the text sits in a lesson, so it reports
/// a Character offset; the caller, who knows where the text starts, turns the problem
/// into a ``Diagnostic`` with ``diagnostic(_:at:)`` (text on one line) or
/// ``diagnostic(_:locatedBy:)`` (text that spans lines, or is pieced together).
///
/// The message follows ``Diagnostic``'s house style: sentence case, the user's input in
/// 'single quotes', no trailing period, and how to fix the problem where it is known.
///
/// ```swift
/// let problem = TextProblem(message: "unknown activation 'sigmod'; did you mean 'sigmoid'?", offset: 0)
/// problem.diagnostic(.function, at: SourceLocation(line: 4, column: 11))
/// // 4:11: unknown activation 'sigmod'; did you mean 'sigmoid'?
/// ```
public struct TextProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, e.g. `parameter 'alpha' is given twice`.
    public var message: String
    /// The 0-based Character (extended grapheme cluster) offset into the text where the
    /// problem starts: the backslash of a bad TeX command, the first letter of an unknown
    /// name. 0 for a problem with the text as a whole (too long, say).
    public var offset: Int
    /// Whether the problem is a name that names nothing (an activation reference's
    /// `sigmod`), as opposed to how a known name is used. A caller that embeds the text
    /// in a larger language may then say so in its own words, with its own suggestions
    /// (an expression's "unknown function" also suggests its built-ins).
    public var isUnknownName: Bool

    public init(message: String, offset: Int, isUnknownName: Bool = false) {
        self.message = message
        self.offset = offset
        self.isUnknownName = isUnknownName
    }

    public var description: String { message }

    /// The same problem in a text that holds this one `distance` Characters from its start.
    public func shifted(by distance: Int) -> TextProblem {
        TextProblem(message: message, offset: offset + distance, isUnknownName: isUnknownName)
    }

    /// The problem as a diagnostic, for a text that starts at `start` and does not break
    /// across lines: reported `offset` columns to the right of `start`.
    public func diagnostic(_ kind: Diagnostic.Kind, at start: SourceLocation) -> Diagnostic {
        Diagnostic(kind, message, at: start.advanced(by: offset))
    }

    /// The problem as a diagnostic, for a text whose Characters are not all on one line
    /// of the source (a `{define}` body, TeX inside a block quote): `location` gives the
    /// place in the file of a Character offset into the text.
    public func diagnostic(_ kind: Diagnostic.Kind, locatedBy location: (Int) -> SourceLocation) -> Diagnostic {
        Diagnostic(kind, message, at: location(offset))
    }
}
