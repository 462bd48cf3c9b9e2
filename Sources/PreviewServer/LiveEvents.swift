import AtlasText

/// The live-reload channel: every open page's server-sent-event stream, and the state
/// each of them is sent, `{"generation": N, "problems": […]}`.
///
/// `generation` counts the good builds; a page carries the generation it was served at
/// (``LiveReloadScript``) and reloads when the state names another, so a build that
/// finished while the page was loading is not missed. `problems` are the last build's,
/// empty after a good build: a page shows them in its overlay. A page that connects is
/// sent the state at once; every change of it is sent to every page.
public actor LiveEvents {
    /// Good builds so far.
    public private(set) var generation = 0
    /// The last build's problems; empty when it succeeded.
    public private(set) var problems: [BuildProblem] = []
    private var streams: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextID = 0
    private var closed = false
    /// Open streams at most: a browser opens one per visible page.
    let maximumStreams: Int

    public init(maximumStreams: Int = 64) {
        self.maximumStreams = maximumStreams
    }

    /// The number of pages connected.
    public var streamCount: Int { streams.count }

    /// A good build: a new generation, no problems; every page reloads.
    public func succeeded() {
        generation += 1
        problems = []
        broadcast(stateEvent())
    }

    /// A failed build: the same generation (the last good site is still served), its problems.
    public func failed(_ problems: [BuildProblem]) {
        self.problems = problems
        broadcast(stateEvent())
    }

    /// A new stream that starts with the current state; nil when ``maximumStreams`` are open
    /// or the server is stopping.
    func subscribe() -> AsyncStream<[UInt8]>? {
        guard !closed, streams.count < maximumStreams else { return nil }
        let id = nextID
        nextID += 1
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(8))
        // `retry`: how soon the browser reconnects after the server stops and starts again.
        continuation.yield(Array("retry: 300\n".utf8) + stateEvent())
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        streams[id] = continuation
        return stream
    }

    /// A comment line to every stream, so that the streams of pages that went away fail
    /// to be written and are closed.
    public func heartbeat() {
        broadcast(Array(": \n\n".utf8))
    }

    /// Ends every stream and refuses new ones, so that the server can stop.
    public func close() {
        closed = true
        for continuation in streams.values { continuation.finish() }
        streams = [:]
    }

    private func remove(_ id: Int) {
        streams[id] = nil
    }

    private func broadcast(_ bytes: [UInt8]) {
        for continuation in streams.values { continuation.yield(bytes) }
    }

    /// The state as one server-sent event, `event: state`, its data one line of JSON.
    func stateEvent() -> [UInt8] {
        Array("event: state\ndata: \(stateJSON())\n\n".utf8)
    }

    func stateJSON() -> String {
        let list: [JSONValue] = problems.map { problem in
            var members: [(String, JSONValue)] = []
            if let file = problem.file { members.append(("file", .string(file))) }
            if let line = problem.line { members.append(("line", .integer(line))) }
            if let column = problem.column { members.append(("column", .integer(column))) }
            members += [
                ("severity", .string(problem.severity)), ("message", .string(problem.message)),
                ("hint", problem.hint.map(JSONValue.string) ?? .null), ("text", .string(problem.text)),
            ]
            return .object(members)
        }
        return JSONValue.object([("generation", .integer(generation)), ("problems", .array(list))]).text()
    }
}
