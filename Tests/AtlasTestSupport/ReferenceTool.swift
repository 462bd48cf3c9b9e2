import Foundation
import Testing

/// A program that differential tests compare atlas against, such as the `cmark` command or
/// KaTeX, and whether this machine has it.
///
/// `swift test` skips a test that needs a missing tool and says which tool and how to
/// install it. `make test` installs every tool (Scripts/need.sh) and sets
/// `ATLAS_REFERENCE_TOOLS=required`, and CI sets `CI`: then such tests run anyway and fail
/// on the missing tool, so a CI machine never skips them in silence.
///
/// ```swift
/// @Test(.requires(.cmark)) func sameAsCmark() throws { … }
/// ```
public struct ReferenceTool: Sendable {
    /// What the skip message calls it: "the cmark command".
    public var name: String
    /// Files that must exist.
    public var files: [String]
    /// Commands that must run: a path (`/usr/bin/cmark`), or a name found on `PATH`.
    public var commands: [String]
    /// How to install it: "apt-get install cmark".
    public var install: String

    public init(name: String, files: [String] = [], commands: [String] = [], install: String) {
        self.name = name
        self.files = files
        self.commands = commands
        self.install = install
    }

    /// Debian's `cmark`: CommonMark's reference renderer, built from the same sources as
    /// the libcmark that LessonMarkdown links (`CMarkReference`).
    public static let cmark = ReferenceTool(
        name: "the cmark command", commands: ["/usr/bin/cmark"], install: "apt-get install cmark")

    /// Debian's `katex`, run with node (`KaTeXReference` in the math tests).
    public static let katex = ReferenceTool(
        name: "KaTeX", files: ["/usr/share/nodejs/katex/package.json"], commands: ["node"],
        install: "apt-get install katex")

    public var isInstalled: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init)
        return files.allSatisfy { FileManager.default.fileExists(atPath: $0) }
            && commands.allSatisfy { command in
                command.contains("/")
                    ? FileManager.default.isExecutableFile(atPath: command)
                    : folders.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(command)") }
            }
    }

    /// Throws, naming the tool and how to install it, when it is missing: what a required
    /// test shows rather than a bare "file not found".
    public func check() throws {
        guard isInstalled else { throw Missing(description: "\(name) is not installed; run '\(install)'") }
    }

    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    /// Whether a test must run even when its tool is missing, and so fail: under
    /// `make test` (`ATLAS_REFERENCE_TOOLS=required`) and in CI (`CI` set, as GitHub
    /// Actions, GitLab and most others do, to anything but `0` or `false`).
    public static var areRequired: Bool {
        let environment = ProcessInfo.processInfo.environment
        if environment["ATLAS_REFERENCE_TOOLS"] == "required" { return true }
        guard let ci = environment["CI"] else { return false }
        return !["", "0", "false"].contains(ci.lowercased())
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test or suite only where `tool` is installed, or where tools are required
    /// (`make test`, CI; see ``ReferenceTool/areRequired``); otherwise skips it, saying why.
    public static func requires(_ tool: ReferenceTool, sourceLocation: SourceLocation = #_sourceLocation) -> Self {
        .enabled(
            if: tool.isInstalled || ReferenceTool.areRequired,
            "\(tool.name) is not installed ('\(tool.install)'; make test installs it)",
            sourceLocation: sourceLocation)
    }
}
