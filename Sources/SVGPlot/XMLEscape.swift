/// Escaping of text for XML character data and double-quoted attribute values.
enum XMLEscape {
    /// Escapes `& < > "` and drops characters that XML 1.0 forbids.
    ///
    /// `'` stays as it is: every attribute is written in double quotes, and a derivative's
    /// id reads `data-series="relu'"`, as authors and scripts expect to find it.
    ///
    /// XML 1.0 allows no control characters except tab, line feed and carriage return,
    /// and not U+FFFE or U+FFFF; even escaped as references they make the document
    /// ill-formed, so they are removed rather than escaped.
    ///
    /// ```swift
    /// XMLEscape.escape("a < b & \"c\"")  // "a &lt; b &amp; &quot;c&quot;"
    /// ```
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Reduces a string to a valid XML id: letters, digits, `-`, `_` and `.`, starting
    /// with a letter or `_`.
    ///
    /// Other characters become `_`; a prefix starting with a digit, `-` or `.` gets
    /// `p-` in front; an empty one becomes `plot`. Spaces must go because
    /// `aria-labelledby` is a space-separated list of ids.
    static func identifier(_ text: String) -> String {
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
