/// One way for every error to begin: `error: …`, as atlas's own errors and compilers write it.
///
/// swift-argument-parser prints its errors (an unknown option, a `ValidationError` from
/// `validate()`) as `Error: …`; ``Atlas/runAndExit(_:)`` passes them through
/// ``lowercased(_:)`` so that a script or an editor matching `error:` sees them all.
enum ErrorPrefix {
    /// `text` with a leading `Error: ` written `error: `; any other text as it is.
    ///
    /// ```swift
    /// ErrorPrefix.lowercased("Error: Missing expected argument '<expr>'")
    /// // "error: Missing expected argument '<expr>'"
    /// ```
    static func lowercased(_ text: String) -> String {
        text.hasPrefix("Error: ") ? "error: " + text.dropFirst("Error: ".count) : text
    }
}
