import FlyingFox
import Foundation

/// Answers every request of `atlas serve`: the files of the output folder and, under
/// the reserved prefix `/__atlas/`, the live-reload stream.
///
/// In order, a request is refused when its `Host` is not this server's (403, DNS
/// rebinding, ``ListenAddress/accepts(host:)``), its method is not GET or HEAD (405), it
/// carries a body (413) or more header than ``maximumHeaderBytes`` (431), or its path
/// is malformed (400), too long (414), leads out (403) or names a hidden file (404)
/// (``RequestPath``). A file whose real path is outside the folder is refused (403);
/// a folder serves its `index.html`; a missing file gets the 404 page. HTML is sent with
/// the live-reload script (``LiveReloadScript``). Every file has an entity tag, and a
/// matching `If-None-Match` gets 304 with no body.
struct SiteRequestHandler: HTTPHandler {
    let files: SiteFiles
    let events: LiveEvents
    /// The address listened on, known once the socket is bound (port 0 picks one).
    let address: @Sendable () -> ListenAddress

    /// The reserved prefix: no file of the site is served under it.
    static let reservedPrefix = "__atlas"
    /// Names and values of every header together, in bytes.
    static let maximumHeaderBytes = 16_384

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let served = address()
        guard let host = request.headers[.host], served.accepts(host: host) else {
            return Self.plain(.forbidden, "This server answers requests for \(served.authority) only.\n")
        }
        guard request.method == .GET || request.method == .HEAD else {
            var response = Self.plain(.methodNotAllowed, "Only GET and HEAD are served.\n")
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        if request.headers[.transferEncoding] != nil || (request.headers[.contentLength].map { $0 != "0" } ?? false) {
            var response = Self.plain(.payloadTooLarge, "A request to this server carries no body.\n")
            response.headers[.connection] = "close"
            return response
        }
        let headerBytes = request.headers.reduce(0) { $0 + $1.key.rawValue.utf8.count + $1.value.utf8.count }
        guard headerBytes <= Self.maximumHeaderBytes else {
            return Self.plain(.requestHeaderFieldsTooLarge, "The request's headers are too large.\n")
        }
        let raw = request.target.path(percentEncoded: true)
        let path: RequestPath
        switch RequestPath.parse(raw) {
        case .success(let parsed): path = parsed
        case .failure(.tooLong): return Self.plain(.uriTooLong, "The path is too long.\n")
        case .failure(.malformed): return Self.plain(.badRequest, "The path is not valid.\n")
        case .failure(.traversal): return Self.plain(.forbidden, "The path leads out of the site.\n")
        case .failure(.hidden): return await notFound(request)
        }
        if path.segments.first == Self.reservedPrefix {
            guard path.segments == [Self.reservedPrefix, "events"] else { return await notFound(request) }
            return await eventStream(request)
        }
        switch files.lookup(path) {
        case .file(let name, let bytes, let etag):
            let type = ContentType.of(fileName: name)
            guard type == ContentType.html else { return Self.respond(request, type: type, body: bytes, etag: etag) }
            // The generation is part of an HTML page's tag: the script it carries names it.
            let generation = await events.generation
            return Self.respond(
                request, type: type, body: LiveReloadScript.inject(into: bytes, generation: generation),
                etag: String(etag.dropLast()) + "-g\(generation)\"")
        case .folder:
            var response = HTTPResponse(statusCode: .movedPermanently)
            let query = request.target.query(percentEncoded: true)
            response.headers[.location] = raw + "/" + (query.isEmpty ? "" : "?" + query)
            return response
        case .notFound:
            return await notFound(request)
        case .outside:
            return Self.plain(.forbidden, "The path leads out of the site.\n")
        }
    }

    /// The 404 page, which carries the live-reload script too: a page that a build
    /// makes (a new lesson) appears when it is built.
    private func notFound(_ request: HTTPRequest) async -> HTTPResponse {
        let page = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Not found</title></head>
            <body>
            <h1>Not found</h1>
            <p>The site has no page at this address. <a href="/">The course</a></p>
            </body>
            </html>

            """
        let body = LiveReloadScript.inject(into: Array(page.utf8), generation: await events.generation)
        var response = Self.respond(request, type: ContentType.html, body: body, etag: nil)
        response.statusCode = .notFound
        return response
    }

    /// `/__atlas/events`: the stream of live-reload states; 503 when too many are open.
    private func eventStream(_ request: HTTPRequest) async -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        if request.method == .HEAD { return HTTPResponse(statusCode: .ok, headers: headers) }
        guard let stream = await events.subscribe() else {
            return Self.plain(.serviceUnavailable, "Too many pages are open.\n")
        }
        return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventStreamBytes(events: stream)))
    }

    /// A file's response: 304 when the client holds it, headers alone for HEAD. `no-cache`:
    /// the browser asks again each time (and gets 304), so a rebuilt file is never stale.
    private static func respond(_ request: HTTPRequest, type: String, body: [UInt8], etag: String?) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[.cacheControl] = "no-cache"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        if let etag {
            headers[.eTag] = etag
            if let tags = request.headers[.ifNoneMatch], Self.matches(tags, etag) {
                return HTTPResponse(statusCode: .notModified, headers: headers)
            }
        }
        if request.method == .HEAD {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: .ok, headers: headers)
        }
        return HTTPResponse(statusCode: .ok, headers: headers, body: Data(body))
    }

    /// `If-None-Match`: `*`, or a list of tags, each perhaps weak (`W/"…"`), compared weakly.
    static func matches(_ header: String, _ etag: String) -> Bool {
        header.split(separator: ",").contains { item in
            let tag = item.trimmingCharacters(in: .whitespaces)
            return tag == "*" || tag == etag || (tag.hasPrefix("W/") && tag.dropFirst(2) == etag)
        }
    }

    private static func plain(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        return HTTPResponse(statusCode: status, headers: headers, body: Data(text.utf8))
    }
}
