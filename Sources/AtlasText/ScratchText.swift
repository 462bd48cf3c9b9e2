/// A number's text laid out in a few bytes on the stack before it is appended at once:
/// appending byte by byte checked the array's uniqueness and capacity for every byte.
/// The caller sizes the space for the longest text it writes (debug builds check it).
struct ScratchText {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Where the next byte goes: the length written so far.
    var end = 0

    init(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func put(_ character: Unicode.Scalar) {
        assert(end < bytes.count, "ScratchText: the caller's space is too small")
        bytes[end] = UInt8(ascii: character)
        end += 1
    }

    /// The last `count` decimal digits of `value`, most significant first (zeros in front
    /// when it has fewer), with a point after the first `pointAfter` of them when that
    /// leaves digits after it (0 or fewer: no point). Written back to front, the order
    /// the digits come in.
    mutating func putDigits(_ value: UInt64, count: Int, pointAfter: Int) {
        let hasPoint = pointAfter > 0 && pointAfter < count
        var index = end + count + (hasPoint ? 1 : 0)
        assert(index <= bytes.count, "ScratchText: the caller's space is too small")
        let finish = index
        var rest = value
        for digit in stride(from: count - 1, through: 0, by: -1) {
            index -= 1
            bytes[index] = UInt8(truncatingIfNeeded: rest % 10) &+ UInt8(ascii: "0")
            rest /= 10
            if hasPoint && digit == pointAfter {
                index -= 1
                bytes[index] = UInt8(ascii: ".")
            }
        }
        end = finish
    }
}
