/// An `<mo>` with the few attributes this converter sets, written in a fixed order.
struct MathOperator: Equatable, Sendable {
    /// How TeX classes the operator; decides unary minus and function spacing.
    enum Role: Equatable, Sendable {
        case ordinary, binary, relation, open, close, punctuation, prefix, postfix, large
    }

    var text: String
    var role: Role
    var form: String? = nil
    var stretchy: Bool? = nil
    var fence = false
    /// `minsize` and `maxsize` both, for `\big(` and friends.
    var size: String? = nil
    var movableLimits: Bool? = nil
    /// `lspace="0" rspace="0"`: for characters TeX treats as Ord (`|`, `/`, primes) but
    /// Core's dictionary spaces as infix operators.
    var flat = false

    init(_ text: String, _ role: Role) {
        self.text = text
        self.role = role
    }

    /// True when a following `+` or `-` is unary in TeX (Bin after these becomes Ord).
    var makesNextBinaryUnary: Bool {
        switch role {
        case .binary, .relation, .open, .punctuation, .prefix, .large: true
        case .ordinary, .close, .postfix: false
        }
    }
}
