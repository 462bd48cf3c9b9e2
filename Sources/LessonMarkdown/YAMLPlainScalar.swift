import AtlasText

/// The type YAML's core schema gives a plain (unquoted, untagged) scalar, decided from its
/// text as Yams' default resolver decides it: its seven regular expressions, tried in
/// their order (bool, int, float, merge, null, timestamp, value), the first match winning,
/// and `str` when none matches.
///
/// Why not the resolver itself: it compiles those expressions with ICU at its first use,
/// about a millisecond at the start of every build, before `site.yaml` can be read, and
/// runs up to seven matches for every scalar of every front matter. This is a few byte
/// comparisons. ``YAMLFields`` uses it when the YAML holds no `!` (no explicit tag) and
/// Yams' own resolver otherwise; `YAMLPlainScalarTests` compares the two on generated
/// texts made of the expressions' pieces.
///
/// One subtlety of ICU carried over: `$` also matches before a line terminator that ends
/// the text (`\n`, `\r`, `\r\n`, U+000B, U+000C, U+0085, U+2028, U+2029), so `"true\n"` is
/// a bool, as it is for Yams (libyaml does not end a plain scalar that way, so this is for
/// fidelity).
enum YAMLPlainScalar {
    enum Kind: Equatable {
        case bool, int, float, merge, null, timestamp, value, str
    }

    static func kind(of text: String) -> Kind {
        let bytes = withoutFinalLineTerminator(text)
        var scanner = Scanner(bytes)
        if isBool(bytes) { return .bool }
        if scanner.matchesInt() { return .int }
        if scanner.matchesFloat() { return .float }
        if bytes == Array("<<".utf8) { return .merge }
        if bytes.isEmpty || bytes == [UInt8(ascii: "~")] || isOneOf(bytes, ["null", "Null", "NULL"]) { return .null }
        if scanner.matchesTimestamp() { return .timestamp }
        if bytes == [UInt8(ascii: "=")] { return .value }
        return .str
    }

    /// The value Yams gives a bool scalar (`Bool.construct`): its text lowercased.
    static func boolValue(of text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }

    private static func isBool(_ bytes: [UInt8]) -> Bool {
        isOneOf(
            bytes,
            [
                "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
                "on", "On", "ON", "off", "Off", "OFF",
            ])
    }

    private static func isOneOf(_ bytes: [UInt8], _ words: [String]) -> Bool {
        words.contains { $0.utf8.elementsEqual(bytes) }
    }

    /// The UTF-8 of `text` less one line terminator at its end, where ICU's `$` also
    /// matches: a last Character that is a newline, which is ICU's set (`\n`, `\r\n`,
    /// `\r`, U+000B, U+000C, U+0085, U+2028, U+2029; `\r\n` is one Character).
    private static func withoutFinalLineTerminator(_ text: String) -> [UInt8] {
        guard let last = text.last, CharacterClass.isNewline(last) else { return Array(text.utf8) }
        return Array(text.dropLast().utf8)
    }

    /// Each expression's alternatives, each matched from the start to the end of the text.
    /// Every repetition in them is followed by something it cannot take, so taking as much
    /// as it can is the only way to a match: no backtracking is needed.
    private struct Scanner {
        let bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { position == bytes.count }

        /// Takes the next byte if `accepts` it.
        mutating func take(_ accepts: (UInt8) -> Bool) -> Bool {
            guard position < bytes.count, accepts(bytes[position]) else { return false }
            position += 1
            return true
        }

        mutating func take(_ byte: Character) -> Bool { take { $0 == byte.asciiValue } }

        /// Takes as many accepted bytes as follow; how many.
        @discardableResult
        mutating func takeAll(_ accepts: (UInt8) -> Bool) -> Int {
            var count = 0
            while take(accepts) { count += 1 }
            return count
        }

        /// Takes one of `words` (none a prefix of another).
        mutating func take(oneOf words: [String]) -> Bool {
            for word in words where bytes[position...].starts(with: word.utf8) {
                position += word.utf8.count
                return true
            }
            return false
        }

        static func digit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        static func digitOrUnderscore(_ byte: UInt8) -> Bool { digit(byte) || byte == UInt8(ascii: "_") }
        static func sign(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") }
        static func space(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

        /// Runs `alternative` from the start; true when it matched the whole text.
        mutating func whole(_ alternative: (inout Scanner) -> Bool) -> Bool {
            position = 0
            return alternative(&self) && atEnd
        }

        /// `(?::[0-5]?[0-9])+`: one or more `:` and a base-60 digit pair.
        mutating func sexagesimalGroups() -> Bool {
            var groups = 0
            while take(":") {
                // [0-5]?[0-9]: two digits when the first is 0–5 and a digit follows, else one.
                guard take(Self.digit) else { return false }
                if bytes[position - 1] <= UInt8(ascii: "5") { _ = take(Self.digit) }
                groups += 1
            }
            return groups > 0
        }

        mutating func matchesInt() -> Bool {
            // [-+]?0b[0-1_]+
            whole { s in
                _ = s.take(Self.sign); return s.take("0") && s.take("b") && s.takeAll { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F } > 0
            }
                // [-+]?0o?[0-7_]+
                || whole { s in
                    _ = s.take(Self.sign)
                    guard s.take("0") else { return false }
                    _ = s.take("o")
                    return s.takeAll { ($0 >= 0x30 && $0 <= 0x37) || $0 == 0x5F } > 0
                }
                // [-+]?(?:0|[1-9][0-9_]*)
                || whole { s in
                    _ = s.take(Self.sign)
                    if s.take("0") { return true }
                    guard s.take({ $0 >= 0x31 && $0 <= 0x39 }) else { return false }
                    s.takeAll(Self.digitOrUnderscore)
                    return true
                }
                // [-+]?0x[0-9a-fA-F_]+
                || whole { s in
                    _ = s.take(Self.sign)
                    return s.take("0") && s.take("x") && s.takeAll { Self.digitOrUnderscore($0) || (0x61...0x66).contains($0 | 0x20) } > 0
                }
                // [-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+
                || whole { s in
                    _ = s.take(Self.sign)
                    guard s.take({ $0 >= 0x31 && $0 <= 0x39 }) else { return false }
                    s.takeAll(Self.digitOrUnderscore)
                    return s.sexagesimalGroups()
                }
        }

        mutating func matchesFloat() -> Bool {
            // [-+]?(?:[0-9][0-9_]*)(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?
            whole { s in
                _ = s.take(Self.sign)
                guard s.take(Self.digit) else { return false }
                s.takeAll(Self.digitOrUnderscore)
                if s.take(".") { s.takeAll(Self.digitOrUnderscore) }
                if s.take({ $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
                    _ = s.take(Self.sign)
                    return s.takeAll(Self.digit) > 0
                }
                return true
            }
                // \.[0-9_]+(?:[eE][-+][0-9]+)?
                || whole { s in
                    guard s.take("."), s.takeAll(Self.digitOrUnderscore) > 0 else { return false }
                    if s.take({ $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
                        return s.take(Self.sign) && s.takeAll(Self.digit) > 0
                    }
                    return true
                }
                // [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
                || whole { s in
                    _ = s.take(Self.sign)
                    guard s.take(Self.digit) else { return false }
                    s.takeAll(Self.digitOrUnderscore)
                    guard s.sexagesimalGroups(), s.take(".") else { return false }
                    s.takeAll(Self.digitOrUnderscore)
                    return true
                }
                // [-+]?\.(?:inf|Inf|INF)
                || whole { s in
                    _ = s.take(Self.sign)
                    return s.take(".") && s.take(oneOf: ["inf", "Inf", "INF"])
                }
                // \.(?:nan|NaN|NAN)
                || whole { s in s.take(".") && s.take(oneOf: ["nan", "NaN", "NAN"]) }
        }

        mutating func matchesTimestamp() -> Bool {
            // [0-9]{4}-[0-9]{2}-[0-9]{2}
            whole { s in
                s.takeAll(Self.digit) == 4 && s.take("-") && s.takeAll(Self.digit) == 2 && s.take("-")
                    && s.takeAll(Self.digit) == 2
            }
                // [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?
                // (?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?
                || whole { s in
                    guard s.takeAll(Self.digit) == 4, s.take("-"), (1...2).contains(s.takeAll(Self.digit)), s.take("-"),
                        (1...2).contains(s.takeAll(Self.digit))
                    else { return false }
                    guard s.take({ $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: "t") }) || s.takeAll(Self.space) > 0 else {
                        return false
                    }
                    guard (1...2).contains(s.takeAll(Self.digit)), s.take(":"), s.takeAll(Self.digit) == 2, s.take(":"),
                        s.takeAll(Self.digit) == 2
                    else { return false }
                    if s.take(".") { s.takeAll(Self.digit) }
                    if s.atEnd { return true }
                    s.takeAll(Self.space)
                    if s.take("Z") { return true }
                    guard s.take(Self.sign), (1...2).contains(s.takeAll(Self.digit)) else { return false }
                    if s.take(":") { return s.takeAll(Self.digit) == 2 }
                    return true
                }
        }
    }
}
