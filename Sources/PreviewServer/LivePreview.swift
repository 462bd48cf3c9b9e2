import Foundation
import SiteBuilder

/// What one build of `atlas serve` did and how long it took.
public struct BuildOutcome: Sendable {
    /// Wall time of the build, in milliseconds.
    public var milliseconds: Int
    public var result: Result<BuildReport, BuildError>
    /// True for the build `atlas serve` starts with; false for a rebuild.
    public var isFirst: Bool
}

/// Builds and rebuilds the site for `atlas serve` and tells every open page: a good
/// build reloads them, a failed one shows its problems over the last good site.
///
/// The build itself is a closure (the CLI's is `SiteBuild.run` with the cache, into the
/// output folder), and so is what is done with each outcome (the CLI prints it): both
/// are replaced in a test. Rebuilds go through a ``RebuildScheduler``: one at a time, and
/// any number of changes during one cause exactly one more.
public final class LivePreview: Sendable {
    public let events: LiveEvents
    private let scheduler: RebuildScheduler
    private let build: @Sendable () async -> Result<BuildReport, BuildError>
    private let report: @Sendable (BuildOutcome) async -> Void

    public init(
        events: LiveEvents = LiveEvents(), build: @escaping @Sendable () async -> Result<BuildReport, BuildError>,
        report: @escaping @Sendable (BuildOutcome) async -> Void
    ) {
        self.events = events
        self.build = build
        self.report = report
        scheduler = RebuildScheduler { [build, events, report] in
            await Self.run(build, events: events, report: report, isFirst: false)
        }
    }

    /// The first build, before the server listens; its outcome is reported and returned.
    public func buildFirst() async -> BuildOutcome {
        await Self.run(build, events: events, report: report, isFirst: true)
    }

    /// A watched file changed: rebuild now, or once more after the running build.
    public func changed() async {
        await scheduler.request()
    }

    /// Builds started by changes so far.
    public var rebuildCount: Int {
        get async { await scheduler.buildCount }
    }

    /// Starts no more builds and waits for the running one: a build stopped halfway would
    /// leave its hidden staging folder beside the output.
    public func stop() async {
        await scheduler.stop()
    }

    @discardableResult
    private static func run(
        _ build: @Sendable () async -> Result<BuildReport, BuildError>, events: LiveEvents,
        report: @Sendable (BuildOutcome) async -> Void, isFirst: Bool
    ) async -> BuildOutcome {
        let start = ContinuousClock.now
        let result = await build()
        let elapsed = ContinuousClock.now - start
        let milliseconds = Int(elapsed.components.seconds) * 1000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
        let outcome = BuildOutcome(milliseconds: milliseconds, result: result, isFirst: isFirst)
        // Printed before the pages reload, so that the terminal says it first.
        await report(outcome)
        switch result {
        case .success: await events.succeeded()
        case .failure(let error): await events.failed(BuildProblem.all(error))
        }
        return outcome
    }
}
