import ArgumentParser
import Foundation
import SiteBuilder

/// `--content` and `--templates`, the folders a site is made from, as `atlas build`,
/// `atlas check` and `atlas serve` take them (`@OptionGroup`).
public struct SourceFolders: ParsableArguments {
    @Option(help: ArgumentHelp("The folder of lessons and site.yaml.", valueName: "dir"))
    public var content = "Content"

    @Option(
        help: ArgumentHelp(
            "Templates that override the built-in ones file by file (default: Templates, if it exists).",
            valueName: "dir"))
    public var templates: String?

    public init() {}

    public func validate() throws {
        guard Self.isDirectory(content) else {
            throw ValidationError("content folder '\(content)' does not exist; create it or pass --content DIR")
        }
        if let templates, !Self.isDirectory(templates) {
            throw ValidationError("templates folder '\(templates)' does not exist; pass an existing folder")
        }
    }

    /// Whether `path` is a folder (a link to one counts).
    public static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    /// A build of these folders into `output` (as typed), with the other options at their
    /// defaults.
    public func buildOptions(output: String, jobs: Int) -> BuildOptions {
        BuildOptions(
            contentDirectory: URL(fileURLWithPath: content), contentDisplayPath: content,
            templatesDirectory: URL(fileURLWithPath: templates ?? "Templates"),
            templatesDisplayPath: templates ?? "Templates", outputDirectory: URL(fileURLWithPath: output), jobs: jobs,
            outputDisplayPath: output)
    }
}
