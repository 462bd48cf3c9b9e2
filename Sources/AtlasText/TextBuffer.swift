/// Text written as UTF-8 bytes into one growing array: how a figure's SVG, its read-out
/// JSON and its table are put together without a String made and joined for every tag
/// and every number.
///
/// Why bytes: appending to a `[UInt8]` is a copy; appending to a `String` also keeps its
/// count and its ASCII and NFC flags up to date, and every small piece joined with `+`
/// is a String of its own. A plot holds a few hundred numbers, and a large course tens
/// of thousands of plots. ``text`` makes the String once, at the end.
///
/// ```swift
/// var buffer = TextBuffer()
/// buffer.append("<text x=\"")
/// buffer.append(DecimalNumber(significand: -4, exponent: -1), .positional)
/// buffer.append("\">")
/// buffer.appendEscaped("a < b")
/// buffer.text   // "<text x=\"-0.4\">a &lt; b"
/// ```
public struct TextBuffer: Sendable, Equatable {
    /// The UTF-8 bytes written so far.
    public internal(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far (``UTF8Text/string(_:)``: a figure is long and mostly ASCII).
    public var text: String { UTF8Text.string(bytes) }

    public var isEmpty: Bool { bytes.isEmpty }

    /// Appends `text` as it is: markup, or text escaped already.
    ///
    /// Through `withUTF8`: appending the UTF-8 view as a sequence took about 170
    /// instructions for each of the short pieces of markup a figure is written in.
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends what `other` holds.
    public mutating func append(_ other: TextBuffer) {
        bytes.append(contentsOf: other.bytes)
    }

    /// Appends one ASCII character.
    public mutating func append(ascii: Unicode.Scalar) {
        bytes.append(UInt8(ascii: ascii))
    }

    /// Appends one byte of UTF-8.
    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends `value` in decimal: `-12`, `0`, `640`.
    public mutating func append(integer value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(of: value.magnitude)
    }

    /// Appends `value`'s decimal digits, most significant first, without a sign.
    mutating func appendDigits(of value: UInt) {
        if value < 10 {
            bytes.append(UInt8(truncatingIfNeeded: value) + UInt8(ascii: "0"))
            return
        }
        appendDigits(of: value, pointAfter: 0)
    }

    /// Appends `value`'s decimal digits with a point after the first `integerDigits` of
    /// them, when that leaves digits after it (0 or fewer: no point); returns how many
    /// digits there are.
    ///
    /// Why a scratch buffer (``ScratchText``): the digits come least significant first.
    /// They are written back to front into a few bytes on the stack, the point among
    /// them, and appended in one copy, where appending byte by byte checked the array's
    /// uniqueness and capacity for each (a plot's read-out and SVG write tens of thousands
    /// of numbers).
    @discardableResult
    mutating func appendDigits(of value: UInt, pointAfter integerDigits: Int) -> Int {
        // UInt.max has 20 digits; with the point, 21 bytes.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { scratch in
            var count = 1
            var power: UInt = 10
            while count < 20, value >= power {
                count += 1
                power = power &* 10
            }
            var text = ScratchText(scratch)
            text.putDigits(UInt64(value), count: count, pointAfter: integerDigits)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<text.end]))
            return count
        }
    }

    /// Appends `text` escaped for markup, exactly as ``MarkupText/escaped(_:)`` writes it
    /// (which gives the text itself back when nothing in it needs escaping).
    public mutating func appendEscaped(_ text: String) {
        append(MarkupText.escaped(text))
    }

    /// Appends `number` laid out in `notation`, as ``DecimalNumber/text(_:minus:exponentStyle:)`` writes it.
    public mutating func append(
        _ number: DecimalNumber, _ notation: DecimalNumber.Notation, minus: String = "-",
        exponentStyle: DecimalParts.ExponentStyle = .compact
    ) {
        number.write(notation, minus: minus, exponentStyle: exponentStyle) { count, fill in
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: count))
            bytes.withUnsafeMutableBufferPointer { all in
                fill(UnsafeMutableBufferPointer(rebasing: all[start..<start + count]))
            }
        }
    }
}
