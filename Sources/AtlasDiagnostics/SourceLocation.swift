/// A position in a lesson's source file, as a compiler reports it.
///
/// Both numbers are 1-based. `column` counts characters (extended grapheme clusters)
/// from the start of the line, so it matches what an editor shows; a tab counts as one.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The location `offset` characters further along the same line.
    public func advanced(by offset: Int) -> SourceLocation {
        SourceLocation(line: line, column: column + offset)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `LINE:COLUMN`, the middle of `path:line:column: error: …`.
    public var description: String { "\(line):\(column)" }
}
