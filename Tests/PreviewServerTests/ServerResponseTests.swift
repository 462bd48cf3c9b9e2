import AtlasTestSupport
import Foundation
import Testing

@testable import PreviewServer

/// Protects what the server sends for good requests: content types, HEAD, entity tags
/// and 304, folders, the 404 page, and the live-reload script in served HTML alone.
@Suite(.serialized) struct ServerResponseTests {
    @Test(
        "Each kind of file has its Content-Type",
        arguments: [
            ("/index.html", "text/html; charset=utf-8"), ("/assets/style.css", "text/css; charset=utf-8"),
            ("/assets/site.js", "text/javascript; charset=utf-8"), ("/assets/plot.svg", "image/svg+xml"),
            ("/assets/search.json", "application/json"), ("/assets/math.woff2", "font/woff2"),
            ("/assets/favicon.png", "image/png"), ("/assets/notes.txt", "text/plain; charset=utf-8"),
            ("/sitemap.xml", "application/xml"),
        ])
    func contentTypes(_ path: String, type: String) async throws {
        try await ServerFixture.with { fixture in
            let response = try #require(await fixture.get(path))
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == type)
            #expect(response.header("X-Content-Type-Options") == "nosniff")
            #expect(response.header("Cache-Control") == "no-cache")
        }
    }

    @Test("HEAD sends GET's headers with no body")
    func head() async throws {
        try await ServerFixture.with { fixture in
            let get = try #require(await fixture.get("/assets/style.css"))
            let head = try #require(await RawHTTP.request("HEAD", "/assets/style.css", port: fixture.port))
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.header("Content-Length") == "\(get.body.count)")
            #expect(head.header("ETag") == get.header("ETag"))
            #expect(head.header("Content-Type") == "text/css; charset=utf-8")
        }
    }

    @Test("A matching If-None-Match gets 304 with no body; a changed file a new tag")
    func notModified() async throws {
        try await ServerFixture.with { fixture in
            let first = try #require(await fixture.get("/assets/style.css"))
            let etag = try #require(first.header("ETag"))
            let again = try #require(await fixture.get("/assets/style.css", headers: ["If-None-Match: \(etag)"]))
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
            #expect(again.header("ETag") == etag)
            #expect(await fixture.get("/assets/style.css", headers: ["If-None-Match: \"other\", W/\(etag)"])?.status == 304)
            #expect(await fixture.get("/assets/style.css", headers: ["If-None-Match: \"other\""])?.status == 200)
            try Data("body { color: red }\n".utf8).write(to: fixture.site.appendingPathComponent("assets/style.css"))
            let changed = try #require(await fixture.get("/assets/style.css", headers: ["If-None-Match: \(etag)"]))
            #expect(changed.status == 200)
            #expect(changed.text == "body { color: red }\n")
            #expect(changed.header("ETag") != etag)
        }
    }

    @Test("Served HTML carries the live-reload script before </body>; the file on disk does not")
    func injectedScript() async throws {
        try await ServerFixture.with { fixture in
            for (path, file) in [("/lesson.html", "lesson.html"), ("/", "index.html"), ("/zh/", "zh/index.html")] {
                let response = try #require(await fixture.get(path))
                let tag = "<script id=\"atlas-live-reload\" data-generation=\"0\">"
                #expect(response.text.contains(tag), "\(path)")
                #expect(response.text.contains("new EventSource(\"/__atlas/events\")"), "\(path)")
                let script = try #require(response.text.range(of: tag))
                let body = try #require(response.text.range(of: "</body>", options: [.caseInsensitive, .backwards]))
                #expect(script.upperBound < body.lowerBound, "\(path)")
                let disk = try String(contentsOf: fixture.site.appendingPathComponent(file), encoding: .utf8)
                #expect(!disk.contains("atlas-live-reload"), "\(path)")
                #expect(
                    response.text.replacingOccurrences(
                        of: #"(?s)<script id="atlas-live-reload".*?</script>\n"#, with: "", options: .regularExpression) == disk)
            }
            // Not in other files.
            #expect(await fixture.get("/assets/plot.svg")?.text.contains("atlas-live-reload") == false)
            // A page's tag names the generation it carries: after a build it differs.
            let before = try #require(await fixture.get("/lesson.html")?.header("ETag"))
            await fixture.events.succeeded()
            let after = try #require(await fixture.get("/lesson.html", headers: ["If-None-Match: \(before)"]))
            #expect(after.status == 200)
            #expect(after.text.contains("data-generation=\"1\""))
        }
    }

    @Test("A folder serves its index.html; without its slash it is redirected to it")
    func folders() async throws {
        try await ServerFixture.with { fixture in
            let redirect = try #require(await fixture.get("/zh"))
            #expect(redirect.status == 301)
            #expect(redirect.header("Location") == "/zh/")
            #expect(await fixture.get("/zh?x=1")?.header("Location") == "/zh/?x=1")
            #expect(await fixture.get("/zh/")?.text.contains("Chinese home") == true)
            #expect(await fixture.get("/assets/")?.status == 404)
        }
    }

    @Test("A missing file gets the 404 page, which reloads when a build makes the page")
    func notFound() async throws {
        try await ServerFixture.with { fixture in
            let response = try #require(await fixture.get("/new-lesson.html"))
            #expect(response.status == 404)
            #expect(response.header("Content-Type") == "text/html; charset=utf-8")
            #expect(response.text.contains("<h1>Not found</h1>"))
            #expect(response.text.contains("atlas-live-reload"))
            #expect(await fixture.get("/__atlas/other")?.status == 404)
        }
    }

    @Test("The event stream starts with the state and sends every change of it")
    func eventStream() async throws {
        try await ServerFixture.with { fixture in
            let head = try #require(await RawHTTP.request("HEAD", "/__atlas/events", port: fixture.port))
            #expect(head.status == 200)
            #expect(head.header("Content-Type") == "text/event-stream")
            let socket = try #require(RawHTTP.connect(ip: "127.0.0.1", port: fixture.port))
            defer { close(socket) }
            let request = Array("GET /__atlas/events HTTP/1.1\r\nHost: localhost:\(fixture.port)\r\n\r\n".utf8)
            _ = request.withUnsafeBytes { write(socket, $0.baseAddress, $0.count) }
            let stream = SocketText(socket: socket)
            #expect(await stream.read(until: "data: {\"generation\":0,\"problems\":[]}\n\n").contains("text/event-stream"))
            await fixture.events.failed([
                BuildProblem(
                    file: "Content/02-sigmoid.md", line: 14, column: 10, severity: "error", message: "unknown activation 'sigmod'",
                    hint: "did you mean 'sigmoid'?", text: "Content/02-sigmoid.md:14:10: error: unknown activation 'sigmod'")
            ])
            let failed = await stream.read(until: "]}\n\n")
            #expect(
                failed.contains(
                    #"data: {"generation":0,"problems":[{"file":"Content/02-sigmoid.md","line":14,"column":10,"severity":"error","#
                        + #""message":"unknown activation 'sigmod'","hint":"did you mean 'sigmoid'?","#
                        + #""text":"Content/02-sigmoid.md:14:10: error: unknown activation 'sigmod'"}]}"#))
            await fixture.events.succeeded()
            #expect(await stream.read(until: "]}\n\n").contains("data: {\"generation\":1,\"problems\":[]}"))
            #expect(await fixture.events.streamCount == 1)
        }
    }
}

/// Text read from a socket as it arrives.
final class SocketText: @unchecked Sendable {
    let socket: Int32
    var pending = ""

    init(socket: Int32) {
        self.socket = socket
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Everything up to and including `marker` (or all that came within the timeout).
    func read(until marker: String) async -> String {
        nonisolated(unsafe) let text = self
        return await RawHTTP.offPool { text.readBlocking(until: marker) }
    }

    private func readBlocking(until marker: String) -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !pending.contains(marker) {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(socket, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            pending += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        guard let range = pending.range(of: marker) else { return pending }
        let text = String(pending[..<range.upperBound])
        pending = String(pending[range.upperBound...])
        return text
    }
}
