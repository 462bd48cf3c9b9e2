/// One build at a time, and never a pile of them: a request that arrives while a build
/// runs is remembered, and however many arrive, exactly one more build follows it.
///
/// The builder is a closure, so that a test can hand in one that waits for it; with
/// that, "a hundred changes during a build cause one more build" is checked without a
/// clock or a file system.
public actor RebuildScheduler {
    private let build: @Sendable () async -> Void
    private var running = false
    private var pending = false
    private var stopped = false
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []
    /// Builds started so far.
    public private(set) var buildCount = 0

    public init(build: @escaping @Sendable () async -> Void) {
        self.build = build
    }

    /// Something changed: build now, or once more after the build that runs.
    public func request() {
        guard !stopped else { return }
        if running {
            pending = true
            return
        }
        running = true
        Task { await self.loop() }
    }

    private func loop() async {
        repeat {
            pending = false
            buildCount += 1
            await build()
        } while pending && !stopped
        running = false
        for waiter in idleWaiters { waiter.resume() }
        idleWaiters = []
    }

    /// Starts no more builds and returns once the running one, if any, has finished.
    public func stop() async {
        stopped = true
        guard running else { return }
        await withCheckedContinuation { idleWaiters.append($0) }
    }

    /// Returns when no build runs.
    public func waitUntilIdle() async {
        guard running else { return }
        await withCheckedContinuation { idleWaiters.append($0) }
    }
}
