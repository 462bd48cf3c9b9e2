// TEMPORARY stand-in until the converter lands; deleted then.
public enum MathMLConverter {
    public static func convert(_ tex: String, display: Bool) -> Result<String, TeXError> {
        if let bad = tex.range(of: "\\bad") {
            return .failure(TeXError(message: "unknown command '\\bad'", offset: tex.distance(from: tex.startIndex, to: bad.lowerBound)))
        }
        return .success("<math\(display ? " display=\"block\"" : "")>\(escapeHTML(tex))</math>")
    }
}
public struct TeXError: Error, Sendable, Equatable {
    public var message: String
    public var offset: Int
}
