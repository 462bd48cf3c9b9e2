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
        let contentLines = block.literal.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0) }
        for (index, text) in contentLines.enumerated() {
            let lineNumber = block.startLine + 1 + index
            let lineLocation = contentLocation(of: text, onLine: lineNumber, source: source, fallback: location)
            let trimmed = text.trimmingCharacters(inSetOf: [" ", "\t", "\r"])
            if trimmed.isEmpty { continue }
            let indent = text.prefix(while: { $0 == " " || $0 == "\t" }).count
            if body.isEmpty, let option = parseOption(trimmed, at: lineLocation.advanced(by: indent)) {
                options.append(option)
            } else {
                body.append(Located(trimmed, at: lineLocation.advanced(by: indent)))
            }
        }
        return .success(
            DirectiveSyntax(
                name: Located(String(nameText), at: nameLocation),
                arguments: arguments, options: options, body: body, location: location))
    }

    /// Splits on spaces and tabs outside parentheses; offsets are in characters.
    static func splitArguments(_ text: String) -> [(text: String, offset: Int)] {
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

    /// `:key: value` or `:key:`; nil for any other line.
    private static func parseOption(_ line: String, at location: SourceLocation) -> DirectiveSyntax.Option? {
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

    /// Where a content line starts in the file: cmark strips container prefixes
    /// (`> `, list indentation), so the content is a suffix of the source line.
    private static func contentLocation(
        of text: String, onLine line: Int, source: SourceText, fallback: SourceLocation
    ) -> SourceLocation {
        let sourceLine = source.line(line)
        let content = Array(text.utf8)
        guard sourceLine.count >= content.count, sourceLine.suffix(content.count).elementsEqual(content) else {
            return SourceLocation(line: line, column: fallback.column)
        }
        return source.location(line: line, byteColumn: sourceLine.count - content.count + 1)
    }
}
