import ArgumentParser
import Foundation
import SiteBuilder

/// `atlas`: the root command. Its subcommands parse flags and call the libraries.
public struct Atlas: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "atlas",
        abstract: "Turn Markdown lessons about activation functions into a static teaching site.",
        discussion: """
            Exit status: 0 success, 1 content errors, 2 usage errors.
            """,
        version: AtlasVersion.current,
        subcommands: [Build.self, Serve.self, Check.self, New.self, Eval.self, List.self, Render.self, TranslationsCommand.self],
        defaultSubcommand: nil
    )

    public init() {}

    /// Runs the command line and exits. The one place errors become text and exit codes:
    /// content errors (already printed as `PATH:LINE:COL: error: …`) exit 1, usage
    /// errors exit 2, help and version exit 0. Every error starts `error:`, those of the
    /// argument parser too (``ErrorPrefix``).
    public static func runAndExit(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Never {
        do {
            var command = try parseAsRoot(EvalArguments.normalize(arguments))
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Foundation.exit(0)
        } catch let failure as ContentFailure {
            if !failure.report.isEmpty { printError(failure.report) }
            Foundation.exit(1)
        } catch let failure as UsageFailure {
            printError("error: \(failure.message)")
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            printError(ErrorPrefix.lowercased(fullMessage(for: error)))
            // swift-argument-parser uses EX_USAGE (64) for bad arguments; DESIGN §3 says 2.
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue == 1 ? 1 : 2)
        }
    }
}

/// Content problems, already formatted one per line; exit status 1. An empty report
/// prints nothing: the problems went to standard output already (`atlas check --format json`).
struct ContentFailure: Error {
    var report: String
}

/// A bad value on the command line found after parsing (an unknown function name, say);
/// exit status 2.
struct UsageFailure: Error {
    var message: String
}

/// Whether diagnostics may be coloured: standard error is a terminal, `NO_COLOR` is not
/// set (no-color.org) and `TERM` is not `dumb`. Pipes and CI logs get plain text.
enum Terminal {
    static var standardErrorHasColour: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(2) != 0 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}
