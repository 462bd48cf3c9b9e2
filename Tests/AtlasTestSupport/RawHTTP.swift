import Foundation

/// HTTP as bytes over a socket, so that a test sends exactly what it means (a `..` that
/// no client library would leave in place, a foreign `Host`) and reads exactly what came back.
/// For the tests of the preview server and of `atlas serve`.
public enum RawHTTP {
    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: [UInt8]
        public var text: String { String(decoding: body, as: UTF8.self) }
        public func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    /// Sends `request` as it is to `ip`:`port` and reads until the server closes or
    /// `Content-Length` bytes of body have come; nil when the connection is refused.
    public static func send(_ request: String, to port: UInt16, ip: String = "127.0.0.1", readBody: Bool = true) async -> Response? {
        await offPool { sendBlocking(request, to: port, ip: ip, readBody: readBody) }
    }

    /// Runs blocking socket calls on a thread of their own: on the cooperative pool (two
    /// threads on a two-core machine) they would starve the server being tested.
    public static func offPool<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: body()) }
        }
    }

    private static func sendBlocking(_ request: String, to port: UInt16, ip: String, readBody: Bool) -> Response? {
        guard let socket = connect(ip: ip, port: port) else { return nil }
        defer { close(socket) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let bytes = Array(request.utf8)
        guard bytes.withUnsafeBytes({ write(socket, $0.baseAddress, $0.count) }) == bytes.count else { return nil }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            received += buffer[0..<count]
            if let response = parse(received), !readBody || response.complete { return response.response }
        }
        return parse(received)?.response
    }

    /// A GET (or another method) of `path` with `Host: 127.0.0.1:PORT` unless `host` says
    /// otherwise (nil: no Host header), and `Connection: close`.
    public static func request(
        _ method: String = "GET", _ path: String, port: UInt16, host: String?? = .none, headers: [String] = [],
        ip: String = "127.0.0.1"
    ) async -> Response? {
        let hostValue: String? = host ?? "127.0.0.1:\(port)"
        var lines = ["\(method) \(path) HTTP/1.1"]
        if let hostValue { lines.append("Host: \(hostValue)") }
        lines += headers + ["Connection: close", "", ""]
        return await send(lines.joined(separator: "\r\n"), to: port, ip: ip, readBody: method != "HEAD")
    }

    /// A TCP connection to `ip` (IPv4 or IPv6 literal); nil when refused.
    public static func connect(ip: String, port: UInt16) -> Int32? {
        if ip.contains(":") {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = port.bigEndian
            guard inet_pton(AF_INET6, ip, &address.sin6_addr) == 1 else { return nil }
            return open(family: AF_INET6, &address, MemoryLayout<sockaddr_in6>.size)
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, ip, &address.sin_addr) == 1 else { return nil }
        return open(family: AF_INET, &address, MemoryLayout<sockaddr_in>.size)
    }

    private static func open<Address>(family: Int32, _ address: inout Address, _ size: Int) -> Int32? {
        #if canImport(Glibc)
        let socket = Glibc.socket(family, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(family, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { return nil }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                Glibc.connect(socket, $0, socklen_t(size))
                #else
                Darwin.connect(socket, $0, socklen_t(size))
                #endif
            }
        }
        guard result == 0 else {
            close(socket)
            return nil
        }
        return socket
    }

    private static func parse(_ bytes: [UInt8]) -> (response: Response, complete: Bool)? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = (0...max(0, bytes.count - 4)).first(where: { bytes.count >= $0 + 4 && Array(bytes[$0..<$0 + 4]) == separator })
        else { return nil }
        let head = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = Array(bytes[(end + 4)...])
        let complete = headers["content-length"].flatMap(Int.init).map { body.count >= $0 } ?? false
        return (Response(status: status, headers: headers, body: body), complete)
    }
}
