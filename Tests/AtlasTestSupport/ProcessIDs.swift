import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process ids for tests of what a build does with the folders of other builds: one
/// that no process has (a build killed long ago) and one that surely runs.
public enum ProcessIDs {
    /// An id that no process has, or nil if the check with `kill` says otherwise. Linux
    /// gives out ids below `/proc/sys/kernel/pid_max`, so `pid_max` itself is never one;
    /// macOS stops at 99,999.
    public static func unused() -> Int32? {
        #if os(Linux)
        guard let text = try? String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        #else
        let pid: Int32 = 100_000
        #endif
        return kill(pid, 0) == -1 && errno == ESRCH ? pid : nil
    }

    /// The id of the process that started this one, which runs while the tests run; nil
    /// if there is none to check (an orphan is adopted by process 1).
    public static func running() -> Int32? {
        let pid = getppid()
        return pid > 1 && kill(pid, 0) == 0 ? pid : nil
    }
}
