import Foundation

/// With `ATLAS_PHASES` set in the environment, each phase of a build prints, on standard
/// error, the milliseconds since the process started and since the last mark: where a
/// build's time goes, without a profiler (docs/developing.md). Off, a mark costs a load.
enum PhaseClock {
    static let isOn = ProcessInfo.processInfo.environment["ATLAS_PHASES"] != nil
    private static let start = processStart()
    /// The time of the last mark; the lock also keeps the lines in the order of their times.
    private static let last = LockedBox<Double>(start)
    private static let lock = NSLock()

    /// Prints `name` with the time since the process started and since the last mark.
    static func mark(_ name: @autoclosure () -> String) {
        guard isOn else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = monotonicMilliseconds()
        let line = String(format: "phase %8.1f ms %+7.1f  ", now - start, now - last.value) + name() + "\n"
        last.value = now
        FileHandle.standardError.write(Data(line.utf8))
    }

    private static func monotonicMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    /// The process's start on the monotonic clock, from /proc/self/stat's 22nd field (in
    /// clock ticks since boot, which is what CLOCK_MONOTONIC counts from on Linux).
    private static func processStart() -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return monotonicMilliseconds() }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19, let ticks = Double(fields[19]) else { return monotonicMilliseconds() }
        return ticks * 1000 / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
