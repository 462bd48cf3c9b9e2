import ArgumentParser
import Foundation
import SiteBuilder

/// `atlas render`: one lesson's HTML fragment, for editors and debugging.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print one lesson's HTML fragment, without template or front matter.")

    @Argument(help: ArgumentHelp("The lesson file, or '-' for standard input.", valueName: "file"))
    var file = "-"

    @Flag(help: "Keep raw HTML written in the lesson (dropped by default).")
    var unsafeHTML = false

    /// Printed on standard error when standard input is a terminal, before reading it.
    static let waitingNotice =
        "atlas render: reading a lesson from standard input; type or paste it, then press Ctrl-D "
        + "(or pass a file: 'atlas render LESSON.md')"

    func run() throws {
        let data: Data
        if file == "-" {
            // A user who typed `atlas render` at a prompt would otherwise face a silent wait.
            if isatty(0) != 0 { printError(Self.waitingNotice) }
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            // A usage error in the one place that prints them (Atlas.runAndExit): a
            // ValidationError thrown from run() would come with the root command's usage.
            guard !SourceFolders.isDirectory(file) else {
                throw UsageFailure(message: "'\(file)' is a folder; pass a lesson file or '-'")
            }
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw UsageFailure(message: "cannot read '\(file)'; pass a lesson file or '-'")
            }
            data = contents
        }
        let path = file == "-" ? "<stdin>" : file
        do {
            let (html, warnings) = try LessonPipeline.renderFragment(data, path: path, allowRawHTML: unsafeHTML)
            if !warnings.isEmpty {
                printError(warnings.map { $0.formatted(colour: Terminal.standardErrorHasColour) }.joined(separator: "\n"))
            }
            print(html, terminator: "")
        } catch {
            throw ContentFailure(report: error.report(colour: Terminal.standardErrorHasColour))
        }
    }
}
