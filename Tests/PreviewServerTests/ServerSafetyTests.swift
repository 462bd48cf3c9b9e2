import AtlasTestSupport
import Foundation
import Testing

@testable import PreviewServer

/// Protects issue 13, point 2: the server answers for its own address only, serves
/// nothing outside the output folder (no `..`, encoded or not, no symbolic link out),
/// listens on 127.0.0.1 alone, and bounds what a request may carry.
@Suite(.serialized) struct ServerSafetyTests {
    @Test(
        "A path that leads out is refused with 403, written plainly or encoded",
        arguments: [
            "/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
            "/assets/%2e%2e/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt", "/assets%2f..%2f..%2fsecret.txt",
            "/.%2e/secret.txt", "/assets/%5c..%5csecret.txt", "/./index.html",
        ])
    func traversal(_ path: String) async throws {
        try await ServerFixture.with { fixture in
            let response = try #require(await fixture.get(path))
            #expect(response.status == 403)
            #expect(response.text == "The path leads out of the site.\n")
            #expect(!response.text.contains("secret"))
        }
    }

    @Test("A symbolic link that leads out of the site is refused; one that stays inside is served")
    func symbolicLinks() async throws {
        try await ServerFixture.with { fixture in
            let manager = FileManager.default
            try manager.createSymbolicLink(
                atPath: fixture.site.appendingPathComponent("out.txt").path,
                withDestinationPath: fixture.folder.url.appendingPathComponent("secret.txt").path)
            try manager.createSymbolicLink(atPath: fixture.site.appendingPathComponent("up").path, withDestinationPath: "..")
            try manager.createSymbolicLink(
                atPath: fixture.site.appendingPathComponent("inside.css").path, withDestinationPath: "assets/style.css")
            for path in ["/out.txt", "/up/secret.txt", "/up/", "/up"] {
                let response = try #require(await fixture.get(path))
                #expect(response.status == 403, "\(path)")
                #expect(!response.text.contains("secret"), "\(path)")
            }
            let inside = try #require(await fixture.get("/inside.css"))
            #expect(inside.status == 200)
            #expect(inside.text == "body { color: black }\n")
        }
    }

    @Test("A hidden file is not served, nor a malformed path")
    func hiddenAndMalformed() async throws {
        try await ServerFixture.with { fixture in
            try Data("x".utf8).write(to: fixture.site.appendingPathComponent(".git-config"))
            #expect(await fixture.get("/.git-config")?.status == 404)
            #expect(await fixture.get("/%2egit-config")?.status == 404)
            #expect(await fixture.get("/index.html%00.txt")?.status == 400)
            #expect(await fixture.get("/index.html%00.txt")?.text == "The path is not valid.\n")
            #expect(await fixture.get("/%zz")?.status == 400)
            #expect(await fixture.get("/%ff%fe")?.status == 400)
            #expect(await fixture.get("/" + String(repeating: "a", count: 3000))?.status == 414)
            #expect(await fixture.get("/" + String(repeating: "a", count: 3000))?.text == "The path is too long.\n")
        }
    }

    @Test(
        "A Host header that does not name the server is refused with 403 (DNS rebinding)",
        arguments: ["evil.example:PORT", "evil.example", "127.0.0.1", "127.0.0.1:1", "localhost.evil.example:PORT", "0.0.0.0:PORT"])
    func foreignHost(_ host: String) async throws {
        try await ServerFixture.with { fixture in
            let response = try #require(await fixture.get("/", host: .some(host.replacingOccurrences(of: "PORT", with: "\(fixture.port)"))))
            #expect(response.status == 403)
            #expect(response.text == "This server answers requests for 127.0.0.1:\(fixture.port) only.\n")
            #expect(await fixture.get("/", host: .some(nil))?.status == 403)
        }
    }

    @Test("The server's own names are answered", arguments: ["127.0.0.1:PORT", "localhost:PORT", "LOCALHOST:PORT", "[::1]:PORT"])
    func ownHost(_ host: String) async throws {
        try await ServerFixture.with { fixture in
            let response = try #require(await fixture.get("/", host: .some(host.replacingOccurrences(of: "PORT", with: "\(fixture.port)"))))
            #expect(response.status == 200)
        }
    }

    @Test("It listens on 127.0.0.1 only: another loopback address and ::1 are refused")
    func loopbackOnly() async throws {
        try await ServerFixture.with { fixture in
            #expect(fixture.server.address.ip == "127.0.0.1")
            #expect(fixture.server.address.url == "http://127.0.0.1:\(fixture.port)/")
            #expect(RawHTTP.connect(ip: "127.0.0.1", port: fixture.port).map { close($0) } != nil)
            // Linux routes all of 127/8 to the loopback interface: a socket bound to 127.0.0.1
            // alone refuses 127.0.0.2. macOS has no 127.0.0.2 unless configured: refused too.
            #expect(RawHTTP.connect(ip: "127.0.0.2", port: fixture.port) == nil)
            #expect(RawHTTP.connect(ip: "::1", port: fixture.port) == nil)
            for address in LocalAddresses.nonLoopbackIPv4() {
                #expect(RawHTTP.connect(ip: address, port: fixture.port) == nil, "\(address)")
            }
        }
    }

    @Test("GET and HEAD only: another method gets 405 with Allow")
    func methods() async throws {
        try await ServerFixture.with { fixture in
            for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"] {
                let response = try #require(await RawHTTP.request(method, "/index.html", port: fixture.port))
                #expect(response.status == 405, "\(method)")
                #expect(response.header("Allow") == "GET, HEAD")
                #expect(response.text == "Only GET and HEAD are served.\n")
            }
        }
    }

    @Test("A request with a body, or with too much header, is refused")
    func boundedRequests() async throws {
        try await ServerFixture.with { fixture in
            let body = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(fixture.port)\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"
            let withBody = try #require(await RawHTTP.send(body, to: fixture.port))
            #expect(withBody.status == 413)
            #expect(withBody.text == "A request to this server carries no body.\n")
            // A body far larger than the server reads into memory: refused before it is read.
            let large = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(fixture.port)\r\nContent-Length: 100000000\r\nConnection: close\r\n\r\n"
            #expect(await RawHTTP.send(large, to: fixture.port)?.status == 413)
            let chunked =
                "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(fixture.port)\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n"
            #expect(await RawHTTP.send(chunked, to: fixture.port)?.status == 413)
            let headers = (0..<40).map { "X-Padding-\($0): " + String(repeating: "x", count: 500) }
            let padded = try #require(await RawHTTP.request("GET", "/", port: fixture.port, headers: headers))
            #expect(padded.status == 431)
            #expect(padded.text == "The request's headers are too large.\n")
        }
    }
}

/// Protects the bounds of what the server holds: live-reload streams, and an address that cannot be bound.
@Suite struct ServerLimitTests {
    @Test("Past the streams allowed, a page is told so with 503")
    func tooManyStreams() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let events = LiveEvents(maximumStreams: 0)
        let server = try await PreviewServer.start(serving: folder.url.path, at: ListenAddress(ip: "127.0.0.1", port: 0), events: events)
        let response = await RawHTTP.request("GET", "/__atlas/events", port: server.address.port)
        #expect(response?.status == 503)
        #expect(response?.text == "Too many pages are open.\n")
        await server.stop()
    }

    @Test("An address that is not an IP address cannot be listened on")
    func notAnAddress() async throws {
        await #expect(throws: PreviewServer.StartError.cannotListen(address: "nonsense", reason: "not an IP address")) {
            _ = try await PreviewServer.start(serving: "/nonexistent", at: ListenAddress(ip: "nonsense", port: 0), events: LiveEvents())
        }
    }
}

/// The machine's IPv4 addresses other than loopback ones, to show the server is not there.
enum LocalAddresses {
    static func nonLoopbackIPv4() -> [String] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return [] }
        defer { freeifaddrs(list) }
        var addresses: [String] = []
        for entry in sequence(first: first, next: { $0.pointee.ifa_next }) {
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else { continue }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { inet in
                var raw = inet.pointee.sin_addr
                _ = inet_ntop(AF_INET, &raw, &text, socklen_t(INET_ADDRSTRLEN))
            }
            let ip = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if !ip.hasPrefix("127.") { addresses.append(ip) }
        }
        return addresses
    }
}
