import AtlasText

/// The terms of a text as the site's search looks them up (issue 14), the same way
/// `assets/search.js` cuts a query, so that a term of the query is a term of the index:
///
/// - the text is lower-cased (Unicode's default mapping, as JavaScript's `toLowerCase`),
///   and final sigma `ς` becomes `σ`: JavaScript lower-cases a word-final `Σ` to `ς`,
///   Swift to `σ`, so both sides fold the two together;
/// - a **word** is a run of letters, digits and marks outside CJK (`\p{L}\p{N}\p{M}`):
///   "ReLU's" gives `relu` and `s`, "leaky_relu" gives `leaky` and `relu`, "x2" gives `x2`;
/// - a run of **CJK** characters (Han, kana, Hangul) gives each character and each pair of
///   neighbours: 饱和函数 → 饱, 和, 函, 数, 饱和, 和函, 函数. Chinese and Japanese put no spaces
///   between words, so a query's bigrams are looked up as they are, and a one-character
///   query as that character.
///
/// An English query word then matches every indexed word it starts (`saturat` finds
/// `saturated`); a CJK term matches only itself.
enum SearchTerms {
    /// Calls `body` with the UTF-8 bytes of each term of `text`, in order, repeats included
    /// (a new array each time: the sink form below is the one that copies nothing).
    ///
    /// Lower-cases scalar by scalar (Unicode's full mapping without context, which is what
    /// `String.lowercased()` does), with a fast path for ASCII: this reads every word
    /// of every lesson.
    static func forEachTerm(_ text: String, _ body: ([UInt8]) -> Void) {
        withoutActuallyEscaping(body) { body in
            var sink = ClosureSink(body: body)
            forEachTerm(text, into: &sink)
        }
    }

    /// What receives the terms of a text, one at a time, from ``forEachTerm(_:into:)``.
    protocol Sink {
        /// A term's UTF-8 bytes, valid only during the call (they may be the text's own,
        /// or a buffer reused for the next term): copy what is kept.
        mutating func take(_ term: UnsafeBufferPointer<UInt8>)
    }

    private struct ClosureSink: Sink {
        let body: ([UInt8]) -> Void
        func take(_ term: UnsafeBufferPointer<UInt8>) { body(Array(term)) }
    }

    /// ``forEachTerm(_:_:)`` into a value of the caller's, passed `inout`.
    ///
    /// Why a sink and not a closure: a counter that a closure captures is a box, and
    /// every term's update of it was checked for exclusive access at run time (three
    /// checks a term, a sixtieth of a large course's build).
    static func forEachTerm<S: Sink>(_ text: String, into sink: inout S) {
        var text = text
        text.withUTF8 { forEachTerm(in: $0, into: &sink) }
    }

    /// The same over the text's UTF-8, read a byte at a time while it is ASCII and a
    /// scalar at a time (``UTF8Encoding/scalar(in:at:)``) where it is not.
    private static func forEachTerm<S: Sink>(in bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        var word: [UInt8] = []
        var cjk: [UInt8] = []
        var pair: [UInt8] = []
        var previousCJK: Unicode.Scalar? = nil
        func endWord() {
            guard !word.isEmpty else { return }
            word.withUnsafeBufferPointer { sink.take($0) }
            word.removeAll(keepingCapacity: true)
        }
        func take(_ scalar: Unicode.Scalar) {
            if isWordCharacter(scalar) { UTF8Encoding.append(scalar, to: &word) } else { endWord() }
        }
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            if word.isEmpty, isLowerOrDigit(byte) {
                // A run of lower-case ASCII letters and digits that a byte ending the word
                // follows (ASCII but not a capital, or the end) is the term as it stands:
                // handed over from the text, not copied byte by byte. Most words are such.
                var end = index + 1
                while end < bytes.count, isLowerOrDigit(bytes[end]) { end += 1 }
                if end == bytes.count || (bytes[end] < 0x80 && !(0x41...0x5A).contains(bytes[end])) {
                    sink.take(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    previousCJK = nil
                    index = end
                    continue
                }
            }
            if byte < 0x80 {
                index += 1
                previousCJK = nil
                if (0x41...0x5A).contains(byte) { byte += 0x20 }
                if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) { word.append(byte) } else { endWord() }
                continue
            }
            let (scalar, length) = UTF8Encoding.scalar(in: bytes, at: index)
            index += length
            if isCJK(scalar) {
                // Encoded straight into reused arrays: a String made of each character,
                // and its bytes inserted before the next one's, cost most of the terms of
                // a Chinese lesson.
                endWord()
                cjk.removeAll(keepingCapacity: true)
                UTF8Encoding.append(scalar, to: &cjk)
                cjk.withUnsafeBufferPointer { sink.take($0) }
                if let previous = previousCJK {
                    pair.removeAll(keepingCapacity: true)
                    UTF8Encoding.append(previous, to: &pair)
                    pair.append(contentsOf: cjk)
                    pair.withUnsafeBufferPointer { sink.take($0) }
                }
                previousCJK = scalar
            } else {
                previousCJK = nil
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    take(lower == "\u{03C2}" ? "\u{03C3}" : lower)
                }
            }
        }
        endWord()
    }

    /// a–z or 0–9.
    private static func isLowerOrDigit(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
    }

    /// Han (with extension A, the compatibility block and the supplementary planes 2–3),
    /// hiragana, katakana, bopomofo and Hangul syllables: the scripts written without
    /// spaces between words. The same ranges as search.js's `isCJK`.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3100...0x312F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
            0x20000...0x2FFFF:
            return true
        default: return false
        }
    }

    /// A letter, digit or mark (`\p{L}\p{N}\p{M}`), CJK aside.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return !isCJK(scalar)
        default: return false
        }
    }
}
