/// Lets `atlas eval … --x -2 -1 0` take values that begin with a minus.
///
/// swift-argument-parser reads `-2` as a cluster of short options and has no strategy
/// for "an array of values that may begin with '-'" that still stops at the next
/// option. So, before parsing, each number that follows `--x` is rewritten to the
/// equivalent `--x=-2`, which the parser reads as a value of the repeated option.
/// Nothing else on the command line changes.
enum EvalArguments {
    static func normalize(_ arguments: [String]) -> [String] {
        guard arguments.first == "eval" else { return arguments }
        var result: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            guard argument == "--x" else {
                result.append(argument)
                continue
            }
            var values: [String] = []
            while index < arguments.endIndex, looksLikeNumber(arguments[index]) {
                values.append("--x=" + arguments[index])
                index += 1
            }
            // With no number after it, `--x` stays, so the parser (or our validation of a
            // value such as 'one') explains what is wrong.
            result += values.isEmpty ? [argument] : values
        }
        return result
    }

    /// What `Double(_:)` reads, plus the true minus: `-2`, `-0.0`, `5e-324`, `-inf`, `nan`.
    static func looksLikeNumber(_ text: String) -> Bool {
        Double(text.replacingTrueMinus()) != nil
    }
}

extension String {
    /// U+2212 (the minus sign a lesson's tables print) → ASCII hyphen-minus.
    func replacingTrueMinus() -> String {
        String(map { $0 == "\u{2212}" ? "-" : $0 })
    }
}
