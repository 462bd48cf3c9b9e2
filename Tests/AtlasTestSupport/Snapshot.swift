import Foundation
import Testing

/// Golden-file comparison in the habit of swift-argument-parser: set
/// `RECORD_SNAPSHOTS=1` to write the files; recording fails the test so that someone
/// reviews the diff before committing.
public enum Snapshot {
    /// `Snapshots/` beside the test file that calls this (pass `#filePath`).
    public static func directory(besides testFile: String) -> URL {
        URL(fileURLWithPath: testFile).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    }

    /// Compares `actual` with the file `name` (e.g. `sigmoid.svg`) in `directory`, byte for byte.
    public static func assertMatches(
        _ actual: String, named name: String, in directory: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let file = directory.appendingPathComponent(name)
        if isRecording {
            do {
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: file)
                Issue.record(
                    "Recorded snapshot '\(name)'; review the diff, then run again without RECORD_SNAPSHOTS",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("Could not write snapshot '\(file.path)': \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record(
                "Missing snapshot '\(name)'; run with RECORD_SNAPSHOTS=1 to record it",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference =
            zip(expectedLines, actualLines).enumerated()
            .first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
        let line = firstDifference + 1
        let want = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end of file>"
        let got = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end of file>"
        Issue.record(
            """
            Snapshot '\(name)' differs at line \(line) (set RECORD_SNAPSHOTS=1 to re-record)
              expected: \(want)
              actual:   \(got)
            """, sourceLocation: sourceLocation)
    }
}
