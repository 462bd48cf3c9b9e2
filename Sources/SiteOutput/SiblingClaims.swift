import Foundation

/// The hidden folders beside an output (staging, set-aside) that builds running in this
/// process hold right now, so that ``OutputLeftovers`` can tell them from folders left by
/// an earlier process that had the same id.
///
/// A hidden folder's name carries the id of the process that made it, and ``OutputLeftovers``
/// asks the system whether that process still runs. For this process's own id the answer
/// is always yes, yet a folder with that id usually comes from a dead process: ids are
/// reused, and a container started afresh gives its build the same small id every time.
/// It cannot be one of this build's own folders either, since leftovers are looked for
/// before this build makes any. What it can be is the folder of another build running in
/// this process at the same time: `SiteBuild.run` is a library call, which the tests make
/// concurrently (each into its own folder), and an `atlas serve` that rebuilds on change
/// could overlap two builds of one output. So each build claims a name here before it
/// creates or renames anything to it, and releases it when its install is over; a folder
/// with this process's id that no build here claims is a leftover like any other.
///
/// ```swift
/// guard SiblingClaims.shared.claim(url) else { /* another build here holds it */ }
/// defer { SiblingClaims.shared.release(url) }
/// ```
final class SiblingClaims: @unchecked Sendable {
    /// The claims of every build in this process.
    static let shared = SiblingClaims()

    // @unchecked: every access to `paths` holds `lock`.
    private let lock = NSLock()
    private var paths: Set<String> = []

    /// Claims `url` for one build; false when another build of this process holds it.
    func claim(_ url: URL) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return paths.insert(url.standardizedFileURL.path).inserted
    }

    /// Gives `url` up: whatever is left at that name is no build's any more.
    func release(_ url: URL) {
        lock.lock()
        defer { lock.unlock() }
        paths.remove(url.standardizedFileURL.path)
    }

    /// True while a build of this process holds `url`.
    func isClaimed(_ url: URL) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return paths.contains(url.standardizedFileURL.path)
    }
}
