import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts right what builds killed mid-way left beside the output, before the next build
/// stages its site, without ever deleting a previous site.
///
/// A build's hidden folders are `.{name}.atlas-new-{pid}` (the site being written; after
/// an exchange, the previous site on its way out) and `.{name}.atlas-old-{pid}` (the
/// previous site set aside by the two-rename swap), with `-2`, `-3`, … when a name was
/// taken. A folder is *live* while its process runs (`kill(pid, 0)`; for this process's
/// own id, while a build of this process claims it in ``SiblingClaims``: leftovers are
/// looked for before this build makes any folder, so an unclaimed folder with our id
/// comes from a dead process that had the same id), and *dead* otherwise.
///
/// - No output folder and exactly one `atlas-old` folder, dead: the build was killed
///   between its two renames, and that folder is the previous site. It is renamed back
///   into place first, so that this build carries over the author's files as usual.
/// - No output folder and an `atlas-old` folder that is live, or several: another build
///   may be swapping its site in, or which one is the site cannot be told. The build
///   stops and names them, and nothing is moved or removed: a fresh site written now
///   would lack the author's files, which are in one of those folders.
/// - An `atlas-old` folder is never removed. Beside an output folder, a dead one is
///   kept and named in a warning at every build until the user removes it: its files
///   should have been carried over into the output, but only the user can tell.
/// - A dead `atlas-new` folder is removed: an unfinished site, or, beside an output, the
///   previous site after an exchange, whose files the new output already holds.
///
/// Live folders are never touched; a process id reused by an unrelated program only
/// makes a folder stay (or, with no output folder, stops the build until it ends). Two
/// builds tidying at once both succeed: a folder that the other one moved back or
/// removed first counts as done, and only the build that did it says so. Each thing done
/// or kept is one line of the warnings that ``OutputLocation/install(_:clean:operations:)``
/// returns, so the user learns that a build was interrupted.
struct OutputLeftovers {
    var location: OutputLocation
    var operations: FileOperations
    /// The folders that builds of this process hold.
    var claims: SiblingClaims = .shared

    /// One hidden folder of a build, this output's.
    struct Folder {
        var url: URL
        /// True for `atlas-old`: a previous site set aside by the two-rename swap.
        var isSetAside: Bool
        /// True while the build that made it may still be using it.
        var isLive: Bool
    }

    /// Recovers the previous site if it was left aside, then removes the unfinished ones.
    /// - Returns: one line for each folder moved back, removed, kept or not removable.
    func tidy() throws(OutputError) -> [String] {
        let found: [Folder]
        do {
            found = try hiddenFolders()
        } catch {
            let reason = FileOperations.explain(error)
            return ["could not look beside '\(location.displayPath)' for folders left by interrupted builds (\(reason))"]
        }
        guard !found.isEmpty else { return [] }
        let output: FileStatus?
        do {
            output = try FileStatus.of(location.directory)
        } catch {
            return []  // The install examines the output next, and says what is wrong.
        }
        guard let output else { return try recover(found) }
        // A file or link where the output should be: the install refuses it; keep everything.
        guard output.kind == .directory else { return [] }
        return found.filter { !$0.isLive }.compactMap { $0.isSetAside ? kept($0) : remove($0) }
    }

    /// With no output folder: moves the one dead previous site set aside back into place,
    /// then removes the unfinished sites.
    private func recover(_ found: [Folder]) throws(OutputError) -> [String] {
        let aside = found.filter(\.isSetAside)
        if aside.count > 1 || aside.contains(where: \.isLive) { throw previousSitesAside(aside) }
        var report: [String] = []
        if let previous = aside.first, try moveBack(previous) {
            report.append(
                "the previous site was moved back into place from '\(previous.url.path)', "
                    + "where an interrupted build had left it")
        }
        return report + found.filter { !$0.isSetAside && !$0.isLive }.compactMap(remove)
    }

    /// This output's hidden folders, live and dead, sorted by name.
    private func hiddenFolders() throws -> [Folder] {
        guard try FileStatus.of(location.parent) != nil else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: location.parent.path).sorted()
        let ownPID = getpid()
        return try names.compactMap { name -> Folder? in
            guard let owner = location.siblingOwner(name) else { return nil }
            let url = location.parent.appendingPathComponent(name)
            // A file or link that only looks like a build's folder is not one of ours.
            guard try FileStatus.of(url)?.kind == .directory else { return nil }
            let isLive = owner.pid == ownPID ? claims.isClaimed(url) : Self.isRunning(owner.pid)
            return Folder(url: url, isSetAside: owner.role == "old", isLive: isLive)
        }
    }

    /// True unless no process has this id: `kill` with signal 0 sends nothing and only
    /// checks. `EPERM` means a process of another user has it, so it runs. A zombie (a
    /// killed build whose parent has not collected it) also counts as running.
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    /// Renames the previous site back to the output's name; false when another build did
    /// so first (the folder is gone and the output is there). A failure stops the build:
    /// going on would write a site without the author's files.
    private func moveBack(_ previous: Folder) throws(OutputError) -> Bool {
        do {
            try operations.rename(DiskPath(previous.url), DiskPath(location.directory))
            return true
        } catch {
            if FileOperations.isMissing(error), (try? FileStatus.of(location.directory))?.kind == .directory {
                return false
            }
            throw .fileSystem(
                path: location.displayPath,
                reason: "is missing, and the previous site that an interrupted build left in '\(previous.url.path)' "
                    + "cannot be moved back (\(FileOperations.explain(error))); "
                    + "move it to '\(location.displayPath)' by hand")
        }
    }

    /// Why the build stops: with no output folder, a previous site that a running build
    /// has set aside, or several previous sites.
    private func previousSitesAside(_ aside: [Folder]) -> OutputError {
        let reason: String
        if aside.count == 1, let previous = aside.first {
            reason =
                "is missing, and the previous site is in '\(previous.url.path)', set aside by a build that still "
                + "runs; another build may be swapping it in; retry, or move it to '\(location.displayPath)' "
                + "if no build is running"
        } else {
            let names = aside.map { "'\($0.url.path)'" }.joined(separator: ", ")
            let retry = aside.contains(where: \.isLive) ? "another build may be swapping one in; retry, or " : ""
            reason =
                "is missing, and \(aside.count) previous sites set aside by builds are beside it (\(names)); "
                + retry + "move the one to keep to '\(location.displayPath)' and remove the others"
        }
        return .fileSystem(path: location.displayPath, reason: reason)
    }

    /// The warning for a dead build's previous site beside the output, which stays.
    private func kept(_ previous: Folder) -> String? {
        // Moved back by another build since it was found: nothing to say.
        guard !FileStatus.isGone(previous.url) else { return nil }
        return "a previous site left by an interrupted build is in '\(previous.url.path)'; its files were carried "
            + "over into '\(location.displayPath)'; remove it once you have checked"
    }

    /// Removes a dead build's unfinished folder; one that cannot be removed is reported,
    /// not fatal. One that another build removed first is no news: that build says so.
    private func remove(_ folder: Folder) -> String? {
        do {
            try operations.remove(DiskPath(folder.url))
            return "removed '\(folder.url.path)', left by an interrupted build"
        } catch {
            if FileOperations.isMissing(error) || FileStatus.isGone(folder.url) { return nil }
            return "could not remove '\(folder.url.path)', left by an interrupted build "
                + "(\(FileOperations.explain(error))); remove it by hand"
        }
    }
}
