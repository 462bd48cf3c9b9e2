import Dispatch

/// Frees a finished phase's large values on another thread. At the end of a function
/// Swift frees its locals before returning; for a 1,000-lesson course (every lesson's
/// entry, 70,000 search terms, 2,000 files' bytes) that took 7 to 10 ms of the build's
/// own thread at each return. Given here, the values are held a moment longer, until the
/// caller has returned and let go of them, and freed on a background thread; a build
/// that exits before then never frees them, as compilers skip freeing at exit. In
/// `atlas serve`, a rebuild that starts within that moment holds two builds' values at once.
enum BackgroundRelease {
    /// How long the values are held: long enough for the caller to return.
    private static let delay = DispatchTimeInterval.milliseconds(100)

    /// Holds `values` and frees them later on a background thread.
    static func drop(_ values: any Sendable...) {
        DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + delay) {
            withExtendedLifetime(values) {}
        }
    }
}
