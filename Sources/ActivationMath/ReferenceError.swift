/// Why an activation reference such as `"elu(alpah=1)"` could not be resolved.
///
/// `message` is in sentence case, quotes user input in 'single quotes', has no trailing
/// period and says how to fix the problem where it can:
///
/// ```swift
/// Catalog.resolve("sigmod")   // .failure(ReferenceError(message: "unknown activation 'sigmod'; did you mean 'sigmoid'?", offset: 0))
/// ```
public struct ReferenceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, e.g. `parameter 'alpha' is given twice`.
    public let message: String
    /// The 0-based Character offset into the reference string where the problem starts.
    public let offset: Int
    /// Whether the name itself is unknown, as opposed to a problem with its parameters:
    /// the expression language then says "unknown function", with its own suggestions.
    public let isUnknownName: Bool

    public init(message: String, offset: Int, isUnknownName: Bool = false) {
        self.message = message
        self.offset = offset
        self.isUnknownName = isUnknownName
    }

    public var description: String { message }
}
