import AtlasTestSupport
import Foundation
import PreviewServer
import Testing

@testable import AtlasCLI
@testable import AtlasServe

/// `atlas serve` running as a user runs it: its output read line by line as it comes.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var output = ""
    private var errors = ""

    init(_ arguments: [String], in directory: URL) throws {
        process.executableURL = AtlasProcess.executable
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.output += String(decoding: data, as: UTF8.self) }
        }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            self?.lock.withLock { self?.errors += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    var standardOutput: String { lock.withLock { output } }
    var standardError: String { lock.withLock { errors } }

    /// Waits up to `seconds` for standard output (or error) to match; the text when it does.
    func wait(for pattern: String, inErrors: Bool = false, seconds: Double = 120) async -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let text = inErrors ? standardError : standardOutput
            if let range = text.range(of: pattern, options: .regularExpression) { return String(text[range]) }
            if !process.isRunning, Date() > deadline.addingTimeInterval(-seconds + 1) { break }
            try? await Task.sleep(nanoseconds: 20_000_000)
        }
        let text = inErrors ? standardError : standardOutput
        return text.range(of: pattern, options: .regularExpression).map { String(text[$0]) }
    }

    /// Sends `signal` and waits for the exit status.
    func stop(_ signal: Int32 = SIGINT) async -> Int32 {
        if process.isRunning { kill(process.processIdentifier, signal) }
        while process.isRunning { try? await Task.sleep(nanoseconds: 20_000_000) }
        return process.terminationStatus
    }
}

/// Protects `atlas serve` end to end (issue 13, point 1): it builds, prints the URL,
/// rebuilds on a save with a line and its time, prints a failed build's errors and keeps
/// serving, takes the next port when its port is in use, and stops cleanly on Ctrl-C and
/// SIGTERM (exit 0, no hidden folder left beside the output).
@Suite(.serialized) struct ServeCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func course() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent("course"), to: folder.url.appendingPathComponent("course"))
        return folder
    }

    @Test("atlas build, atlas serve and atlas build again share one cache: neither redoes the other's work")
    func sharesTheCacheWithBuild() async throws {
        let folder = try course()
        defer { folder.remove() }
        let arguments = ["--content", "course/Content", "--output", "site"]
        #expect(try AtlasProcess.run(["build"] + arguments, in: folder.url).status == 0)
        let page = folder.url.appendingPathComponent("site/index.html").path
        let cache = folder.url.appendingPathComponent(".atlas-cache")
        func inode() throws -> Int? { try FileManager.default.attributesOfItem(atPath: page)[.systemFileNumber] as? Int }
        func versions() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0 != "CACHEDIR.TAG" }
        }
        let built = try inode()
        let first = try versions()
        #expect(first.count == 1)
        let serve = try ServeProcess(arguments + ["--port", "0"], in: folder.url)
        #expect(await serve.wait(for: "Serving site at") != nil)
        #expect(await serve.stop() == 0)
        // The served build found the page as the build left it: nothing rewritten, no second cache.
        #expect(try inode() == built && versions() == first)
        #expect(try AtlasProcess.run(["build"] + arguments, in: folder.url).status == 0)
        #expect(try inode() == built && versions() == first)
    }

    @Test("Serve, rebuild on a save, show a failed build and keep serving, stop on Ctrl-C")
    func serveAndStop() async throws {
        let folder = try course()
        defer { folder.remove() }
        let serve = try ServeProcess(["--content", "course/Content", "--output", "site", "--port", "0"], in: folder.url)
        let serving = try #require(await serve.wait(for: #"Serving site at http://127\.0\.0\.1:[0-9]+/ \(Ctrl-C to stop\)"#))
        #expect(serve.standardOutput.hasPrefix("Built "))
        #expect(await serve.wait(for: #"Built [0-9]+ lessons in [0-9]+ ms\n"#) != nil)
        let port = try #require(UInt16(serving.split(separator: ":").last?.split(separator: "/").first ?? ""))
        #expect(serving == "Serving site at http://127.0.0.1:\(port)/ (Ctrl-C to stop)")
        let lessons = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("course/Content").path)
            .filter { $0.hasSuffix(".md") }.sorted()
        let lesson = folder.url.appendingPathComponent("course/Content").appendingPathComponent(try #require(lessons.first))
        var text = try String(contentsOf: lesson, encoding: .utf8)
        text += "\nA sentence added while serving.\n"
        try text.write(to: lesson, atomically: false, encoding: .utf8)
        #expect(await serve.wait(for: #"Rebuilt [0-9]+ lessons in [0-9]+ ms\n"#) != nil)
        try (text + "\n```{plot} sigmod\n```\n").write(to: lesson, atomically: false, encoding: .utf8)
        #expect(await serve.wait(for: #"Build failed in [0-9]+ ms; still serving the last good build\n"#) != nil)
        #expect(await serve.wait(for: "course/Content/\(lessons[0]):[0-9]+:[0-9]+: error: ", inErrors: true) != nil)
        #expect(
            await RawHTTP.request("GET", "/", port: port)?.text.contains("atlas-live-reload") == true,
            "the last good site is still served, with the live-reload script")
        #expect(await serve.stop(SIGINT) == 0)
        #expect(serve.standardOutput.hasSuffix("Stopped (SIGINT).\n"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".") }.sorted()
        #expect(left == [".atlas-cache"])
        let disk = try String(contentsOf: folder.url.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(!disk.contains("atlas-live-reload"))
    }

    @Test("A port in use: the next free one, and a warning that says which; SIGTERM stops it")
    func portInUse() async throws {
        let folder = try course()
        defer { folder.remove() }
        let (taken, port) = try #require(Listener.any())
        defer { close(taken) }
        let serve = try ServeProcess(["--content", "course/Content", "--output", "site", "--port", "\(port)"], in: folder.url)
        // Usually port + 1; a later one when another test's connection holds that one meanwhile.
        let said = try #require(await serve.wait(for: "warning: port \(port) is in use; serving on port [0-9]+ instead", inErrors: true))
        let next = try #require(said.split(separator: " ").dropLast().last.flatMap { Int($0) })
        #expect(next > port && next < port + 20)
        #expect(await serve.wait(for: "Serving site at http://127.0.0.1:\(next)/") != nil)
        #expect(await serve.stop(SIGTERM) == 0)
        #expect(serve.standardOutput.hasSuffix("Stopped (SIGTERM).\n"))
    }

    @Test("--host naming another address than loopback is warned about")
    func otherHost() async throws {
        let folder = try course()
        defer { folder.remove() }
        let serve = try ServeProcess(
            ["--content", "course/Content", "--output", "site", "--port", "0", "--host", "0.0.0.0"], in: folder.url)
        #expect(await serve.wait(for: "Serving site at http://127.0.0.1:") != nil)
        #expect(
            serve.standardError.contains(
                "warning: serving on 0.0.0.0, which other machines can reach; pass --host 127.0.0.1 to serve this machine only"))
        #expect(await serve.stop() == 0)
    }

    @Test("A first build that fails is printed, and the pages already built are served")
    func firstBuildFails() async throws {
        let folder = try course()
        defer { folder.remove() }
        let lesson = folder.url.appendingPathComponent("course/Content/01-sigmoid.md")
        try (String(contentsOf: lesson, encoding: .utf8) + "\n```{plot} sigmod\n```\n").write(
            to: lesson, atomically: false, encoding: .utf8)
        let serve = try ServeProcess(["--content", "course/Content", "--output", "site", "--port", "0"], in: folder.url)
        #expect(await serve.wait(for: "Serving site at") != nil)
        #expect(
            serve.standardOutput.range(of: #"^Build failed in [0-9]+ ms; serving the pages already in site\n"#, options: .regularExpression)
                != nil)
        #expect(serve.standardOutput.contains(" ms; serving the pages already in site\n"))
        #expect(serve.standardError.contains("course/Content/01-sigmoid.md:"))
        #expect(await serve.stop() == 0)
    }

    @Test("An output folder a build must not replace is a usage error, printed once")
    func unsafeOutput() throws {
        let folder = try course()
        defer { folder.remove() }
        let result = try AtlasProcess.run(
            ["serve", "--content", "course/Content", "--output", "course/Content", "--port", "0"], in: folder.url)
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "error: output folder 'course/Content' is the content folder; choose a folder of its own, e.g. '--output _site'\n")
        #expect(!result.standardOutput.contains("Serving"))
    }

    @Test("An address that is not this machine's is a usage error")
    func cannotListen() throws {
        let folder = try course()
        defer { folder.remove() }
        let result = try AtlasProcess.run(
            ["serve", "--content", "course/Content", "--output", "site", "--port", "8000", "--host", "192.0.2.1"], in: folder.url)
        #expect(result.status == 2)
        #expect(
            result.standardError.hasSuffix(
                "error: cannot listen on 192.0.2.1 port 8000: Cannot assign requested address; pass --host 127.0.0.1 or another --port\n"))
    }

    @Test(
        "Bad options are usage errors (exit 2)",
        arguments: [
            (["--port", "70000"], "error: '--port' must be between 0 and 65535, not '70000'"),
            (["--host", "example.com"], "error: '--host' must be an IP address or 'localhost', not 'example.com'"),
            (["--content", "nowhere"], "error: content folder 'nowhere' does not exist; create it or pass --content DIR"),
            (["--templates", "nowhere"], "error: templates folder 'nowhere' does not exist; pass an existing folder"),
        ])
    func usage(_ arguments: [String], message: String) throws {
        let folder = try course()
        defer { folder.remove() }
        let result = try AtlasProcess.run(["serve", "--content", "course/Content"] + arguments, in: folder.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message))
    }

    @Test("Every port tried is in use: the message names them")
    func portsInUse() {
        #expect(
            Serve.message(.portsInUse(first: 8000, last: 8019), address: ListenAddress(ip: "127.0.0.1", port: 8000))
                == "ports 8000 to 8019 are all in use; pass --port N with a free port")
    }
}

/// A socket listening on 127.0.0.1, so that its port is taken.
enum Listener {
    /// A listening socket on a free port whose next port is free too, and that port.
    static func any() -> (Int32, UInt16)? {
        for _ in 0..<20 {
            let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            guard bound == 0, listen(socket, 4) == 0,
                withUnsafeMutablePointer(
                    to: &address, { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) } }) == 0
            else {
                close(socket)
                continue
            }
            let port = UInt16(bigEndian: address.sin_port)
            if port < 65_000 { return (socket, port) }
            close(socket)
        }
        return nil
    }
}
