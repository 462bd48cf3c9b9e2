import Foundation

/// The lesson formulas in `corpus.tex` and the accepted differences in
/// `corpus-differences.txt`, both beside this file.
enum KaTeXCorpus {
    /// One corpus line: `display: \frac12` or `inline: x^2`.
    struct Formula: CustomStringConvertible {
        var tex: String
        var display: Bool
        /// 1-based line in `corpus.tex`, for messages.
        var line: Int

        /// The corpus line itself; `corpus-differences.txt` names formulas this way.
        var description: String { (display ? "display: " : "inline: ") + tex }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// Every formula in `corpus.tex`; `%` comments and blank lines are skipped.
    static func formulas() throws -> [Formula] {
        let text = try String(contentsOf: folder.appendingPathComponent("corpus.tex"), encoding: .utf8)
        var formulas: [Formula] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("%") { continue }
            if line.hasPrefix("display: ") {
                formulas.append(Formula(tex: String(line.dropFirst(9)), display: true, line: index + 1))
            } else if line.hasPrefix("inline: ") {
                formulas.append(Formula(tex: String(line.dropFirst(8)), display: false, line: index + 1))
            } else {
                throw Failure(description: "corpus.tex:\(index + 1): line '\(line)' must start with 'display: ' or 'inline: '")
            }
        }
        return formulas
    }

    /// `corpus-differences.txt` as corpus line -> reason. Each entry is one line,
    /// `<corpus line> ## <reason>`; `#` comments and blank lines are skipped.
    static func knownDifferences() throws -> [String: String] {
        let text = try String(contentsOf: folder.appendingPathComponent("corpus-differences.txt"), encoding: .utf8)
        var differences: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let separator = line.range(of: " ## "),
                !line[separator.upperBound...].trimmingCharacters(in: .whitespaces).isEmpty
            else {
                throw Failure(description: "corpus-differences.txt:\(index + 1): entry '\(line)' needs a reason after ' ## '")
            }
            let formula = line[..<separator.lowerBound].trimmingCharacters(in: .whitespaces)
            differences[formula] = line[separator.upperBound...].trimmingCharacters(in: .whitespaces)
        }
        return differences
    }
}
