import ArgumentParser
import Foundation
import SiteBuilder

/// `atlas build`: Content/ → _site/.
struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from a content folder.",
        discussion: """
            Every problem of the build is printed as PATH:LINE:COL: error: … (or warning: …), sorted \
            by file and line, with the source line and a caret under the column, coloured on a \
            terminal (set NO_COLOR to turn colour off); a failed build ends with a count of them. \
            An error writes nothing, and the previous site stays exactly as it was; a warning does \
            not stop the build unless --strict is given. See docs/errors.md.

            The site is written into a hidden folder beside the output and swapped in once it is \
            complete. Files in the output folder that the build did not write are kept, unless --clean.

            What did not change since the last build is not made again: lessons, plots, tables and \
            pages are kept in a cache (.atlas-cache beside the output folder, or --cache DIR), which \
            is safe to delete and which a new atlas ignores. A build with nothing changed writes \
            nothing. The output is the same, byte for byte, as a build without the cache.
            """)

    @OptionGroup var folders: SourceFolders

    @Option(help: ArgumentHelp("Where the site is written.", valueName: "dir"))
    var output = "_site"

    @Option(help: ArgumentHelp("Lessons rendered in parallel (default: the number of cores).", valueName: "n"))
    var jobs = min(ProcessInfo.processInfo.activeProcessorCount, 1024)

    @Flag(help: "Fail the build on warnings too, as on errors (for CI).")
    var strict = false

    @Flag(
        help: ArgumentHelp(
            "Remove the files in the output folder that this build did not write (hidden ones at its top, such as .git, stay)."))
    var clean = false

    @Option(
        help: ArgumentHelp(
            "The build cache (default: .atlas-cache beside the output folder); safe to delete.", valueName: "dir"))
    var cache: String?

    @Flag(help: "Build without the cache: read nothing from it and write nothing to it.")
    var noCache = false

    func validate() throws {
        if cache != nil, noCache {
            throw ValidationError("'--cache' and '--no-cache' cannot be used together; pass one of them")
        }
        guard (1...1024).contains(jobs) else {
            throw ValidationError("'--jobs' must be between 1 and 1024, not '\(jobs)'")
        }
    }

    func run() async throws {
        var options = folders.buildOptions(output: output, jobs: jobs)
        options.clean = clean
        options.strict = strict
        if !noCache {
            let outputURL = URL(fileURLWithPath: output)
            options.cacheDirectory = cache.map { URL(fileURLWithPath: $0) } ?? BuildOptions.defaultCacheDirectory(for: outputURL)
            options.cacheDisplayPath = cache ?? defaultCacheDisplayPath(options.cacheDirectory)
        }
        let report: BuildReport
        do {
            report = try await SiteBuild.run(options)
        } catch {
            // A refused --output is a mistake on the command line, not in the content.
            switch error {
            case .unsafeOutput, .unsafeCache: throw UsageFailure(message: error.message)
            default: break
            }
            throw ContentFailure(report: Self.failureReport(error, strict: strict, output: output))
        }
        if !report.warnings.isEmpty {
            printError(DiagnosticReport.text(report.warnings, colour: Terminal.standardErrorHasColour))
        }
        for warning in report.outputWarnings { printError("warning: \(warning)") }
        let index = DisplayPath.join(output, "index.html")
        let count = report.warnings.count + report.outputWarnings.count
        let warned = count == 0 ? "" : " (\(count) warning\(count == 1 ? "" : "s"))"
        print("Built \(report.lessonCount) lessons, \(report.writtenFiles.count) files\(warned): open \(index)")
    }
}

extension Build {
    /// A failed build's text: every problem with its source line, then the closing
    /// summary (``DiagnosticReport/failureSummary(_:strict:output:)``).
    static func failureReport(_ error: BuildError, strict: Bool, output: String) -> String {
        let colour = Terminal.standardErrorHasColour
        guard case .content(let diagnostics) = error else { return error.report(colour: colour) }
        return DiagnosticReport.text(diagnostics, colour: colour) + "\n"
            + DiagnosticReport.failureSummary(diagnostics, strict: strict, output: output)
    }

    /// `.atlas-cache` beside the output as the user would type it: `out/.atlas-cache` for
    /// `--output out/site`; the absolute path when the output ends in `.` or `..`.
    func defaultCacheDisplayPath(_ cache: URL?) -> String {
        var parts = output.split(separator: "/", omittingEmptySubsequences: false)
        guard let last = parts.popLast(), !last.isEmpty, last != ".", last != ".." else { return cache?.path ?? ".atlas-cache" }
        let parent = parts.joined(separator: "/")
        return DisplayPath.join(parent.isEmpty && output.hasPrefix("/") ? "/" : parent, ".atlas-cache")
    }
}
