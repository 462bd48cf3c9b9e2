import AtlasTestSupport
import Foundation
import Testing

/// Protects the build cache's command line: `.atlas-cache` beside the output by
/// default, `--cache DIR` to move it, `--no-cache` to go without, a cache the build must
/// not write refused as a usage error before anything is written, and a second build
/// that changes nothing on disk.
extension EndToEndTests {
    @Test("The cache goes beside the output, or where --cache says, or nowhere with --no-cache")
    func cacheFolders() throws {
        let folder = try workspace("course")
        defer { folder.remove() }
        let names = { try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() }

        #expect(try AtlasProcess.run(["build", "--no-cache", "--output", "out/site"], in: folder.url).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path + "/out") == ["site"])
        #expect(try AtlasProcess.run(["build", "--output", "out/site"], in: folder.url).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path + "/out").sorted() == [".atlas-cache", "site"])
        #expect(try AtlasProcess.run(["build", "--cache", "elsewhere"], in: folder.url).status == 0)
        #expect(try names() == ["Content", "_site", "elsewhere", "out"])

        let tree = try FileTree(folder.url, withDates: true)
        let again = try AtlasProcess.run(["build", "--cache", "elsewhere"], in: folder.url)
        #expect(again.status == 0)
        #expect(try FileTree(folder.url, withDates: true).differences(from: tree) == [])
    }

    @Test("ATLAS_PHASES prints each phase's time on standard error, in order; without it, nothing")
    func phaseTimes() throws {
        let folder = try workspace("course")
        defer { folder.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment["ATLAS_PHASES"] = nil
        let quiet = try AtlasProcess.run(["build"], in: folder.url, environment: environment)
        #expect(quiet.status == 0 && !quiet.standardError.contains("phase "))
        environment["ATLAS_PHASES"] = "1"
        let timed = try AtlasProcess.run(["build"], in: folder.url, environment: environment)
        #expect(timed.status == 0)
        let lines = timed.standardError.split(separator: "\n").filter { $0.hasPrefix("phase ") }
        #expect(lines.first?.hasSuffix(" started, output checked") == true && lines.last?.hasSuffix(" cache saved") == true)
        // The second build, with the cache: each phase is reached, and the lesson phase's steps too.
        #expect(lines.contains { $0.hasSuffix(" output installed") })
        #expect(lines.contains { $0.hasSuffix("  lessons rendered or taken from the cache") })
        // Milliseconds since the process started: never going back.
        let times = lines.compactMap { Double($0.split(separator: " ", omittingEmptySubsequences: true)[1]) }
        #expect(times.count == lines.count && times == times.sorted() && times[0] > 0)
    }

    @Test(
        "A cache the build must not write is a usage error, and nothing changes",
        arguments: [
            (
                ["--cache", "_site/.cache"],
                "error: cache folder '_site/.cache' lies inside the output folder '_site', which every build replaces; "
                    + "choose a folder of its own, e.g. '--cache .atlas-cache' beside the output\n"
            ),
            (
                ["--cache", "Content/assets/cache"],
                "error: cache folder 'Content/assets/cache' lies inside the assets folder 'Content/assets', which every "
                    + "build copies into the site; choose a folder of its own, e.g. '--cache .atlas-cache' beside the output\n"
            ),
            (["--cache", "c", "--no-cache"], "error: '--cache' and '--no-cache' cannot be used together; pass one of them"),
        ])
    func refusedCache(_ arguments: [String], message: String) throws {
        let folder = try workspace("course")
        defer { folder.remove() }
        let before = try FileTree(folder.url, withDates: true)
        let result = try AtlasProcess.run(["build"] + arguments, in: folder.url)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix(message))
        #expect(try FileTree(folder.url, withDates: true).differences(from: before) == [])
    }
}
