/// Escaping for HTML, used by LessonMarkdown for math it cannot typeset and by
/// SiteBuilder for every text it puts in a page.
public enum HTML {
    /// Escapes `& < > "` for element content and double-quoted attribute values.
    ///
    /// ```swift
    /// HTML.escape("a < b & \"c\"")  // "a &lt; b &amp; &quot;c&quot;"
    /// ```
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
