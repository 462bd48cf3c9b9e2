import AtlasText

/// A lesson's page cut into what the site's search looks through (issue 14): one section
/// for the text before the first heading, titled by the lesson, then one for each `h1`,
/// `h2` and `h3` of the body, with its id and its prose.
///
/// Prose is the text a reader reads as sentences: paragraphs, lists, quotes, captions,
/// table notes and inline code. Left out, because a word found there would not lead a
/// reader anywhere useful and would swell the index: plots (`svg`), data tables
/// (`table`, the collapsed "Data behind the plot" `details`), math (`math`, whose MathML
/// text reads as a string of symbols and whose TeX annotation is source), code blocks
/// (`pre`), scripts, styles, and anything marked `aria-hidden="true"` (the `#` beside a
/// heading). Whitespace runs become one space; entities are decoded, so the text is
/// plain text, escaped again only when written into the index.
struct SearchSection: Sendable, Equatable {
    /// The heading's id, linked from a result; empty for the lesson's opening section
    /// (the link then goes to the page itself) and for a heading without one.
    var id: String
    /// The heading's text; empty for the opening section (the lesson's title stands in).
    var heading: String
    var text: String
}

enum SearchSections {
    /// Elements whose content is never prose (see ``SearchSection``).
    static let skipped: Set<String> = ["svg", "math", "table", "pre", "details", "script", "style", "template", "button"]
    /// Elements that end a run of text: a space keeps `<p>a</p><p>b</p>` from reading "ab".
    static let blocks: Set<String> = [
        "p", "li", "ul", "ol", "div", "figure", "figcaption", "blockquote", "br", "dt", "dd", "dl", "h4", "h5", "h6",
        "section", "aside", "hr", "img",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3"]

    /// What the sets above, and the scanner's void elements, make of an element.
    struct Role: OptionSet {
        let rawValue: UInt8
        static let skipped = Role(rawValue: 1), heading = Role(rawValue: 2), block = Role(rawValue: 4)
        static let void = Role(rawValue: 8)
    }

    /// Each name's role, for one look-up per tag (``Scanner`` tells it with the tag):
    /// asking up to four sets cost a hash of the name for each.
    static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        for (names, role) in [(skipped, Role.skipped), (headings, .heading), (blocks, .block), (Scanner.voids, .void)] {
            for name in names { roles[name, default: []].insert(role) }
        }
        return roles
    }()

    /// The sections of a lesson's body HTML (as LessonMarkdown renders it, or an author's
    /// raw HTML with `unsafe_html`: the scanner never fails, at worst it reads less).
    static func of(body: String) -> [SearchSection] {
        var scanner = Scanner(bytes: Array(body.utf8))
        var sections = [SearchSection(id: "", heading: "", text: "")]
        var heading: [UInt8]? = nil
        var text: [UInt8] = []
        func finishText() {
            sections[sections.count - 1].text = normalised(text)
            text = []
        }
        while let token = scanner.next() {
            switch token {
            case .text(let range):
                if heading != nil { heading! += scanner.bytes[range] } else { text += scanner.bytes[range] }
            case .open(let name, let role, let id, let hidden, let selfClosing):
                if role.contains(.skipped) || hidden {
                    if !selfClosing { scanner.skip(element: name) }
                    if heading != nil { heading!.append(0x20) } else { text.append(0x20) }
                } else if role.contains(.heading), heading == nil {
                    finishText()
                    sections.append(SearchSection(id: id ?? "", heading: "", text: ""))
                    heading = []
                } else if role.contains(.block) {
                    if heading != nil { heading!.append(0x20) } else { text.append(0x20) }
                }
            case .close(let role):
                if role.contains(.heading), let written = heading {
                    sections[sections.count - 1].heading = normalised(written)
                    heading = nil
                } else if role.contains(.block) {
                    if heading != nil { heading!.append(0x20) } else { text.append(0x20) }
                }
            }
        }
        if let written = heading { sections[sections.count - 1].heading = normalised(written) }
        finishText()
        // The opening section goes when there is nothing before the first heading.
        if sections.count > 1, sections[0].text.isEmpty { sections.removeFirst() }
        return sections
    }

    /// Entities decoded (``entity(in:at:)``), whitespace runs (Unicode's, and control
    /// characters) collapsed to one space, trimmed. Works on the UTF-8 bytes, decoding
    /// only what is not ASCII: it reads every word of every lesson.
    static func normalised(_ bytes: [UInt8]) -> String {
        // Read through a buffer pointer, the text kept in a value of its own: a word
        // appended as an array slice retained and released the array each time, and state
        // shared with a closure was checked for exclusive access at every word.
        let out = bytes.withUnsafeBufferPointer { buffer in
            var text = NormalisedText(capacity: buffer.count)
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte > 0x20, byte < 0x7F, byte != 0x26 {
                    // A run of visible ASCII but `&`, as `emit` would write it byte by byte:
                    // copied whole, as most of a lesson's prose is.
                    var end = index + 1
                    while end < buffer.count, buffer[end] > 0x20, buffer[end] < 0x7F, buffer[end] != 0x26 { end += 1 }
                    text.append(run: UnsafeBufferPointer(rebasing: buffer[index..<end]))
                    index = end
                } else if byte == 0x26, let (scalar, length) = entity(in: bytes, at: index) {
                    text.emit(scalar)
                    index += length
                } else if byte < 0x80 {
                    text.emit(Unicode.Scalar(byte))
                    index += 1
                } else {
                    let (scalar, length) = decodeScalar(in: bytes, at: index)
                    text.emit(scalar)
                    index += length
                }
            }
            return text.bytes
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text` with its entities (``entity(in:at:)``) decoded: an attribute's value.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x26, let (scalar, length) = entity(in: bytes, at: index) {
                UTF8Encoding.append(scalar, to: &out)
                index += length
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The entity at `bytes[start]` (an `&`) and its length: the five XML entities,
    /// `&nbsp;` (as a space) and numeric references, ended by a `;` within ten bytes;
    /// nil for anything else, whose `&` is then kept as written.
    static func entity(in bytes: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        let end = min(bytes.count, start + 11)
        guard let semicolon = bytes[(start + 1)..<end].firstIndex(of: 0x3B) else { return nil }
        let name = String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self)
        let length = semicolon - start + 1
        switch name {
        case "amp": return ("&", length)
        case "lt": return ("<", length)
        case "gt": return (">", length)
        case "quot": return ("\"", length)
        case "apos", "#39": return ("'", length)
        case "nbsp": return (" ", length)
        default:
            var number: UInt32? = nil
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                number = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                number = UInt32(name.dropFirst(1))
            }
            return number.flatMap(Unicode.Scalar.init).map { ($0, length) }
        }
    }

    /// The scalar whose UTF-8 encoding starts at `bytes[start]`, and its length; a
    /// byte that starts no valid sequence reads as U+FFFD, one byte long. Checked, unlike
    /// AtlasText's `UTF8Encoding.scalar(in:at:)`: these bytes are cut out of a page between
    /// tags, which may hold what is not UTF-8 (a test gives `61 FF 62`).
    static func decodeScalar(in bytes: [UInt8], at start: Int) -> (Unicode.Scalar, Int) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[start...].makeIterator()
        if case .valid(let encoded) = parser.parseScalar(from: &iterator) {
            return (Unicode.UTF8.decode(encoded), encoded.count)
        }
        return ("\u{FFFD}", 1)
    }
}

/// ``SearchSections/normalised(_:)``'s output as it is written: UTF-8 bytes, and whether a
/// space is owed before the next visible character (whitespace runs collapse to one, and
/// none is written at the end).
private struct NormalisedText {
    var bytes: [UInt8] = []
    var pendingSpace = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func emit(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        // Why `value <= 0x3000`: U+3000, the ideographic space, is the last White_Space
        // scalar, so Chinese text (U+4E00 on) skips the property look-up.
        if value <= 0x20 || value == 0x7F || (value >= 0x80 && value <= 0x3000 && scalar.properties.isWhitespace) {
            pendingSpace = !bytes.isEmpty
            return
        }
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        if value < 0x80 { bytes.append(UInt8(value)) } else { UTF8Encoding.append(scalar, to: &bytes) }
    }

    /// A run of visible ASCII, none of it `&`: what `emit` would write byte by byte.
    mutating func append(run: UnsafeBufferPointer<UInt8>) {
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(contentsOf: run)
    }
}
