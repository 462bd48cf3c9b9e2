import AtlasTestSupport
import Foundation
import Testing

/// `atlas serve` is the `atlas-serve` executable beside `atlas` (AtlasCLI's `ServeHandoff`),
/// so that no other command loads the server's networking libraries.
@Suite struct ServeHandoffTests {
    var server: URL { AtlasProcess.executable.deletingLastPathComponent().appendingPathComponent("atlas-serve") }

    @Test("'atlas serve --help' and 'atlas help serve' print atlas-serve's whole help; 'atlas --help' lists serve; --version")
    func help() throws {
        for arguments in [["serve", "--help"], ["help", "serve"], ["help", "serve", "--port"]] {
            let result = try AtlasProcess.run(arguments)
            #expect(result.status == 0)
            #expect(result.standardOutput.contains("USAGE: atlas serve [--content <dir>]"))
            #expect(result.standardOutput.contains("--port <n>"))
        }
        let root = try AtlasProcess.run(["--help"])
        #expect(root.standardOutput.contains("  serve                   Build the site, serve it on this machine"))
        let version = try AtlasProcess.run(["--version"])
        #expect(try AtlasProcess.run(["serve", "--version"]).standardOutput == version.standardOutput)
    }

    @Test("Without atlas-serve beside it, 'atlas serve' says so and exits 2")
    func serverMissing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A hard link: the executable's own path is then the temporary folder's.
        let alone = folder.url.appendingPathComponent("atlas")
        if link(AtlasProcess.executable.path, alone.path) != 0 {
            try FileManager.default.copyItem(at: AtlasProcess.executable, to: alone)
        }
        let process = Process()
        process.executableURL = alone
        process.arguments = ["serve", "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(
            text
                == "error: atlas serve runs 'atlas-serve', which could not be started from '\(folder.url.resolvingSymlinksInPath().path)' "
                + "(No such file or directory); 'make install' installs it beside atlas, and 'swift build' builds both\n")
    }

    #if os(Linux)
    @Test("atlas loads neither FoundationNetworking nor libcurl; atlas-serve does")
    func atlasLoadsNoNetworking() throws {
        func libraries(_ executable: URL) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
            process.arguments = [executable.path]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return text
        }
        let atlas = try libraries(AtlasProcess.executable)
        #expect(atlas.contains("libFoundation") && !atlas.contains("libFoundationNetworking") && !atlas.contains("libcurl"))
        let served = try libraries(server)
        #expect(served.contains("libFoundationNetworking") && served.contains("libcurl"))
    }
    #endif
}
