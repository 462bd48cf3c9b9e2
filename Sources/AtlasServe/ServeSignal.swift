import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM, caught so that `atlas serve` stops cleanly: it lets the
/// running build finish (a build killed halfway leaves its hidden folder beside the
/// output), closes the connections and exits 0.
enum StopSignal {
    /// Waits for the first SIGINT or SIGTERM and returns its name.
    static func wait() async -> String {
        let signals: [(Int32, String)] = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")]
        let queue = DispatchQueue(label: "atlas-signals")
        var sources: [any DispatchSourceSignal] = []
        let stream = AsyncStream<String> { continuation in
            for (number, name) in signals {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { continuation.yield(name) }
                source.resume()
                sources.append(source)
            }
        }
        var iterator = stream.makeAsyncIterator()
        let name = await iterator.next() ?? "SIGTERM"
        for source in sources { source.cancel() }
        return name
    }
}
