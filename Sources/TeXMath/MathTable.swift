/// The cells of an environment and how its columns are aligned.
struct MathTable: Equatable, Sendable {
    enum Columns: Equatable, Sendable {
        /// Centred: the matrix family.
        case centered
        /// Left-aligned: `cases`.
        case left
        /// Right, left, right, …: `aligned`, with no gap inside each pair.
        case rightLeftPairs
    }

    var rows: [[MathNode]]
    var columns: Columns
    /// `aligned` typesets its cells in display style, matrices and `cases` in text style.
    var displayStyle: Bool
}
