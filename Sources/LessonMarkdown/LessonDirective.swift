import AtlasDiagnostics

/// A directive as the parser found it: always its name, arguments and `:name:` label, and
/// the typed directive when its options could be read.
///
/// Keeping the label of a directive that fails means that one mistake gives one error:
/// a `{ref}` to a plot with a bad option is not also an unknown label.
public struct LessonDirective: Sendable, Hashable {
    /// The directive's place among the code blocks of its lesson, from 0: the key of its
    /// HTML in ``LessonFragments/directives``.
    public var id: Int
    /// `plot` in ```` ```{plot} ````, located at its first character.
    public var name: Located<String>
    /// The arguments as written: function references for `plot`, `table`, `formula` and
    /// `compare`, the new name for `define`.
    public var arguments: [Located<String>]
    /// The `:name:` of a `{plot}` or `{table}`, when it is a valid label.
    public var label: Located<String>?
    /// Whether a `:vary:` option is written, read or not: its family may supply a
    /// parameter that the arguments leave out.
    public var hasFamilyOption: Bool = false
    /// nil when the directive could not be read; its problems are among the parse's.
    public var directive: Directive?
    /// Where the opening fence starts.
    public var location: SourceLocation
    /// The block as the directive reader reads it: the opening fence's line, then the
    /// content. Everything the typed directive is read from, and nothing of where the
    /// block stands: the build cache keys a directive's output by it, so that a directive
    /// moved down by an edit above it is not drawn again.
    public var source: String
}
