import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP side of `atlas serve`: FlyingFox's server on one address, answering with
/// ``SiteRequestHandler``.
///
/// ```swift
/// let events = LiveEvents()
/// let server = try await PreviewServer.start(
///     serving: "_site", at: ListenAddress(ip: "127.0.0.1", port: 8000), events: events)
/// print("Open \(server.address.url)")   // port 8001 if 8000 was taken
/// await server.stop()
/// ```
public final class PreviewServer: Sendable {
    /// The address listened on, with the port actually bound.
    public let address: ListenAddress
    private let server: HTTPServer
    private let task: Task<Void, Never>
    private let events: LiveEvents

    /// Why the server could not start.
    public enum StartError: Error, Equatable {
        /// Every port from the one asked for to `last` is in use.
        case portsInUse(first: UInt16, last: UInt16)
        /// The address cannot be bound: not an address of this machine, a port below 1024
        /// without the right, …; `reason` is the system's.
        case cannotListen(address: String, reason: String)
    }

    private init(address: ListenAddress, server: HTTPServer, task: Task<Void, Never>, events: LiveEvents) {
        self.address = address
        self.server = server
        self.task = task
        self.events = events
    }

    /// Listens on `address`, or, when its port is in use, on the next free one of the
    /// `portAttempts` ports from it (port 0: any free port the system picks).
    public static func start(
        serving root: String, at address: ListenAddress, portAttempts: Int = 20, events: LiveEvents
    ) async throws(StartError) -> PreviewServer {
        let attempts = address.port == 0 ? 1 : max(1, min(portAttempts, Int(UInt16.max - address.port) + 1))
        for offset in 0..<attempts {
            var tried = address
            tried.port = address.port + UInt16(offset)
            switch await listen(root: root, at: tried, events: events) {
            case .success(let server): return server
            case .failure(.portsInUse): continue
            case .failure(let error): throw error
            }
        }
        throw .portsInUse(first: address.port, last: address.port + UInt16(attempts - 1))
    }

    /// One attempt: the server runs in a task; it has started when it listens, failed when
    /// the task ends first (`.portsInUse` for EADDRINUSE).
    private static func listen(root: String, at address: ListenAddress, events: LiveEvents) async -> Result<
        PreviewServer, StartError
    > {
        let socketAddress: any SocketAddress
        do {
            socketAddress =
                address.isIPv6
                ? try sockaddr_in6.inet6(ip6: address.ip, port: address.port)
                : try sockaddr_in.inet(
                    ip4: address.ip, port: address.port)
        } catch {
            return .failure(.cannotListen(address: address.ip, reason: "not an IP address"))
        }
        let bound = BoundAddress(address)
        let handler = SiteRequestHandler(files: SiteFiles(root: root), events: events, address: { bound.value })
        // No request body is read into memory (sharedRequestReplaySize 0): the handler refuses
        // bodies, and one larger than 4 KB is never buffered.
        let configuration = HTTPServer.Configuration(
            address: socketAddress, timeout: 15, sharedRequestBufferSize: 4_096, sharedRequestReplaySize: 0,
            logger: .disabled)
        let server = HTTPServer(config: configuration, handler: handler)
        let failure = Failure()
        let task = Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        while true {
            if await server.isListening {
                if let listening = await server.listeningAddress {
                    switch listening {
                    case .ip4(_, let port), .ip6(_, let port): bound.set(port: port)
                    case .unix: break
                    }
                }
                return .success(PreviewServer(address: bound.value, server: server, task: task, events: events))
            }
            if let error = failure.value {
                if case .failed(_, let code, _) = error as? SocketError, code == EADDRINUSE {
                    return .failure(.portsInUse(first: 0, last: 0))
                }
                let reason = (error as? SocketError).map(Self.reason) ?? String(describing: error)
                return .failure(.cannotListen(address: address.ip, reason: reason))
            }
            try? await Task.sleep(nanoseconds: 2_000_000)
        }
    }

    private static func reason(_ error: SocketError) -> String {
        if case .failed(_, let code, _) = error { return String(cString: strerror(code)) }
        return error.errorDescription ?? "unknown error"
    }

    /// Ends every live-reload stream, closes the socket and waits (up to a tenth of a second) for
    /// the connections to finish.
    public func stop() async {
        await events.close()
        await server.stop(timeout: 0.1)
        task.cancel()
        await task.value
    }
}

/// The listening address, set once the socket is bound; read by every request.
private final class BoundAddress: @unchecked Sendable {
    private let lock = NSLock()
    private var address: ListenAddress

    init(_ address: ListenAddress) { self.address = address }

    var value: ListenAddress { lock.withLock { address } }

    func set(port: UInt16) { lock.withLock { address.port = port } }
}

/// The error the server's task ended with, if it did.
private final class Failure: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?

    var value: (any Error)? { lock.withLock { error } }

    func set(_ error: any Error) { lock.withLock { self.error = error } }
}
