@testable import LessonMarkdown

/// The lesson's HTML finished as it was before `LessonHTMLPass`, in three passes over
/// Unicode scalars and strings, kept here as an independent reference: the policy for
/// forbidden characters, then the ids read (the tag reader as it was, a string per name),
/// then the math put back.
enum ReferenceHTML {
    static func finish(_ html: String, markup: [String], fallback: [String]) -> (html: String, ids: [String]) {
        let replaced = replacingForbidden(html)
        let ids = ids(in: replaced)
        return (markup.isEmpty ? replaced : restoring(replaced, markup: markup, fallback: fallback), ids)
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: scalar.properties.isNoncharacterCodePoint
        }
    }

    static func replacingForbidden(_ markup: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in markup.unicodeScalars { result.append(isForbidden(scalar) ? "\u{FFFD}" : scalar) }
        return String(result)
    }

    static func restoring(_ html: String, markup: [String], fallback: [String]) -> String {
        var result = String.UnicodeScalarView()
        var insideTag = false
        var scalars = html.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\u{E000}":
                var digits = ""
                while let next = scalars.next(), next != "\u{E001}" { digits.unicodeScalars.append(next) }
                if let index = Int(digits), markup.indices.contains(index) {
                    result.append(contentsOf: (insideTag ? fallback[index] : markup[index]).unicodeScalars)
                }
            case "\u{E002}":
                if result.last == "\n" { result.removeLast() }
            default:
                if scalar == "<" { insideTag = true } else if scalar == ">" { insideTag = false }
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Every `id`, read as `HTMLAttributes` read them before it worked on bytes.
    static func ids(in html: String) -> [String] {
        let bytes = Array(html.utf8)
        var found: [String] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if starts(bytes, with: "<!--", at: index) {
                let body = index + 4
                index =
                    starts(bytes, with: ">", at: body)
                    ? body + 1 : starts(bytes, with: "->", at: body) ? body + 2 : end(of: "-->", in: bytes, from: body)
            } else if index + 1 < bytes.count, isLetter(bytes[index + 1]) {
                index = readTag(bytes, from: index, into: &found)
            } else {
                index += 1
            }
        }
        return found
    }

    private static func readTag(_ bytes: [UInt8], from start: Int, into found: inout [String]) -> Int {
        var index = start + 1
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") {
            index += 1
        }
        let tagName = String(decoding: bytes[(start + 1)..<index], as: UTF8.self).lowercased()
        var seen: Set<String> = []
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
            if isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let nameStart = index
            index += 1
            while index < bytes.count, !isSpace(bytes[index]), !"=>/".utf8.contains(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            let isFirst = seen.insert(name).inserted
            guard let value = readValue(bytes, from: &index) else { continue }
            guard isFirst, name == "id" else { continue }
            found.append(CharacterReferences.decoded(String(decoding: bytes[value], as: UTF8.self)))
        }
        let afterTag = min(index + 1, bytes.count)
        let closesItself = index > start && index < bytes.count && bytes[index - 1] == UInt8(ascii: "/")
        guard ["script", "style", "textarea", "title"].contains(tagName), !closesItself else { return afterTag }
        return end(of: "</\(tagName)", in: bytes, from: afterTag)
    }

    private static func readValue(_ bytes: [UInt8], from index: inout Int) -> Range<Int>? {
        var equals = index
        while equals < bytes.count, isSpace(bytes[equals]) { equals += 1 }
        guard equals < bytes.count, bytes[equals] == UInt8(ascii: "=") else { return nil }
        var start = equals + 1
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        guard start < bytes.count else {
            index = start
            return nil
        }
        let quote: UInt8? = bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") ? bytes[start] : nil
        let valueStart = quote == nil ? start : start + 1
        var valueEnd = valueStart
        while valueEnd < bytes.count,
            quote.map({ bytes[valueEnd] != $0 }) ?? (!isSpace(bytes[valueEnd]) && bytes[valueEnd] != UInt8(ascii: ">"))
        {
            valueEnd += 1
        }
        index = quote == nil ? valueEnd : min(valueEnd + 1, bytes.count)
        return valueStart..<valueEnd
    }

    private static func starts(_ bytes: [UInt8], with prefix: String, at index: Int) -> Bool {
        let prefix = Array(prefix.utf8)
        guard index + prefix.count <= bytes.count else { return false }
        return zip(bytes[index...], prefix).allSatisfy { byte, expected in lowercased(byte) == expected }
    }

    private static func end(of marker: String, in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if starts(bytes, with: marker, at: index) { return index + marker.utf8.count }
            index += 1
        }
        return bytes.count
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func lowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}
