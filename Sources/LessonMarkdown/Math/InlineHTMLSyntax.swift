/// CommonMark's grammar of autolinks and inline raw HTML (spec 0.30, §6.5 and §6.6), so
/// that the math scanner skips exactly what cmark will treat as a tag, and no more:
/// in `a <b and $x$ c>`, `$x$` is math, because `<b and $x$ c>` is no valid tag.
enum InlineHTMLSyntax {
    /// The index just past the autolink or raw HTML that starts at `start` (a `<`), or nil.
    static func end(of bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.indices.contains(start), bytes[start] == UInt8(ascii: "<") else { return nil }
        return autolink(bytes, start) ?? openTag(bytes, start) ?? closingTag(bytes, start)
            ?? comment(bytes, start) ?? enclosed(bytes, start, open: "<?", close: "?>")
            ?? enclosed(bytes, start, open: "<![CDATA[", close: "]]>") ?? declaration(bytes, start)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }

    private static func autolink(_ b: [UInt8], _ start: Int) -> Int? {
        var i = start + 1
        // URI autolink: scheme of 2–32 characters, ':', then no space, '<' or '>'.
        if i < b.count, isLetter(b[i]) {
            var j = i + 1
            while j < b.count, isLetter(b[j]) || isDigit(b[j]) || b[j] == 43 || b[j] == 46 || b[j] == 45 { j += 1 }
            if j - i >= 2, j - i <= 32, j < b.count, b[j] == UInt8(ascii: ":") {
                var k = j + 1
                while k < b.count, !isSpace(b[k]), b[k] != UInt8(ascii: "<"), b[k] != UInt8(ascii: ">") { k += 1 }
                if k < b.count, b[k] == UInt8(ascii: ">") { return k + 1 }
            }
        }
        // Email autolink: local part, '@', labels of letters, digits and '-'.
        let local = Set(".!#$%&'*+/=?^_`{|}~-".utf8)
        while i < b.count, isLetter(b[i]) || isDigit(b[i]) || local.contains(b[i]) { i += 1 }
        guard i > start + 1, i < b.count, b[i] == UInt8(ascii: "@") else { return nil }
        i += 1
        let domainStart = i
        while i < b.count, isLetter(b[i]) || isDigit(b[i]) || b[i] == 45 || b[i] == 46 { i += 1 }
        guard i > domainStart, i < b.count, b[i] == UInt8(ascii: ">") else { return nil }
        return i + 1
    }

    private static func tagName(_ b: [UInt8], _ i: inout Int) -> Bool {
        guard i < b.count, isLetter(b[i]) else { return false }
        while i < b.count, isLetter(b[i]) || isDigit(b[i]) || b[i] == 45 { i += 1 }
        return true
    }

    private static func skipSpaces(_ b: [UInt8], _ i: inout Int) -> Bool {
        let start = i
        while i < b.count, isSpace(b[i]) { i += 1 }
        return i > start
    }

    private static func openTag(_ b: [UInt8], _ start: Int) -> Int? {
        var i = start + 1
        guard tagName(b, &i) else { return nil }
        while true {
            let spaced = skipSpaces(b, &i)
            guard i < b.count else { return nil }
            if b[i] == UInt8(ascii: ">") { return i + 1 }
            if b[i] == UInt8(ascii: "/") { return i + 1 < b.count && b[i + 1] == UInt8(ascii: ">") ? i + 2 : nil }
            // An attribute needs whitespace before it.
            guard spaced, isLetter(b[i]) || b[i] == 95 || b[i] == 58 else { return nil }
            while i < b.count, isLetter(b[i]) || isDigit(b[i]) || b[i] == 95 || b[i] == 46 || b[i] == 58 || b[i] == 45 {
                i += 1
            }
            var afterName = i
            _ = skipSpaces(b, &afterName)
            guard afterName < b.count, b[afterName] == UInt8(ascii: "=") else { continue }
            i = afterName + 1
            _ = skipSpaces(b, &i)
            guard i < b.count else { return nil }
            if b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") {
                let quote = b[i]
                i += 1
                while i < b.count, b[i] != quote { i += 1 }
                guard i < b.count else { return nil }
                i += 1
            } else {
                let forbidden = Set(" \t\n\r\"'=<>`".utf8)
                let valueStart = i
                while i < b.count, !forbidden.contains(b[i]) { i += 1 }
                guard i > valueStart else { return nil }
            }
        }
    }

    private static func closingTag(_ b: [UInt8], _ start: Int) -> Int? {
        guard start + 1 < b.count, b[start + 1] == UInt8(ascii: "/") else { return nil }
        var i = start + 2
        guard tagName(b, &i) else { return nil }
        _ = skipSpaces(b, &i)
        return i < b.count && b[i] == UInt8(ascii: ">") ? i + 1 : nil
    }

    private static func comment(_ b: [UInt8], _ start: Int) -> Int? {
        guard hasPrefix(b, start, "<!--") else { return nil }
        var i = start + 4
        // CommonMark 0.30: the text may not start with '>' or '->', may not contain '--',
        // and may not end with '-'; it runs to the first '-->'.
        if hasPrefix(b, i, ">") || hasPrefix(b, i, "->") { return nil }
        while i < b.count {
            if hasPrefix(b, i, "-->") { return i + 3 }
            if hasPrefix(b, i, "--") { return nil }
            i += 1
        }
        return nil
    }

    private static func enclosed(_ b: [UInt8], _ start: Int, open: String, close: String) -> Int? {
        guard hasPrefix(b, start, open) else { return nil }
        var i = start + open.utf8.count
        while i < b.count {
            if hasPrefix(b, i, close) { return i + close.utf8.count }
            i += 1
        }
        return nil
    }

    private static func declaration(_ b: [UInt8], _ start: Int) -> Int? {
        guard start + 2 < b.count, b[start + 1] == UInt8(ascii: "!"), isLetter(b[start + 2]) else { return nil }
        var i = start + 2
        while i < b.count, b[i] != UInt8(ascii: ">") { i += 1 }
        return i < b.count ? i + 1 : nil
    }

    private static func hasPrefix(_ b: [UInt8], _ start: Int, _ prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        return start + p.count <= b.count && b[start..<(start + p.count)].elementsEqual(p)
    }
}
