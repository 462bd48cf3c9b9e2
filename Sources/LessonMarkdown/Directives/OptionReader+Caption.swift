import AtlasDiagnostics

extension OptionReader {
    /// `:caption:` as text, refused when it holds math or a role (issue 13).
    ///
    /// A caption is written into the figure as plain text (and, for a plot, into its
    /// `<title>`, which SVG keeps plain), so `$\sigma(x)$` or ``{ref}`fig-relu` `` would
    /// show with its dollars and backticks. Rather than print them literally, the build
    /// stops at the first such piece, found as the lesson's text finds it (pandoc's
    /// dollar rules: `$5 and $10` is money, not math).
    mutating func caption(_ key: String = "caption") -> String? {
        guard let caption = text(key), let option = syntax.options.first(where: { $0.key.value == key }) else { return nil }
        let start = option.value.location
        if caption.utf8.contains(UInt8(ascii: "$")) {
            let source = SourceText(caption)
            let spans = MathSpanScanner(source: source).spans(
                in: [InlineTextBlock(startLine: 1, endLine: 1, startByteColumn: 1)])
            if let span = spans.first {
                let written = span.display ? "$$\(span.tex)$$" : "$\(span.tex)$"
                report(
                    "':\(key):' is plain text, so '\(written)' would show with its dollars; write it in words or "
                        + "Unicode (σ(x), x²), or put the formula in the text beside the figure",
                    at: start.advanced(by: span.location.column - 1))
                return nil
            }
        }
        if let role = Self.firstRole(in: caption) {
            report(
                "':\(key):' is plain text, so the role '{\(role.name)}' would show as written; "
                    + "refer to it in the text beside the figure",
                at: start.advanced(by: role.offset))
            return nil
        }
        return caption
    }

    /// The first `{name}` followed by a backtick, as a role is written: its name and
    /// Character offset.
    static func firstRole(in text: String) -> (name: String, offset: Int)? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            if characters[index] == "{",
                let close = characters[(index + 1)...].firstIndex(of: "}"), close > index + 1,
                characters[(index + 1)..<close].allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }),
                close + 1 < characters.count, characters[close + 1] == "`"
            {
                return (String(characters[(index + 1)..<close]), index)
            }
            index += 1
        }
        return nil
    }
}
