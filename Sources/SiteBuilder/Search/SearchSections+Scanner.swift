import AtlasText

extension SearchSections {
    /// A forgiving HTML tokenizer over bytes: tags with their (lower-cased) names and the
    /// two attributes the search reads, text between them; comments, doctypes and
    /// processing instructions are passed over. Never fails: an unclosed tag ends the input.
    ///
    /// Why only `id` and `aria-hidden`: it reads every tag of every lesson, and a
    /// dictionary of every attribute, each value decoded, was most of its time.
    struct Scanner {
        enum Token {
            /// The text between two tags, as a range of ``bytes``.
            case text(Range<Int>)
            /// A start tag: its name and role, its `id` (entities decoded), whether
            /// `aria-hidden="true"`, and whether it closes itself (`/>`, or a void element
            /// such as `br`).
            case open(String, role: SearchSections.Role, id: String?, hidden: Bool, selfClosing: Bool)
            /// An end tag: its name's role.
            case close(SearchSections.Role)
        }

        let bytes: [UInt8]
        var position = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func next() -> Token? {
            while position < bytes.count {
                guard bytes[position] == UInt8(ascii: "<") else {
                    let start = position
                    position = find(UInt8(ascii: "<"), from: position) ?? bytes.count
                    return .text(start..<position)
                }
                if matches(Self.commentOpen, at: position) {
                    position = find(Self.commentClose, from: position + 4).map { $0 + 3 } ?? bytes.count
                    continue
                }
                let next = position + 1 < bytes.count ? bytes[position + 1] : 0
                if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                    position = find(UInt8(ascii: ">"), from: position).map { $0 + 1 } ?? bytes.count
                    continue
                }
                let closing = next == UInt8(ascii: "/")
                var cursor = position + (closing ? 2 : 1)
                let nameStart = cursor
                while cursor < bytes.count, Self.isNameByte(bytes[cursor]) { cursor += 1 }
                guard cursor > nameStart else {
                    // A lone `<` is text.
                    position += 1
                    return .text((position - 1)..<position)
                }
                let name = Self.lowercased(bytes[nameStart..<cursor])
                var id: String? = nil
                var hidden = false
                var selfClosing = false
                var seen: (id: Bool, hidden: Bool) = (false, false)
                while cursor < bytes.count, bytes[cursor] != UInt8(ascii: ">") {
                    let byte = bytes[cursor]
                    if byte == UInt8(ascii: "/") {
                        selfClosing = true
                        cursor += 1
                    } else if Self.isNameByte(byte) {
                        let key = cursor
                        while cursor < bytes.count, Self.isNameByte(bytes[cursor]) { cursor += 1 }
                        let keyBytes = bytes[key..<cursor]
                        var value: Range<Int> = cursor..<cursor
                        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "=") {
                            cursor += 1
                            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
                                let quote = bytes[cursor]
                                let valueStart = cursor + 1
                                cursor = find(quote, from: valueStart) ?? bytes.count
                                value = valueStart..<cursor
                                cursor += 1
                            } else {
                                let valueStart = cursor
                                while cursor < bytes.count, bytes[cursor] > 0x20, bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
                                value = valueStart..<cursor
                            }
                        }
                        // The first of each attribute counts, as in a browser.
                        if !seen.id, Self.equalIgnoringCase(keyBytes, Self.idName) {
                            seen.id = true
                            id = SearchSections.decodeEntities(String(decoding: bytes[value], as: UTF8.self))
                        } else if !seen.hidden, Self.equalIgnoringCase(keyBytes, Self.ariaHiddenName) {
                            seen.hidden = true
                            hidden = SearchSections.decodeEntities(String(decoding: bytes[value], as: UTF8.self)) == "true"
                        }
                        selfClosing = false
                    } else {
                        cursor += 1
                    }
                }
                position = min(cursor + 1, bytes.count)
                let role = SearchSections.roles[name] ?? []
                return closing
                    ? .close(role)
                    : .open(name, role: role, id: id, hidden: hidden, selfClosing: selfClosing || role.contains(.void))
            }
            return nil
        }

        /// Past the end of the element whose start tag was just read, nested elements of
        /// the same name counted.
        mutating func skip(element name: String) {
            // A fast scan: only `<name` and `</name` are looked at, so the thousands of
            // elements inside a plot's svg cost no tokens.
            let (open, close) = Self.tagPatterns[name] ?? (Array(("<" + name).utf8), Array(("</" + name).utf8))
            let rawText = name == "script" || name == "style"
            let start = position
            position = bytes.withUnsafeBufferPointer { Self.end(open: open, close: close, rawText: rawText, in: $0, from: start) }
        }

        /// Where the element ends whose content starts at `start` (``skip(element:)``), or
        /// the end of `bytes`. Why `memchr` to each `<` here, unlike ``next()``: what is
        /// skipped is long, and mostly a plot's path data, hundreds of bytes between tags.
        private static func end(open: [UInt8], close: [UInt8], rawText: Bool, in bytes: UnsafeBufferPointer<UInt8>, from start: Int)
            -> Int
        {
            var depth = 1
            var position = start
            while true {
                position = ByteSearch.first(UInt8(ascii: "<"), in: bytes, from: position)
                guard position < bytes.count else { return bytes.count }
                if matchesTag(close, in: bytes, at: position) {
                    depth -= 1
                    position = min(ByteSearch.first(UInt8(ascii: ">"), in: bytes, from: position) + 1, bytes.count)
                    if depth == 0 { return position }
                } else if !rawText, matchesTag(open, in: bytes, at: position) {
                    let end = ByteSearch.first(UInt8(ascii: ">"), in: bytes, from: position)
                    if end == 0 || bytes[end - 1] != UInt8(ascii: "/") { depth += 1 }
                    position = min(end + 1, bytes.count)
                } else {
                    position += 1
                }
            }
        }

        /// `<name` and `</name` of the elements skipped (``SearchSections/skipped``), made
        /// once: every plot's `svg` is skipped.
        private static let tagPatterns: [String: (open: [UInt8], close: [UInt8])] = Dictionary(
            uniqueKeysWithValues: SearchSections.skipped.map { ($0, (Array(("<" + $0).utf8), Array(("</" + $0).utf8))) })

        /// Whether `pattern` (`<name` or `</name`) is at `index`, case aside, followed by
        /// no name byte. Byte by byte, the first difference ending it: inside a plot's
        /// `svg`, every tag is asked this, and nearly all differ in their second or third byte.
        private static func matchesTag(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
            let end = index + pattern.count
            guard end <= bytes.count else { return false }
            for offset in 0..<pattern.count where lower(bytes[index + offset]) != pattern[offset] { return false }
            return end == bytes.count || !isNameByte(bytes[end])
        }

        /// Whether `pattern` is at `index`, byte for byte.
        private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
        }

        /// A loop, not `memchr`: the runs between tags are short, and the call cost more.
        private func find(_ byte: UInt8, from start: Int) -> Int? {
            start < bytes.count ? bytes[start...].firstIndex(of: byte) : nil
        }

        /// A comment's end: rare, and long away, so `memchr` (AtlasText's `ByteSearch`).
        private func find(_ pattern: [UInt8], from start: Int) -> Int? {
            bytes.withUnsafeBufferPointer { ByteSearch.first(pattern, in: $0, from: start) }
        }

        /// `bytes` equal to the lower-case ASCII `lower`, ASCII letters' case aside.
        private static func equalIgnoringCase(_ bytes: ArraySlice<UInt8>, _ lower: [UInt8]) -> Bool {
            bytes.count == lower.count && zip(bytes, lower).allSatisfy { Self.lower($0) == $1 }
        }

        /// A tag's name, its ASCII letters lower-cased (names are ASCII: ``isNameByte(_:)``).
        /// Why not `String(decoding: bytes.lazy.map(lower), …)`: a lazy sequence takes
        /// String's generic path, which asks the runtime for its conformances on each call.
        private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (offset, byte) in bytes.enumerated() { buffer[offset] = lower(byte) }
                return bytes.count
            }
        }

        private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

        private static let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)
        private static let idName = Array("id".utf8), ariaHiddenName = Array("aria-hidden".utf8)

        static let voids: Set<String> = [
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        ]

        static func isNameByte(_ byte: UInt8) -> Bool {
            CharacterClass.isASCIILetter(byte) || CharacterClass.isASCIIDigit(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
        }
    }
}
