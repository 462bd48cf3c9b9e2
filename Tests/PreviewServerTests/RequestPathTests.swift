import Testing

@testable import PreviewServer

/// Protects the first line of defence: a request's raw path is checked before anything
/// decodes or normalises it, and only plain names come out.
@Suite struct RequestPathTests {
    @Test(
        "Plain paths become their names",
        arguments: [
            ("/", [String](), true), ("/index.html", ["index.html"], false), ("/zh/", ["zh"], true),
            ("/assets//style.css", ["assets", "style.css"], false), ("/caf%C3%A9.html", ["café.html"], false),
            ("/a%20b.html", ["a b.html"], false), ("/x..y.html", ["x..y.html"], false),
        ])
    func plain(_ raw: String, segments: [String], folder: Bool) {
        #expect(RequestPath.parse(raw) == .success(RequestPath(segments: segments, asksForFolder: folder)))
    }

    @Test(
        "Ways out and around are refused",
        arguments: [
            ("/..", RequestPath.Refusal.traversal), ("/a/../b", .traversal), ("/%2e%2e/x", .traversal), ("/%2E%2e/x", .traversal),
            ("/.%2E/x", .traversal), ("/a%2fb", .traversal), ("/a%2Fb", .traversal), ("/a%5cb", .traversal), ("/a\\b", .traversal),
            ("/./a", .traversal), ("/.git/config", .hidden), ("/%2egit", .hidden), ("x", .malformed), ("/%", .malformed),
            ("/%4", .malformed), ("/%g0", .malformed), ("/a%00b", .malformed), ("/%c3", .malformed),
        ])
    func refused(_ raw: String, refusal: RequestPath.Refusal) {
        #expect(RequestPath.parse(raw) == .failure(refusal))
    }

    @Test("A path longer than the limit is refused as too long")
    func tooLong() {
        #expect(RequestPath.parse("/" + String(repeating: "a", count: RequestPath.maximumLength)) == .failure(.tooLong))
        #expect((try? RequestPath.parse("/" + String(repeating: "a", count: RequestPath.maximumLength - 1)).get()) != nil)
    }
}

/// Protects the names the server answers to and the addresses `--host` takes.
@Suite struct ListenAddressTests {
    @Test("--host: IP literals and localhost; names are refused")
    func hosts() {
        #expect(ListenAddress.ip(forHost: "127.0.0.1") == "127.0.0.1")
        #expect(ListenAddress.ip(forHost: "localhost") == "127.0.0.1")
        #expect(ListenAddress.ip(forHost: "::1") == "::1")
        #expect(ListenAddress.ip(forHost: "[::1]") == "::1")
        #expect(ListenAddress.ip(forHost: "0.0.0.0") == "0.0.0.0")
        #expect(ListenAddress.ip(forHost: "fe80::1:2") == "fe80::1:2")
        for bad in ["example.com", "256.0.0.1", "1.2.3", "01.2.3.4", "::1::", "1:2:3:4:5:6:7:8:9", "", "127.0.0.1:80"] {
            #expect(ListenAddress.ip(forHost: bad) == nil, "\(bad)")
        }
    }

    @Test("Loopback, wildcard, URL")
    func kinds() {
        #expect(ListenAddress(ip: "127.0.0.1", port: 1).isLoopback)
        #expect(ListenAddress(ip: "::1", port: 1).isLoopback)
        #expect(!ListenAddress(ip: "0.0.0.0", port: 1).isLoopback)
        #expect(ListenAddress(ip: "::1", port: 8000).url == "http://[::1]:8000/")
        #expect(ListenAddress(ip: "0.0.0.0", port: 8000).url == "http://127.0.0.1:8000/")
    }

    @Test("Host headers: the served address; on a wildcard any IP literal too, never a name")
    func hostHeaders() {
        let loopback = ListenAddress(ip: "127.0.0.1", port: 8000)
        #expect(loopback.accepts(host: "127.0.0.1:8000"))
        #expect(loopback.accepts(host: "localhost:8000"))
        #expect(loopback.accepts(host: "[::1]:8000"))
        #expect(!loopback.accepts(host: "192.168.1.5:8000"))
        #expect(!loopback.accepts(host: "localhost:8001"))
        let lan = ListenAddress(ip: "192.168.1.5", port: 8000)
        #expect(lan.accepts(host: "192.168.1.5:8000"))
        #expect(!lan.accepts(host: "10.0.0.1:8000"))
        let wildcard = ListenAddress(ip: "0.0.0.0", port: 8000)
        #expect(wildcard.accepts(host: "10.0.0.1:8000"))
        #expect(wildcard.accepts(host: "[fe80::1]:8000"))
        #expect(!wildcard.accepts(host: "attacker.example:8000"))
        #expect(!wildcard.accepts(host: "10.0.0.1:8001"))
    }
}
