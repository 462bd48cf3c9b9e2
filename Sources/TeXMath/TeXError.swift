/// A problem in a TeX formula, found while converting it to MathML.
///
/// The message follows the house style of compiler diagnostics: lower case after the
/// `error:` prefix, the user's input in 'single quotes', no trailing period, and a hint
/// where one is known, e.g.
/// `unknown command '\frca'; did you mean '\frac'?`.
///
/// `offset` counts Characters (extended grapheme clusters) from the start of the TeX
/// text, 0-based, and points at the offending source: the backslash of a bad command,
/// the unmatched brace, the second `^` of a double superscript. A caller that knows
/// where the formula starts in its text (a lesson, for LessonMarkdown) adds it to the
/// formula's location.
public struct TeXError: Error, Sendable, Equatable {
    public var message: String
    public var offset: Int

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }
}
