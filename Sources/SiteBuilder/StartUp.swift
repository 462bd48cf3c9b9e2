import Foundation

/// Work every build does first that needs nothing from the command line, started on a
/// thread of its own as the process starts, so that it is done on the second core while
/// the main thread reads the arguments and checks the output folder.
///
/// In the order a build needs them: the cache folder's name (``BuildCache/version``, the
/// programs' sizes and times), the built-in templates (``BuiltInTemplates``), the English
/// words and the favicon. Each is a `static let`, made once, so a build that reaches one
/// first waits for this thread to finish it, and never makes it twice. On the shipped
/// course this takes about 1.5 ms off the path to the first lesson (`ATLAS_PHASES`), most
/// of it the templates (1.2 ms).
public enum StartUp {
    private static let done = DispatchGroup()

    /// Starts the work; call it once, first thing, from a command that builds.
    public static func prepare() {
        done.enter()
        Thread.detachNewThread {
            _ = BuildCache.version
            _ = BuiltInTemplates.parsed
            _ = BuiltInTemplates.layoutReadsCourse
            _ = SiteStrings.english
            _ = Favicon.svg
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
