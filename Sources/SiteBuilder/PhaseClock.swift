import Foundation

/// With `ATLAS_PHASES` set in the environment, each phase of a build prints, on standard
/// error, the milliseconds since the process started and since the line before: where a
/// build's time goes, without a profiler (docs/developing.md). With several languages,
/// built at once, their lines interleave. Off, a mark costs a load.
///
/// The process's start is known from /proc only to a clock tick (10 ms). A script that
/// knows better sets `ATLAS_PHASES` to the milliseconds since boot (CLOCK_BOOTTIME) at
/// which it started the process, and the times count from there.
enum PhaseClock {
    /// The variable's value, read with `getenv`: `ProcessInfo`'s environment copies every
    /// variable into a dictionary first, a tenth of a millisecond at the start of a build.
    private static let setting = getenv("ATLAS_PHASES").map { String(cString: $0) }
    static let isOn = setting != nil
    /// A time the variable gives is taken only within a minute before now: `1`, or a time
    /// from another clock, means "on", not a start.
    private static let start =
        setting.flatMap { Double($0) }.flatMap { given in
            let now = milliseconds()
            return (now - 60_000...now).contains(given) ? given : nil
        } ?? processStart()
    /// The time of the last line; held while a line is written, so lines keep time order.
    private static let last = LockedBox<Double>(start)

    /// Prints `name` with the time since the process started and since the last line.
    static func reached(_ name: @autoclosure () -> String) {
        guard isOn else { return }
        last.withValue { last in
            let now = milliseconds()
            let line = String(format: "phase %8.1f ms %+7.1f  ", now - start, now - last) + name() + "\n"
            last = now
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Milliseconds on the clock that /proc/self/stat's start time counts in: since boot,
    /// sleep included (CLOCK_BOOTTIME) on Linux; elsewhere the monotonic clock, from the
    /// first mark.
    private static func milliseconds() -> Double {
        var time = timespec()
        #if os(Linux)
        clock_gettime(CLOCK_BOOTTIME, &time)
        #else
        clock_gettime(CLOCK_MONOTONIC, &time)
        #endif
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    /// The process's start, from /proc/self/stat's 22nd field: clock ticks (10 ms) since
    /// boot, on the clock ``milliseconds()`` reads. Where there is no /proc, now.
    private static func processStart() -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return milliseconds() }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 19, let ticks = Double(fields[19]) else { return milliseconds() }
        return ticks * 1000 / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
