import Foundation
import Testing

/// Protects issue 11's rule that no code decides by a message's English text (a kind
/// does that): every Swift file in Sources is searched for a comparison with, or a test
/// of, the text of a message, hint, reason, problem or description.
@Suite struct MessageBranchingTests {
    /// Where the text of a message is tested: `x.message.hasPrefix(…)`, `x.hint == "…"`,
    /// `"…" != problem`, `switch error.message {`. (`reason`, `problem` and `description`
    /// are often enums, which a `switch` may well decide by; a string literal or a string
    /// method gives a test of text away.) `\b` is ASCII's: to Unicode, `diagnostic.message`
    /// is one word.
    static func patterns() throws -> [Regex<AnyRegexOutput>] {
        let names = "(?:message|hint|reason|problem|description)"
        let tests = "(?:hasPrefix|hasSuffix|contains|starts|range|firstRange|firstIndex|wholeMatch|prefixMatch|firstMatch|matches)"
        return try [
            "\\b\(names)\\s*\\.\\s*(?:lowercased\\(\\)\\s*\\.\\s*)?\(tests)\\s*\\(",
            "\\b\(names)\\s*(?:==|!=|~=)\\s*#*\"",
            "\"#*\\s*(?:==|!=|~=)\\s*[\\w.]*\\b\(names)\\b",
            "\\bswitch\\s+[\\w.]*\\b(?:message|hint)\\s*\\{",
        ].map { try Regex($0).wordBoundaryKind(.simple) }
    }

    /// Tests of text that is not ours, each with why: a library gives its error as text only.
    static let allowed: [(file: String, text: String, why: String)] = [
        (
            "Sources/LessonMarkdown/YAMLFields.swift", #"problem.hasPrefix("Maximum nesting level reached")"#,
            "libyaml's own message; Yams has no case for its nesting limit"
        ),
        (
            "Sources/LessonMarkdown/YAMLHint.swift", #"problem.hasPrefix("mapping values are not allowed")"#,
            "libyaml's own message, which Yams passes on as text; the hint says how to fix it"
        ),
        (
            "Sources/LessonMarkdown/YAMLHint.swift", #"problem.contains("cannot start any token")"#,
            "libyaml's own message, which Yams passes on as text; the hint says how to fix it"
        ),
    ]

    /// The lines of `source` that test a message's text, comments left out.
    static func offendingLines(in source: String) throws -> [String] {
        let patterns = try patterns()
        return source.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            let code = line.trimmingCharacters(in: .whitespaces)
            guard !code.hasPrefix("//") else { return nil }
            return patterns.contains { code.contains($0) } ? code : nil
        }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("No code in Sources branches on the English text of a message")
    func sources() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("MathFontData/") }
        #expect(files.count > 100, "the search must see the sources")
        var offences: [String] = []
        for file in files {
            let path = "Sources/" + file
            let source = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for line in try Self.offendingLines(in: source)
            where !Self.allowed.contains(where: { $0.file == path && line.contains($0.text) }) {
                offences.append("\(path): \(line)")
            }
        }
        #expect(offences == [], "decide by Diagnostic.Kind (or a case of the error), not by the text")
    }

    @Test("The search finds each way of testing a message's text, and leaves other code alone")
    func canFail() throws {
        let bad = [
            #"if diagnostic.message.hasPrefix("unknown activation") {"#,
            #"guard !error.message.lowercased().contains("did you mean") else {"#,
            #"let isTitle = problem.message == "lesson has no title""#,
            #"if "front matter is not closed" != diagnostic.message { }"#,
            #"switch diagnostic.message {"#,
            #"return hint.starts(with: "atlas reads")"#,
        ]
        for line in bad { #expect(try Self.offendingLines(in: line) == [line], "\(line)") }
        let fine = [
            #"// if diagnostic.message.hasPrefix("x") — a comment"#,
            #"if diagnostic.kind == .frontMatterTitle {"#,
            #"(lhs.location, lhs.message) < (rhs.location, rhs.message)"#,
            #"let message = "unknown role '{\(name)}'""#,
            #"if text.hasPrefix("-") { data += " " }"#,
            #"switch problem {"#,
            #"switch options.description {"#,
        ]
        for line in fine { #expect(try Self.offendingLines(in: line) == [], "\(line)") }
    }
}
