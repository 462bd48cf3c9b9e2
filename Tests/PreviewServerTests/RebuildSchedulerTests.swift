import Foundation
import SiteBuilder
import Testing

@testable import PreviewServer

/// A gate a fake build waits at until the test opens it, counting the builds.
actor Gate {
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private(set) var started = 0
    private(set) var running = 0
    private(set) var mostAtOnce = 0

    func enter() async {
        started += 1
        running += 1
        mostAtOnce = max(mostAtOnce, running)
        await withCheckedContinuation { waiting.append($0) }
        running -= 1
    }

    /// Lets the waiting builds finish.
    func open() {
        for continuation in waiting { continuation.resume() }
        waiting = []
    }

    var isWaiting: Bool { !waiting.isEmpty }

    /// Returns once a build waits at the gate.
    func untilWaiting() async {
        while waiting.isEmpty { await Task.yield() }
    }
}

/// Protects issue 13's "many open pages and fast repeated saves must not pile up builds":
/// one build at a time, and any number of changes during one cause exactly one more.
@Suite struct RebuildSchedulerTests {
    @Test("A hundred changes during a build cause exactly one more build, never two at once")
    func coalescing() async throws {
        let gate = Gate()
        let scheduler = RebuildScheduler { await gate.enter() }
        await scheduler.request()
        await gate.untilWaiting()
        for _ in 0..<100 { await scheduler.request() }
        #expect(await gate.started == 1)
        await gate.open()
        // The one more build starts and waits at the gate.
        await gate.untilWaiting()
        for _ in 0..<50 { await scheduler.request() }
        await gate.open()
        await gate.untilWaiting()
        await gate.open()
        await scheduler.waitUntilIdle()
        #expect(await gate.started == 3)
        #expect(await gate.mostAtOnce == 1)
        #expect(await scheduler.buildCount == 3)
    }

    @Test("With no change during a build, none follows; a change after it starts one")
    func noChangeNoBuild() async throws {
        let gate = Gate()
        let scheduler = RebuildScheduler { await gate.enter() }
        await scheduler.request()
        await gate.untilWaiting()
        await gate.open()
        await scheduler.waitUntilIdle()
        #expect(await gate.started == 1)
        await scheduler.request()
        await gate.untilWaiting()
        await gate.open()
        await scheduler.waitUntilIdle()
        #expect(await gate.started == 2)
    }

    @Test("Stopping waits for the running build and starts no other")
    func stopping() async throws {
        let gate = Gate()
        let scheduler = RebuildScheduler { await gate.enter() }
        await scheduler.request()
        await gate.untilWaiting()
        await scheduler.request()
        let stopped = Task { await scheduler.stop() }
        await gate.open()
        await stopped.value
        await scheduler.request()
        #expect(await gate.started == 1)
        #expect(await gate.running == 0)
    }

    @Test("Many pages and fast saves through LivePreview: builds follow in one line, pages told after each")
    func livePreview() async throws {
        let gate = Gate()
        let reports = Reports()
        let preview = LivePreview(
            build: {
                await gate.enter()
                return .failure(.fileSystem(path: "Content", reason: "cannot be read"))
            }, report: { await reports.add($0) })
        let first = Task { await preview.buildFirst() }
        await gate.untilWaiting()
        await gate.open()
        let outcome = await first.value
        #expect(outcome.isFirst)
        for _ in 0..<200 { await preview.changed() }
        await gate.untilWaiting()
        for _ in 0..<200 { await preview.changed() }
        await gate.open()
        await gate.untilWaiting()
        await gate.open()
        await preview.stop()
        #expect(await preview.rebuildCount == 2)
        #expect(await reports.outcomes.map(\.isFirst) == [true, false, false])
        #expect(await preview.events.generation == 0)
        #expect(await preview.events.problems.map(\.text) == ["error: Content: cannot be read"])
    }
}

actor Reports {
    private(set) var outcomes: [BuildOutcome] = []
    func add(_ outcome: BuildOutcome) { outcomes.append(outcome) }
}
