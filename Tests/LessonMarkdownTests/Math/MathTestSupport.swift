import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Well-formedness check for converter output, with Foundation's XMLParser.
enum MathXMLCheck {
    /// nil when `xml` parses; otherwise the parser's complaint.
    static func problem(in xml: String) -> String? {
        let parser = XMLParser(data: Data(xml.utf8))
        return parser.parse() ? nil : (parser.parserError.map { "\($0)" } ?? "unknown XML error")
    }
}

/// Golden files in `Golden/` beside the tests: set `RECORD_SNAPSHOTS=1` to write them;
/// recording fails the test so that someone reviews the diff.
enum MathGoldenFile {
    static func directory(besides testFile: String = #filePath) -> URL {
        URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    static func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory().appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            do {
                try FileManager.default.createDirectory(at: directory(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: file)
                Issue.record("Recorded golden file '\(name)'; review it, then run again without RECORD_SNAPSHOTS",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("Could not write golden file '\(file.path)': \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("Missing golden file '\(name)'; run with RECORD_SNAPSHOTS=1 to record it",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            Issue.record("""
                Golden file '\(name)' differs (set RECORD_SNAPSHOTS=1 to re-record)
                  expected: \(expected)
                  actual:   \(actual)
                """, sourceLocation: sourceLocation)
        }
    }
}

/// SplitMix64: a seeded generator, so the random-input test is reproducible.
struct MathRandom: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
