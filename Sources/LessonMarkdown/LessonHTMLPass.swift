import AtlasText

/// The one pass over cmark's HTML of a lesson, from its bytes into one growing buffer:
/// - every character markup may not hold becomes U+FFFD (``MarkupText``'s policy: cmark
///   escapes `& < > "` but passes control characters through, from the author's text or
///   raw HTML);
/// - every `id` is collected (``Anchors/ids(in:)``'s reading, through `HTMLAttributes`),
///   as it reads after that replacement and before the math goes back in;
/// - each math placeholder becomes its MathML, or inside a tag its escaped TeX, and each
///   continuation mark goes with the line break before it (see ``MathSplicer``).
///
/// This gives, byte for byte, what those three steps give one after the other, each over
/// the whole page; the page is read once and written once instead of three times, and
/// never decoded into Unicode scalars. The steps commute because none of them looks at
/// what another changes: a forbidden character is never `<`, `>`, a quote, a space or a
/// placeholder's character, so tags, values and placeholders lie where they lay; an id's
/// value gets the replacement itself (before its references are decoded, as before); and
/// MathML is written after the ids are read and is never itself checked, as before.
enum LessonHTMLPass {
    struct Result {
        var html: String
        /// The ids of the page, in order (see ``RenderedLesson/ids``).
        var ids: [String]
    }

    private static let idName: [[UInt8]] = [Array("id".utf8)]

    /// Finishes `html`, cmark's rendering of `math.body` as UTF-8. Without math
    /// (`math.markup` empty) placeholder characters are text like any other, as then
    /// cmark's output holds only those an author wrote, which the parse phase refuses.
    static func finish(_ html: UnsafeBufferPointer<UInt8>, math: LessonMath) -> Result {
        var pass = Pass(bytes: html, math: math)
        pass.run()
        return Result(html: UTF8Text.string(pass.out), ids: pass.ids)
    }

    /// The same `finish` for HTML held in a string.
    static func finish(_ html: String, math: LessonMath) -> Result {
        let finish = { (bytes: UnsafeBufferPointer<UInt8>) in Self.finish(bytes, math: math) }
        return html.utf8.withContiguousStorageIfAvailable(finish) ?? Array(html.utf8).withUnsafeBufferPointer(finish)
    }

    /// The state of one pass. Two readers walk the same bytes: the copy (`index`) and the
    /// search for tags (`nextTag`), which reads a whole tag ahead when it meets one.
    private struct Pass {
        let bytes: UnsafeBufferPointer<UInt8>
        let markup: [String]
        let fallback: [String]
        /// ``LessonHTMLPass/idName``, held here: read as a static at each of a page's
        /// thousands of tags, it cost a lazy-initialisation check and a retain and release.
        let idName = LessonHTMLPass.idName
        var out: [UInt8] = []
        var ids: [String] = []
        /// Where the search for the next tag goes on: past a tag, comment or `<script>` text.
        var nextTag = 0
        /// The placeholders' reading of tags, kept as it was: cmark escapes `<` in text, so
        /// a raw `<` always starts one of its tags and a `>` ends it.
        var insideTag = false
        /// The first byte after the copied part of `bytes`.
        var copied = 0

        init(bytes: UnsafeBufferPointer<UInt8>, math: LessonMath) {
            self.bytes = bytes
            markup = math.markup
            fallback = math.fallback
            out.reserveCapacity(bytes.count + markup.reduce(0) { $0 + $1.utf8.count })
        }

        mutating func run() {
            let restoresMath = !markup.isEmpty
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // Most bytes are none of these: they are copied later, a run at a time.
                guard Self.isSpecial[Int(byte)] else {
                    index += 1
                    continue
                }
                if byte == UInt8(ascii: "<") {
                    if index >= nextTag { readTag(at: index) }
                    insideTag = true
                } else if byte == UInt8(ascii: ">") {
                    insideTag = false
                } else if restoresMath, byte == 0xEE, let marker = Self.marker(in: bytes, at: index), marker != 0x81 {
                    // A closing character without its opening one is text, as it was.
                    copy(upTo: index)
                    index = marker == 0x80 ? restorePlaceholder(from: index + 3) : removeLineBreak(after: index + 3)
                    copied = index
                    continue
                }
                if MarkupText.mayStartForbidden(byte) {
                    let length = MarkupText.forbiddenLength(in: bytes, at: index)
                    if length > 0 {
                        copy(upTo: index)
                        out.append(contentsOf: MarkupText.replacementUTF8)
                        index += length
                        copied = index
                        continue
                    }
                }
                index += 1
            }
            copy(upTo: bytes.count)
        }

        private mutating func copy(upTo end: Int) {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<end]))
            copied = end
        }

        /// Reads the tag or comment at `index` for ids, each with the policy applied first.
        private mutating func readTag(at index: Int) {
            var found: [HTMLAttributes.Attribute] = []
            nextTag = HTMLAttributes.readMarkup(bytes, at: index, names: idName, into: &found)
            for attribute in found {
                let written = MarkupText.replacingForbiddenCharacters(in: attribute.written)
                ids.append(written == attribute.written ? attribute.value : CharacterReferences.decoded(written))
            }
        }

        /// After an opening placeholder character: the digits up to the closing one (or the
        /// end), then the formula's MathML, or its TeX inside a tag; an index that names no
        /// formula leaves nothing. Returns the index after the placeholder.
        private mutating func restorePlaceholder(from start: Int) -> Int {
            var index = start
            while index < bytes.count, Self.marker(in: bytes, at: index) != 0x81 {
                // A tag starting here would have been read by the search for ids too.
                if bytes[index] == UInt8(ascii: "<"), index >= nextTag { readTag(at: index) }
                index += 1
            }
            let digits = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            if let number = Int(digits), markup.indices.contains(number) {
                out.append(contentsOf: (insideTag ? fallback[number] : markup[number]).utf8)
            }
            return min(index + 3, bytes.count)
        }

        /// After a continuation mark: the line break just written before it, if any, goes.
        private mutating func removeLineBreak(after end: Int) -> Int {
            if out.last == UInt8(ascii: "\n") { out.removeLast() }
            return end
        }

        /// `0x80`, `0x81` or `0x82` when a placeholder character (U+E000, U+E001, U+E002,
        /// UTF-8 `EE 80 8x`) starts at `index`, else nil.
        private static func marker(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8? {
            guard index + 2 < bytes.count, bytes[index] == 0xEE, bytes[index + 1] == 0x80,
                (0x80...0x82).contains(bytes[index + 2])
            else { return nil }
            return bytes[index + 2]
        }

        /// The bytes that need a look: `<`, `>`, the lead byte of a placeholder character
        /// and every byte that may start a forbidden character.
        private static let isSpecial: [Bool] = (0...255).map { value in
            let byte = UInt8(value)
            return byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == 0xEE || MarkupText.mayStartForbidden(byte)
        }
    }
}
