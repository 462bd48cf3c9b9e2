import ActivationMath

/// A role with everything it needs: an `{eval}`'s parsed expression and digits, or the finished
/// link of a `{ref}` or `{lesson}`, which needs no computing.
enum ResolvedRole {
    case eval(EvalRenderer.Evaluation)
    case html(String)
}
