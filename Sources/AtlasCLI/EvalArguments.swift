/// Lets `atlas eval` take points and expressions that begin with a minus:
/// `atlas eval '-x^-x' --x -2 -1 0`.
///
/// swift-argument-parser reads `-2` and `-x^-x` as clusters of short options, and has no
/// strategy for "an array of values that may begin with '-'" that still stops at the next
/// option. So, before parsing, the arguments of `eval` are rewritten:
///
/// - each value after `--x`, up to the next argument starting with `--` (or `-h`), becomes
///   `--x=VALUE`, which the parser reads as one value of the repeated option (our
///   validation then explains a value such as 'one');
/// - `--format` and `--type` keep the value that follows them;
/// - every other argument that is not an option (`--…`, `-h`) is a function or an
///   expression, `-x^-x` included: these go last, in their order, after `--`, where the
///   parser reads everything as a positional argument.
///
/// Nothing changes on the command line of any other subcommand.
enum EvalArguments {
    /// The options of `eval` that take the argument after them as their value.
    private static let valued: Set<String> = ["--format", "--type"]

    static func normalize(_ arguments: [String]) -> [String] {
        guard arguments.first == "eval" else { return arguments }
        var options: [String] = ["eval"]
        var positionals: [String] = []
        var index = arguments.index(after: arguments.startIndex)
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                positionals += arguments[index...]
                break
            }
            if argument == "--x" {
                var values: [String] = []
                while index < arguments.endIndex, !isOption(arguments[index]) {
                    values.append("--x=" + arguments[index])
                    index += 1
                }
                // With no value after it, `--x` stays, so the parser explains what is missing.
                options += values.isEmpty ? [argument] : values
            } else if valued.contains(argument) {
                options.append(argument)
                if index < arguments.endIndex, !isOption(arguments[index]) {
                    options.append(arguments[index])
                    index += 1
                }
            } else if isOption(argument) {
                options.append(argument)
            } else {
                positionals.append(argument)
            }
        }
        return positionals.isEmpty ? options : options + ["--"] + positionals
    }

    /// `--name`, `--name=value` and `-h`: `eval` has no other short option, so `-x^-x`,
    /// `-2*x` and `-sigmoid(x)` are expressions.
    static func isOption(_ text: String) -> Bool {
        text.hasPrefix("--") || text == "-h"
    }
}

extension String {
    /// U+2212 (the minus sign a lesson's tables print) → ASCII hyphen-minus.
    func replacingTrueMinus() -> String {
        String(map { $0 == "\u{2212}" ? "-" : $0 })
    }
}
