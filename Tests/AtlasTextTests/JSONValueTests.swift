import AtlasTestSupport
import Foundation
import Testing

@testable import AtlasText

/// Protects the one JSON writer: what it writes is JSON that Foundation's own parsers
/// read back to the same strings and numbers, and its spacing is pinned.
@Suite struct JSONValueTests {
    @Test("Strings of any scalars (controls, quotes, backslashes, <, astral) decode back unchanged")
    func strings() throws {
        var random = SeededGenerator(seed: 0x5EED)
        let awkward: [Unicode.Scalar] = [
            "\"", "\\", "<", ">", "/", "\u{7F}", "\u{2028}", "\u{2029}", "\u{FEFF}", "é", "😀", "\u{0}", "\n", "\t",
        ]
        var strings = ["", "plain", "a\"b\\c</script>", "\u{1}\u{1F}\u{20}", "σ(x) = 1 / (1 + e⁻ˣ)"]
        for _ in 0..<2_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                switch Int.random(in: 0..<4, using: &random) {
                case 0: scalars.append(awkward[Int.random(in: 0..<awkward.count, using: &random)])
                case 1: scalars.append(Unicode.Scalar(UInt8.random(in: 0..<0x80, using: &random)))
                default:
                    let value = UInt32.random(in: 0...0x10_FFFF, using: &random)
                    scalars.append(Unicode.Scalar(value) ?? "?")  // surrogates are not scalars
                }
            }
            strings.append(String(scalars))
        }
        for string in strings {
            let text = JSONValue.object([(string, .string(string))]).text()
            // JSONDecoder, not JSONSerialization: on Linux the latter drops a string's leading U+FEFF.
            let decoded = try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
            #expect(decoded == [string: string], "\(text)")
            #expect(try JSONDecoder().decode(String.self, from: Data(JSONValue.string(string).text().utf8)) == string)
            #expect(!text.contains("<"), "a string must not be able to close a <script>: \(text)")
        }
    }

    @Test("Numbers read back as the same Double; 4-digit numbers as C's %.4g; non-finite as null")
    func numbers() throws {
        let values = TestDoubles.edges + TestDoubles.mixed(count: 10_000, seed: 3)
        let shortest = JSONValue.array(values.map { .number($0) }).text()
        let decoded = try JSONDecoder().decode([Double].self, from: Data(shortest.utf8))
        #expect(decoded.map(\.bitPattern) == values.map(\.bitPattern))

        // Valid JSON, but 1.798e+308 (the largest Double to 4 digits) is beyond what a Double reads.
        let inRange = values.filter { $0.magnitude < 1.797e308 }
        let rounded = JSONValue.array(inRange.map { .significant($0, digits: 4) }).text()
        let decodedRounded = try JSONDecoder().decode([Double].self, from: Data(rounded.utf8))
        #expect(decodedRounded.map(\.bitPattern) == inRange.map { Double(cPrintf("%.4g", $0))?.bitPattern })

        let nonFinite = JSONValue.array([.number(.nan), .number(.infinity), .significant(-.infinity, digits: 3)]).text()
        #expect(nonFinite == "[null,null,null]")
    }

    @Test("A packed array of significant numbers is written as C's %.4g writes each, spaced or not")
    func significantArray() throws {
        let values = TestDoubles.edges + TestDoubles.mixed(count: 2_000, seed: 11) + [.nan, -.infinity]
        let packed = JSONValue.significantArray(values, digits: 4)
        #expect(packed.text() == JSONValue.array(values.map { .significant($0, digits: 4) }).text())
        #expect(packed.text(.spaced) == JSONValue.array(values.map { .significant($0, digits: 4) }).text(.spaced))
        let small = JSONValue.object([("v", .significantArray([0.002473, -4.54e-05, 1, -0.0, .nan], digits: 4))])
        let expected = [0.002473, -4.54e-05, 1, -0.0].map { cPrintf("%.4g", $0) }.joined(separator: ",")
        #expect(small.text() == #"{"v":["# + expected + #",null]}"#)
        #expect(JSONValue.significantArray([], digits: 3).text(.spaced) == "[]")
    }

    @Test("Every kind of value, nested, as Foundation reads it")
    func document() throws {
        let document = JSONValue.object([
            ("a", .array([.integer(-3), .bool(true), .bool(false), .null, .number(0.5), .significant(4.5397868702434395e-05, digits: 3)])),
            ("b", .object([])), ("c", .array([])), ("d", .object([("e", .string("f"))])),
        ])
        #expect(document.text() == #"{"a":[-3,true,false,null,0.5,4.54e-05],"b":{},"c":[],"d":{"e":"f"}}"#)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(document.text().utf8)) as? [String: Any])
        #expect((object["a"] as? [Any])?.count == 6)
        #expect((object["d"] as? [String: String]) == ["e": "f"])
    }

    @Test("Spaced: a space after each comma and colon, as Python's json.dumps")
    func spaced() {
        let rows = JSONValue.array([.object([("x", .string("-2")), ("value", .string("0"))]), .object([("x", .string("nan"))])])
        #expect(rows.text(.spaced) == #"[{"x": "-2", "value": "0"}, {"x": "nan"}]"#)
        #expect(JSONValue.string("\u{1}<").text() == #""\u0001\u003c""#)
    }
}
