import AtlasTestSupport
import Foundation

@testable import PreviewServer

/// A small site in a temporary folder, served in this process on a port the system
/// picks, with a secret file beside the site that no request may reach.
struct ServerFixture {
    let folder: TemporaryFolder
    let site: URL
    let server: PreviewServer
    let events: LiveEvents
    var port: UInt16 { server.address.port }

    static let files: [String: String] = [
        "index.html": "<!DOCTYPE html><html><head><title>Course</title></head><body><p>Home</p></body></html>\n",
        "lesson.html": "<!DOCTYPE html><html><body><p>Lesson text</p></BODY></html>\n",
        "assets/style.css": "body { color: black }\n",
        "assets/site.js": "console.log(1)\n",
        "assets/plot.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
        "assets/search.json": "{}\n",
        "assets/math.woff2": "wOF2",
        "assets/favicon.png": "PNG",
        "assets/notes.txt": "notes\n",
        "sitemap.xml": "<urlset/>\n",
        "zh/index.html": "<!DOCTYPE html><html><body><p>Chinese home</p></body></html>\n",
    ]

    static func start() async throws -> ServerFixture {
        let folder = try TemporaryFolder()
        let site = folder.url.appendingPathComponent("site")
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try Data("secret\n".utf8).write(to: folder.url.appendingPathComponent("secret.txt"))
        let events = LiveEvents()
        let server = try await PreviewServer.start(
            serving: site.path, at: ListenAddress(ip: "127.0.0.1", port: 0), events: events)
        return ServerFixture(folder: folder, site: site, server: server, events: events)
    }

    func get(_ path: String, host: String?? = .none, headers: [String] = []) async -> RawHTTP.Response? {
        await RawHTTP.request("GET", path, port: port, host: host, headers: headers)
    }

    func stop() async {
        await server.stop()
        folder.remove()
    }
}

extension ServerFixture {
    /// Starts a fixture, runs `body` with it and stops it, whether `body` throws or not.
    static func with(_ body: (ServerFixture) async throws -> Void) async throws {
        let fixture = try await start()
        do {
            try await body(fixture)
        } catch {
            await fixture.stop()
            throw error
        }
        await fixture.stop()
    }
}
