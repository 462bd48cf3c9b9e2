/// What a reference checker says about a function reference such as `elu(alpah=2)`:
/// the message, and the character offset within the reference where the problem starts.
public struct ReferenceProblem: Sendable, Equatable {
    public var message: String
    public var offset: Int

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }
}
