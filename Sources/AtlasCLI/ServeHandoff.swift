import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `atlas serve`, handed to the `atlas-serve` executable beside `atlas` (the way `git`
/// and `cargo` run their subcommands): the server's HTTP library brings in
/// FoundationNetworking and libcurl with its own shared libraries, about 30 (with the Swift
/// runtime linked dynamically), whose loading made every `atlas` command start 7 ms later
/// (`atlas --version` took 17.0 ms, then 10.1).
/// `atlas-serve` parses the arguments itself, help included, so this command only lists
/// `serve` in `atlas --help`; `atlas serve …` and `atlas help serve …` never reach it.
struct ServeHandoff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on this machine, and rebuild and reload the pages on every change.",
        discussion: """
            The site is built as by 'atlas build' (with the cache), then served from the output \
            folder at http://127.0.0.1:PORT/. The content and templates folders are watched: on a \
            change the site is rebuilt and every open page reloads where it was scrolled. A build \
            with errors prints them here and shows them over the page, which stays the last good \
            build. The pages are sent with a small live-reload script; the files on disk stay free \
            of it. When the port is in use, the next free one is taken. Ctrl-C stops the server.
            """)

    @Argument(parsing: .captureForPassthrough) var arguments: [String] = []

    func run() throws {
        try Self.exec(arguments)
    }

    /// The arguments for `atlas-serve` when `arguments` (atlas's, without its name) asks
    /// for `atlas serve` or its help (`atlas help serve`, with anything after it); nil
    /// otherwise.
    static func serveArguments(_ arguments: [String]) -> [String]? {
        if arguments.first == "serve" { return Array(arguments.dropFirst()) }
        if arguments.count >= 2, arguments[0] == "help", arguments[1] == "serve" { return ["--help"] }
        return nil
    }

    /// Replaces this process with `atlas-serve` and `arguments`; throws only when it cannot.
    static func exec(_ arguments: [String]) throws {
        let folder = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments.first ?? "atlas").deletingLastPathComponent()
        let server = folder.appendingPathComponent("atlas-serve").path
        fflush(nil)
        let argv = ([server] + arguments).map { strdup($0) } + [nil]
        execv(server, argv)
        let reason = String(cString: strerror(errno))
        for pointer in argv { free(pointer) }
        throw UsageFailure(
            message: "atlas serve runs 'atlas-serve', which could not be started from '\(folder.path)' (\(reason)); "
                + "'make install' installs it beside atlas, and 'swift build' builds both")
    }
}

/// The words of `atlas serve --help`, for `atlas-serve`'s own help: those that `atlas --help`
/// shows (``ServeHandoff``).
public enum ServeHelp {
    public static let abstract = ServeHandoff.configuration.abstract
    public static let discussion = ServeHandoff.configuration.discussion
}
