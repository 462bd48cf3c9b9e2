import AtlasDiagnostics
import AtlasText

/// Reads `DirectiveSyntax` from fenced code blocks whose info string starts with `{`.
enum DirectiveSyntaxReader {
    /// nil when the block is not a directive (no `{` at the start of a fenced block's info).
    static func read(_ block: CodeBlock, source: SourceText) -> Result<DirectiveSyntax, Diagnostic>? {
        guard block.isFenced, block.info.hasPrefix("{") else { return nil }
        let fenceLine = source.line(block.startLine)
        let fenceStart = max(0, block.startByteColumn - 1)
        let fenceByte = fenceLine.indices.contains(fenceStart) ? fenceLine[fenceStart] : UInt8(ascii: "`")
        let infoStart = fenceLine[fenceStart...].firstIndex(where: { $0 != fenceByte }) ?? fenceLine.endIndex
        let infoBytes = fenceLine[infoStart...]
        let location = source.location(line: block.startLine, byteColumn: block.startByteColumn)
        let infoLocation = source.location(line: block.startLine, byteColumn: infoStart + 1)

        // The info string as written in the file, so columns stay exact.
        let info = String(decoding: infoBytes, as: UTF8.self)
        let leading = info.prefix(while: { $0 == " " || $0 == "\t" }).count
        let afterSpace = info.dropFirst(leading)
        guard afterSpace.hasPrefix("{"), let close = afterSpace.firstIndex(of: "}") else {
            return .failure(
                Diagnostic(
                    .directive,
                    "directive name is not closed; write it as '{plot}'", at: infoLocation.advanced(by: leading)))
        }
        let nameText = afterSpace[afterSpace.index(after: afterSpace.startIndex)..<close]
        let nameLocation = infoLocation.advanced(by: leading + 1)
        if !block.isClosed {
            // Read on, its body would be the rest of the file, and its first line of prose
            // reported as a body the directive does not take: say what is wrong instead.
            let fence = String(decoding: fenceLine[fenceStart..<infoStart], as: UTF8.self)
            return .failure(
                Diagnostic(
                    .directive, "this '{\(nameText)}' fence is never closed; end the directive with a line '\(fence)'",
                    at: location,
                    hint: "a directive's fence left open takes every line after it, to the end of the file, as its body",
                    endColumn: location.column + fence.count - 1))
        }
        let rest = afterSpace[afterSpace.index(after: close)...]
        if let first = rest.first, first != " ", first != "\t" {
            let offset = afterSpace.distance(from: afterSpace.startIndex, to: close) + 1
            return .failure(
                Diagnostic(
                    .directive,
                    "put a space between '{\(nameText)}' and its arguments",
                    at: infoLocation.advanced(by: leading + offset)))
        }
        let restOffset = leading + afterSpace.distance(from: afterSpace.startIndex, to: close) + 1
        let arguments = splitArguments(String(rest)).map {
            Located($0.text, at: infoLocation.advanced(by: restOffset + $0.offset))
        }

        var options: [DirectiveSyntax.Option] = []
        var body: [Located<String>] = []
        // Split at the byte of "\n", which is the scalar "\n" and never part of another.
        let contentLines = block.literal.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, line) in contentLines.enumerated() {
            guard let (trimmed, indent) = trimmedLine(line) else { continue }
            let lineNumber = block.startLine + 1 + index
            let lineLocation = contentLocation(of: line, onLine: lineNumber, source: source, fallback: location)
            if body.isEmpty, let option = parseOption(trimmed, at: lineLocation.advanced(by: indent)) {
                options.append(option)
            } else {
                body.append(Located(String(trimmed), at: lineLocation.advanced(by: indent)))
            }
        }
        return .success(
            DirectiveSyntax(
                name: Located(String(nameText), at: nameLocation),
                arguments: arguments, options: options, body: body, location: location))
    }

    /// Splits on spaces and tabs outside parentheses; offsets are in characters.
    static func splitArguments(_ text: String) -> [(text: String, offset: Int)] {
        if let tokens = splitASCIIArguments(text) { return tokens }
        return splitCharacterArguments(text)
    }

    /// ``splitArguments(_:)`` walking Characters: for text beyond ASCII, where a space can
    /// start a Character (a combining mark after it joins it) and a byte is not a column,
    /// and for text with a CR, which a following LF joins.
    static func splitCharacterArguments(_ text: String) -> [(text: String, offset: Int)] {
        var result: [(String, Int)] = []
        var current = "", start = 0, depth = 0
        for (offset, character) in text.enumerated() {
            if (character == " " || character == "\t") && depth == 0 {
                if !current.isEmpty { result.append((current, start)) }
                current = ""
                continue
            }
            if current.isEmpty { start = offset }
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            current.append(character)
        }
        if !current.isEmpty { result.append((current, start)) }
        return result
    }

    /// ``splitArguments(_:)`` from the bytes, when every Character of `text` is one ASCII
    /// byte (ASCII without CR, whose CR LF is one Character): then an offset in bytes is
    /// one in Characters, and a token is the bytes from its first to where it ends. nil
    /// for any other text. Why: an option's values and a directive's arguments are nearly
    /// always ASCII, and walking them as Characters cost about 5,000 instructions a line.
    static func splitASCIIArguments(_ text: String) -> [(text: String, offset: Int)]? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return nil }
        var result: [(String, Int)] = []
        var start: String.Index?, depth = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if isSpaceOrTab(byte) && depth == 0 {
                if let first = start { result.append((String(text[first..<index]), bytes.distance(from: bytes.startIndex, to: first))) }
                start = nil
                continue
            }
            if start == nil { start = index }
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
        }
        if let first = start { result.append((String(text[first...]), bytes.distance(from: bytes.startIndex, to: first))) }
        return result
    }

    /// A content line without the blanks at its ends (space, tab, CR) and the number of
    /// spaces and tabs before it, in Characters; nil when nothing is left.
    ///
    /// Why two ways: a line of ASCII is trimmed and counted byte by byte, each byte one
    /// Character (a line holds no CR LF); any other line as Characters, where a space
    /// followed by a combining mark is one Character that is neither trimmed nor counted.
    static func trimmedLine(_ line: Substring.UTF8View) -> (text: Substring, indent: Int)? {
        if line.allSatisfy({ $0 < 0x80 }) {
            guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) })
            else { return nil }
            return (Substring(line[first...last]), line.prefix(while: isSpaceOrTab).count)
        }
        // A String of its own, so that its Characters are the line's own (a CR before the
        // line's end forms one with the following line feed in the whole block).
        let text = String(Substring(line))[...]
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !blank($0) }), let last = text.lastIndex(where: { !blank($0) })
        else { return nil }
        return (text[first...last], text.prefix(while: { $0 == " " || $0 == "\t" }).count)
    }

    /// `:key: value` or `:key:`; nil for any other line. `line` is trimmed.
    static func parseOption(_ line: Substring, at location: SourceLocation) -> DirectiveSyntax.Option? {
        guard line.utf8.first == UInt8(ascii: ":") else { return nil }
        if line.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) { return parseASCIIOption(line.utf8, at: location) }
        return parseCharacterOption(line, at: location)
    }

    /// ``parseOption(_:at:)`` walking Characters, for a line beyond ASCII.
    static func parseCharacterOption(_ line: Substring, at location: SourceLocation) -> DirectiveSyntax.Option? {
        guard line.hasPrefix(":") else { return nil }
        let afterColon = line.dropFirst()
        guard let close = afterColon.firstIndex(of: ":") else { return nil }
        let key = afterColon[..<close]
        guard let first = key.first, CharacterClass.isLetter(first),
            key.allSatisfy({ CharacterClass.isLetter($0) || CharacterClass.isNumber($0) || $0 == "_" || $0 == "-" })
        else { return nil }
        let rawValue = afterColon[afterColon.index(after: close)...]
        if let first = rawValue.first, first != " ", first != "\t" { return nil }
        let valueOffset = 2 + key.count + rawValue.prefix(while: { $0 == " " || $0 == "\t" }).count
        let value = String(rawValue).trimmingCharacters(inSetOf: [" ", "\t"])
        return DirectiveSyntax.Option(
            key: Located(String(key), at: location.advanced(by: 1)),
            value: Located(value, at: location.advanced(by: valueOffset)))
    }

    /// ``parseOption(_:at:)`` from the bytes of a line whose every Character is one ASCII
    /// byte: the same option, with byte offsets for Character offsets.
    static func parseASCIIOption(_ line: Substring.UTF8View, at location: SourceLocation) -> DirectiveSyntax.Option? {
        guard line.first == UInt8(ascii: ":") else { return nil }
        let afterColon = line.dropFirst()
        guard let close = afterColon.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let key = afterColon[..<close]
        guard let first = key.first, CharacterClass.isASCIILetter(first),
            key.allSatisfy({
                CharacterClass.isASCIILetter($0) || CharacterClass.isASCIIDigit($0) || $0 == UInt8(ascii: "_")
                    || $0 == UInt8(ascii: "-")
            })
        else { return nil }
        let rawValue = afterColon[afterColon.index(after: close)...]
        if let first = rawValue.first, !isSpaceOrTab(first) { return nil }
        let leading = rawValue.prefix(while: isSpaceOrTab)
        let valueStart = leading.endIndex
        let valueEnd = rawValue.lastIndex(where: { !isSpaceOrTab($0) }).map { rawValue.index(after: $0) } ?? valueStart
        return DirectiveSyntax.Option(
            key: Located(String(Substring(key)), at: location.advanced(by: 1)),
            value: Located(
                String(Substring(rawValue[valueStart..<valueEnd])),
                at: location.advanced(by: 2 + key.count + leading.count)))
    }

    private static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// Space, tab or CR: what a content line is trimmed of.
    private static func isBlank(_ byte: UInt8) -> Bool { isSpaceOrTab(byte) || byte == UInt8(ascii: "\r") }

    /// Where a content line starts in the file: cmark strips container prefixes
    /// (`> `, list indentation), so the content is a suffix of the source line.
    private static func contentLocation(
        of content: Substring.UTF8View, onLine line: Int, source: SourceText, fallback: SourceLocation
    ) -> SourceLocation {
        let sourceLine = source.line(line)
        guard sourceLine.count >= content.count, sourceLine.suffix(content.count).elementsEqual(content) else {
            return SourceLocation(line: line, column: fallback.column)
        }
        return source.location(line: line, byteColumn: sourceLine.count - content.count + 1)
    }
}
