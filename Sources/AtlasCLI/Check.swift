import ArgumentParser
import Foundation
import SiteBuilder

/// `atlas check`: everything `atlas build` checks, and nothing written.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find every problem a build would report, writing nothing.",
        discussion: """
            Runs every phase of a build (lessons, directives, math, links, templates, pages) \
            and reports what the build would, in the same words, but writes no file: no output \
            folder, no cache. The build cache is not read either, so the answer is a cold build's.

            --format json prints a JSON array with one object per problem (file, line, column, \
            severity, kind, message, hint), for editors and CI annotations; see docs/check-json.md.

            Exit status: 0 no errors (warnings are printed), 1 errors (or warnings, with --strict), \
            2 usage errors.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var folders: SourceFolders

    @Flag(help: "Fail on warnings too, as on errors (for CI).")
    var strict = false

    @Option(help: "Output format: text on standard error as 'atlas build' prints it, or a JSON array on standard output.")
    var format: Format = .text

    /// What `atlas build` with the same folders would do, short of writing: no cache, and
    /// SiteBuilder's `installs` off. The output folder is named only for the options'
    /// sake; it is neither checked nor touched.
    var buildOptions: BuildOptions {
        var options = folders.buildOptions(output: "_site", jobs: min(ProcessInfo.processInfo.activeProcessorCount, 1024))
        options.strict = strict
        options.installs = false
        options.cacheDirectory = nil
        return options
    }

    func run() async throws {
        let colour = Terminal.standardErrorHasColour
        let report: BuildReport
        do {
            report = try await SiteBuild.run(buildOptions)
        } catch {
            guard case .content(let diagnostics) = error else { throw ContentFailure(report: error.report(colour: colour)) }
            guard format == .text else {
                print(DiagnosticJSON.text(diagnostics))
                throw ContentFailure(report: "")
            }
            // The build's report (Diagnostic+Colour.swift), with a summary that names no folder.
            throw ContentFailure(
                report: DiagnosticReport.text(diagnostics, colour: colour) + "\n"
                    + DiagnosticReport.failureSummary(diagnostics, strict: strict, output: nil))
        }
        if format == .json {
            print(DiagnosticJSON.text(report.warnings))
            return
        }
        if !report.warnings.isEmpty { printError(DiagnosticReport.text(report.warnings, colour: colour)) }
        let found = DiagnosticReport.counts(errors: 0, warnings: report.warnings.count)
        print("Checked \(DiagnosticReport.counted(report.lessonCount, "lesson")), nothing written: \(found)")
    }
}
