/// Text made into an XML id for the `<title>`, `<desc>` and clip path of a plot. (Text
/// written into the SVG is escaped by AtlasText's `MarkupText`, as on every page.)
enum XMLIdentifier {
    /// Reduces a string to a valid XML id: letters, digits, `-`, `_` and `.`, starting
    /// with a letter or `_`.
    ///
    /// Other characters become `_`; a prefix starting with a digit, `-` or `.` gets
    /// `p-` in front; an empty one becomes `plot`. Spaces must go because
    /// `aria-labelledby` is a space-separated list of ids.
    ///
    /// ```swift
    /// XMLIdentifier.make("plot 3")  // "plot_3"
    /// XMLIdentifier.make("3")       // "p-3"
    /// ```
    static func make(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let isASCIILetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isDigit = ("0"..."9").contains(scalar)
            if isASCIILetter || isDigit || scalar == "-" || scalar == "_" || scalar == "." {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_"
            }
        }
        guard let first = out.unicodeScalars.first else { return "plot" }
        let startsWell = ("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_"
        return startsWell ? out : "p-" + out
    }
}
