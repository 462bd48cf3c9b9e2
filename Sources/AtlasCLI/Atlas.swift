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
        subcommands: [Build.self, ServeHandoff.self, Check.self, New.self, Eval.self, List.self, Render.self, TranslationsCommand.self],
        defaultSubcommand: nil
    )

    public init() {}

    /// Runs the command line and exits. The one place errors become text and exit codes:
    /// content errors (already printed as `PATH:LINE:COL: error: …`) exit 1, usage
    /// errors exit 2, help and version exit 0. Every error starts `error:`, those of the
    /// argument parser too (``ErrorPrefix``).
    public static func runAndExit(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Never {
        if let serving = ServeHandoff.serveArguments(arguments) {
            do { try ServeHandoff.exec(serving) } catch { exit(with: error, root: Atlas.self) }
        }
        // A command that builds starts its argument-free first steps on the second core now.
        if let command = arguments.first, ["build", "check"].contains(command) { StartUp.prepare() }
        await runAndExit(Atlas.self, EvalArguments.normalize(arguments))
    }

    /// Runs `root`'s command line and exits as above: `atlas`'s, and `atlas-serve`'s
    /// (AtlasServe), whose root command is `atlas serve`.
    public static func runAndExit<Root: AsyncParsableCommand>(_ root: Root.Type, _ arguments: [String]) async -> Never {
        do {
            var command = try root.parseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            StartUp.finish()
            Foundation.exit(0)
        } catch {
            exit(with: error, root: root)
        }
    }

    /// Prints `error` as its kind asks and exits with its code.
    private static func exit(with error: any Error, root: any ParsableCommand.Type) -> Never {
        StartUp.finish()
        switch error {
        case let failure as ContentFailure:
            if !failure.report.isEmpty { printError(failure.report) }
            Foundation.exit(1)
        case let failure as UsageFailure:
            printError("error: \(failure.message)")
            Foundation.exit(2)
        default:
            let code = root.exitCode(for: error)
            if code == .success {
                print(root.fullMessage(for: error))
                Foundation.exit(0)
            }
            printError(ErrorPrefix.lowercased(root.fullMessage(for: error)))
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
public struct UsageFailure: Error {
    public var message: String

    public init(message: String) { self.message = message }
}

/// Whether diagnostics may be coloured: standard error is a terminal, `NO_COLOR` is not
/// set (no-color.org) and `TERM` is not `dumb`. Pipes and CI logs get plain text.
public enum Terminal {
    public static var standardErrorHasColour: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(2) != 0 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }
}

public func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// Standard output is a pipe under a test or an editor: each line is sent as it is printed.
public func flushStandardOutput() {
    fflush(nil)
}
