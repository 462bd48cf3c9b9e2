import AtlasText

/// CommonMark's grammar of autolinks and inline raw HTML (spec 0.30, §6.5 and §6.6, as
/// cmark 0.30.2 implements it), so the math scanner skips exactly what cmark will treat
/// as a tag, and no more: in `a <b and $x$ c>`, `$x$` is math, because `<b and $x$ c>`
/// is no valid tag.
///
/// Every search uses the precomputed lookups of `InlineText`, so a paragraph full of
/// unclosed `<?` or `<!--` is read in linear time.
enum InlineHTMLSyntax {
    private static let lessThan = UInt8(ascii: "<"), greaterThan = UInt8(ascii: ">")
    private static let slash = UInt8(ascii: "/"), equals = UInt8(ascii: "=")
    private static let doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")
    private static let colon = UInt8(ascii: ":"), at = UInt8(ascii: "@"), hyphen = UInt8(ascii: "-")
    private static let period = UInt8(ascii: "."), plus = UInt8(ascii: "+"), underscore = UInt8(ascii: "_")

    /// The index just past the autolink or raw HTML that starts at `start` (a `<`), or nil.
    static func end(in text: InlineText, from start: Int) -> Int? {
        guard text[start] == lessThan else { return nil }
        return uriAutolink(text, start) ?? emailAutolink(text, start) ?? openTag(text, start)
            ?? closingTag(text, start) ?? comment(text, start) ?? processingInstruction(text, start)
            ?? cdata(text, start) ?? declaration(text, start)
    }

    /// `<scheme:…>`: a scheme of 2–32 letters, digits, `+ . -` starting with a letter,
    /// then anything but spaces, `<` and `>`.
    private static func uriAutolink(_ text: InlineText, _ start: Int) -> Int? {
        var index = start + 1
        guard let first = text[index], CharacterClass.isASCIILetter(first) else { return nil }
        index += 1
        while let byte = text[index],
            CharacterClass.isASCIILetter(byte) || CharacterClass.isASCIIDigit(byte)
                || byte == plus || byte == period || byte == hyphen
        {
            index += 1
        }
        let schemeLength = index - start - 1
        guard (2...32).contains(schemeLength), text[index] == colon else { return nil }
        let close = text.next(greaterThan, from: index)
        guard close < text.count else { return nil }
        for position in (index + 1)..<close {
            if let byte = text[position], InlineText.isSpace(byte) || byte == lessThan { return nil }
        }
        return close + 1
    }

    /// `<local@domain>`.
    private static func emailAutolink(_ text: InlineText, _ start: Int) -> Int? {
        let localCharacters = Set(".!#$%&'*+/=?^_`{|}~-".utf8)
        var index = start + 1
        while let byte = text[index],
            CharacterClass.isASCIILetter(byte) || CharacterClass.isASCIIDigit(byte) || localCharacters.contains(byte)
        {
            index += 1
        }
        guard index > start + 1, text[index] == at else { return nil }
        index += 1
        let domainStart = index
        while let byte = text[index],
            CharacterClass.isASCIILetter(byte) || CharacterClass.isASCIIDigit(byte) || byte == hyphen || byte == period
        {
            index += 1
        }
        guard index > domainStart, text[index] == greaterThan else { return nil }
        return index + 1
    }

    private static func skipTagName(_ text: InlineText, _ index: inout Int) -> Bool {
        guard let first = text[index], CharacterClass.isASCIILetter(first) else { return false }
        while let byte = text[index], CharacterClass.isASCIILetter(byte) || CharacterClass.isASCIIDigit(byte) || byte == hyphen {
            index += 1
        }
        return true
    }

    private static func skipSpaces(_ text: InlineText, _ index: inout Int) -> Bool {
        let start = index
        while let byte = text[index], InlineText.isSpace(byte) { index += 1 }
        return index > start
    }

    /// `<name attribute="value" …>` or `<name … />`.
    private static func openTag(_ text: InlineText, _ start: Int) -> Int? {
        var index = start + 1
        guard skipTagName(text, &index) else { return nil }
        while true {
            let spaced = skipSpaces(text, &index)
            guard let byte = text[index] else { return nil }
            if byte == greaterThan { return index + 1 }
            if byte == slash { return text[index + 1] == greaterThan ? index + 2 : nil }
            // An attribute needs whitespace before it; its name starts with a letter, `_` or `:`.
            guard spaced, CharacterClass.isASCIILetter(byte) || byte == underscore || byte == colon else { return nil }
            while let next = text[index],
                CharacterClass.isASCIILetter(next) || CharacterClass.isASCIIDigit(next)
                    || next == underscore || next == period || next == colon || next == hyphen
            {
                index += 1
            }
            var afterName = index
            _ = skipSpaces(text, &afterName)
            guard text[afterName] == equals else { continue }
            index = afterName + 1
            _ = skipSpaces(text, &index)
            guard let valueStart = text[index] else { return nil }
            if valueStart == doubleQuote || valueStart == singleQuote {
                let close = text.next(valueStart, from: index + 1)
                guard close < text.count else { return nil }
                index = close + 1
            } else {
                let forbidden = Set(" \t\n\r\"'=<>`".utf8)
                let unquotedStart = index
                while let next = text[index], !forbidden.contains(next) { index += 1 }
                guard index > unquotedStart else { return nil }
            }
        }
    }

    /// `</name>`.
    private static func closingTag(_ text: InlineText, _ start: Int) -> Int? {
        guard text[start + 1] == slash else { return nil }
        var index = start + 2
        guard skipTagName(text, &index) else { return nil }
        _ = skipSpaces(text, &index)
        return text[index] == greaterThan ? index + 1 : nil
    }

    /// `<!-- … -->`: the text may not start with `>` or `->` and may not contain `--`.
    private static func comment(_ text: InlineText, _ start: Int) -> Int? {
        guard text.has("<!--", at: start) else { return nil }
        let body = start + 4
        if text.has(">", at: body) || text.has("->", at: body) { return nil }
        let dashes = text.next("--", from: body)
        return text.has("-->", at: dashes) ? dashes + 3 : nil
    }

    /// `<? … ?>`.
    private static func processingInstruction(_ text: InlineText, _ start: Int) -> Int? {
        guard text.has("<?", at: start) else { return nil }
        let close = text.next("?>", from: start + 2)
        return close < text.count ? close + 2 : nil
    }

    /// `<![CDATA[ … ]]>`.
    private static func cdata(_ text: InlineText, _ start: Int) -> Int? {
        guard text.has("<![CDATA[", at: start) else { return nil }
        let close = text.next("]]>", from: start + 9)
        return close < text.count ? close + 3 : nil
    }

    /// `<!NAME … >`: cmark 0.30.2 wants an upper-case letter after `<!`
    /// (CommonMark 0.31 later allowed any letter).
    private static func declaration(_ text: InlineText, _ start: Int) -> Int? {
        guard text[start + 1] == UInt8(ascii: "!"), let letter = text[start + 2], InlineText.isUppercase(letter) else {
            return nil
        }
        let close = text.next(greaterThan, from: start + 2)
        return close < text.count ? close + 1 : nil
    }
}
