import ArgumentParser
import Foundation
import SiteBuilder

/// `atlas build`: Content/ → _site/.
struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from a content folder.",
        discussion: "Every error of the build is printed as PATH:LINE:COL: error: …; nothing is written then.")

    @Option(help: ArgumentHelp("The folder of lessons and site.yaml.", valueName: "dir"))
    var content = "Content"

    @Option(help: ArgumentHelp(
        "Templates that override the built-in ones file by file (default: Templates, if it exists).",
        valueName: "dir"))
    var templates: String?

    @Option(help: ArgumentHelp("Where the site is written.", valueName: "dir"))
    var output = "_site"

    @Option(help: ArgumentHelp("Lessons rendered in parallel (default: the number of cores).", valueName: "n"))
    var jobs = min(ProcessInfo.processInfo.activeProcessorCount, 1024)

    func validate() throws {
        guard (1...1024).contains(jobs) else {
            throw ValidationError("'--jobs' must be between 1 and 1024, not '\(jobs)'")
        }
        guard isDirectory(content) else {
            throw ValidationError("content folder '\(content)' does not exist; create it or pass --content DIR")
        }
        if let templates, !isDirectory(templates) {
            throw ValidationError("templates folder '\(templates)' does not exist; pass an existing folder")
        }
    }

    func run() async throws {
        let options = BuildOptions(
            contentDirectory: URL(fileURLWithPath: content), contentDisplayPath: content,
            templatesDirectory: URL(fileURLWithPath: templates ?? "Templates"),
            templatesDisplayPath: templates ?? "Templates",
            outputDirectory: URL(fileURLWithPath: output), jobs: jobs)
        do {
            let report = try await SiteBuild.run(options)
            let index = DisplayPath.join(output, "index.html")
            print("Built \(report.lessonCount) lessons, \(report.writtenFiles.count) files: open \(index)")
        } catch {
            throw ContentFailure(report: error.description)
        }
    }
}

func isDirectory(_ path: String) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
}
