/// Why an expression such as `"2x + sigmod(x)"` could not be parsed.
///
/// `message` is lower case, quotes user input in 'single quotes', has no trailing period
/// and says how to fix the problem where it can; `offset` is the 0-based Character offset
/// of the offending token in the expression text:
///
/// ```swift
/// Expression.parse("2x")   // .failure(ExpressionError(message: "missing operator between '2' and 'x'; write '2*x'", offset: 1))
/// ```
public struct ExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, e.g. `unknown name 'y'; the variable is 'x'`.
    public let message: String
    /// The 0-based Character offset into the expression where the problem starts.
    public let offset: Int

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { message }
}
