import Foundation

/// Work every build does first that needs nothing from the command line, started on a
/// thread of its own as the process starts, so that it is done on the second core while
/// the main thread reads the arguments and checks the output folder.
///
/// That is the built-in templates (``BuiltInTemplates``): a `static let`, made once, so a
/// build that reaches them first waits for this thread to finish them, and never makes
/// them twice. On the shipped course this takes them (1.2 ms) off the path to the first
/// lesson (`ATLAS_PHASES`).
public enum StartUp {
    private static let done = DispatchGroup()

    /// Starts the work; call it once, first thing, from a command that builds.
    public static func prepare() {
        done.enter()
        Thread.detachNewThread {
            _ = BuiltInTemplates.parsed
            _ = BuiltInTemplates.layoutReadsCourse
            done.leave()
        }
    }

    /// Waits for the work to finish, if it was started: before the process exits, so
    /// that `exit` never runs static destructors (ICU's, Foundation's) under a thread
    /// still using them. A build is long past it; a usage error waits at most for it.
    public static func finish() {
        done.wait()
    }
}
