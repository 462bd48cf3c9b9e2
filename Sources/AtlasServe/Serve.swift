import ArgumentParser
import AtlasCLI
import Foundation
import PreviewServer
import SiteBuilder

/// `atlas serve`: build, serve the output folder on the loopback address, rebuild when
/// a lesson or template changes and reload every open page (PreviewServer). The root
/// command of `atlas-serve`, which `atlas serve` runs (AtlasCLI's `ServeHandoff`).
public struct Serve: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "atlas serve", abstract: ServeHelp.abstract, discussion: ServeHelp.discussion,
        version: AtlasVersion.current)

    public init() {}

    @OptionGroup var folders: SourceFolders

    @Option(help: ArgumentHelp("Where the site is written and served from.", valueName: "dir"))
    var output = "_site"

    @Option(
        help: ArgumentHelp("The build cache (default: .atlas-cache beside the output folder); safe to delete.", valueName: "dir"))
    var cache: String?

    @Option(help: ArgumentHelp("The port to listen on; the next free one when it is in use (0: any free port).", valueName: "n"))
    var port = 8000

    @Option(
        help: ArgumentHelp(
            "The address to listen on (default 127.0.0.1, this machine only); another is reachable from the network.",
            valueName: "address"))
    var host = "127.0.0.1"

    public func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("'--port' must be between 0 and 65535, not '\(port)'")
        }
        guard ListenAddress.ip(forHost: host) != nil else {
            throw ValidationError("'--host' must be an IP address or 'localhost', not '\(host)'")
        }
    }

    public func run() async throws {
        let address = ListenAddress(ip: ListenAddress.ip(forHost: host) ?? "127.0.0.1", port: UInt16(port))
        let options = buildOptions()
        let colour = Terminal.standardErrorHasColour
        let preview = LivePreview(build: { await Self.build(options) }, report: { Self.print($0, output: options, colour: colour) })
        if case .failure(let error) = await preview.buildFirst().result {
            switch error {
            case .unsafeOutput, .unsafeCache: throw UsageFailure(message: error.message)
            default: break
            }
        }
        let server: PreviewServer
        do {
            server = try await PreviewServer.start(serving: options.outputDirectory.path, at: address, events: preview.events)
        } catch {
            throw UsageFailure(message: Self.message(error, address: address))
        }
        if !address.isLoopback {
            printError(
                "warning: serving on \(address.ip), which other machines can reach; "
                    + "pass --host 127.0.0.1 to serve this machine only")
        }
        if address.port != 0, server.address.port != address.port {
            printError("warning: port \(address.port) is in use; serving on port \(server.address.port) instead")
        }
        let watcher = FolderWatcher(
            folders: watchedFolders(options), filter: WatchFilter(output: options.outputDirectory.path, cache: options.cacheDirectory?.path)
        ) { Task { await preview.changed() } }
        watcher.start()
        Swift.print("Serving \(output) at \(server.address.url) (Ctrl-C to stop)")
        flushStandardOutput()
        let heartbeat = Task {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 15_000_000_000)
                await preview.events.heartbeat()
            }
        }
        let signal = await StopSignal.wait()
        watcher.stop()
        heartbeat.cancel()
        await preview.stop()
        await server.stop()
        Swift.print("Stopped (\(signal)).")
    }

    /// As `atlas build` with the same options: with the cache, all cores, not strict.
    private func buildOptions() -> BuildOptions {
        let outputURL = URL(fileURLWithPath: output)
        var options = folders.buildOptions(output: output, jobs: min(ProcessInfo.processInfo.activeProcessorCount, 1024))
        options.cacheDirectory = cache.map { URL(fileURLWithPath: $0) } ?? BuildOptions.defaultCacheDirectory(for: outputURL)
        options.cacheDisplayPath = cache ?? options.cacheDirectory?.path ?? ".atlas-cache"
        return options
    }

    /// The content folder and the templates folder (when it exists), absolute.
    private func watchedFolders(_ options: BuildOptions) -> [String] {
        var watched = [options.contentDirectory.standardizedFileURL.path]
        if let templates = options.templatesDirectory, SourceFolders.isDirectory(templates.path) {
            watched.append(templates.standardizedFileURL.path)
        }
        return watched
    }

    private static func build(_ options: BuildOptions) async -> Result<BuildReport, BuildError> {
        do { return .success(try await SiteBuild.run(options)) } catch { return .failure(error) }
    }

    /// One line per build (`Built 15 lessons in 812 ms`, `Rebuilt in 41 ms`); a failed
    /// build's problems as `atlas build` prints them, then a line that says so.
    private static func print(_ outcome: BuildOutcome, output: BuildOptions, colour: Bool) {
        switch outcome.result {
        case .success(let report):
            if !report.warnings.isEmpty {
                printError(report.warnings.map { $0.formatted(colour: colour) }.joined(separator: "\n"))
            }
            for warning in report.outputWarnings { printError("warning: \(warning)") }
            Swift.print(
                outcome.isFirst
                    ? "Built \(report.lessonCount) lessons in \(outcome.milliseconds) ms"
                    : "Rebuilt \(report.lessonCount) lessons in \(outcome.milliseconds) ms")
        case .failure(.unsafeOutput) where outcome.isFirst, .failure(.unsafeCache) where outcome.isFirst:
            // A usage error: `run` prints it once and exits 2.
            return
        case .failure(let error):
            printError(error.report(colour: colour))
            Swift.print(
                outcome.isFirst
                    ? "Build failed in \(outcome.milliseconds) ms; serving the pages already in \(output.outputDisplayPath)"
                    : "Build failed in \(outcome.milliseconds) ms; still serving the last good build")
        }
        flushStandardOutput()
    }

    static func message(_ error: PreviewServer.StartError, address: ListenAddress) -> String {
        switch error {
        case .portsInUse(let first, let last):
            "ports \(first) to \(last) are all in use; pass --port N with a free port"
        case .cannotListen(let ip, let reason):
            "cannot listen on \(ip) port \(address.port): \(reason); pass --host 127.0.0.1 or another --port"
        }
    }
}
