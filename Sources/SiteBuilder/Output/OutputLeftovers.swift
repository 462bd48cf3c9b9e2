import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts right what builds killed mid-way left beside the output, before the next build
/// stages its site.
///
/// A build's hidden folders are `.{name}.atlas-new-{pid}` (the site being written; after
/// an exchange, the previous site on its way out) and `.{name}.atlas-old-{pid}` (the
/// previous site set aside by the two-rename swap), with `-2`, `-3`, … when a name was
/// taken. A folder whose process no longer runs will never be finished or removed by it.
/// A folder with this process's own id counts as such, unless another build of this
/// process claims it in ``SiblingClaims``: leftovers are looked for before this build
/// makes any folder, so it comes from a dead process that had the same id (ids are
/// reused, and a container started afresh gives its build the same small id each time):
///
/// - No output folder and exactly one such `atlas-old` folder: the build was killed
///   between its two renames, and that folder is the previous site. It is renamed back
///   into place first, so that this build carries over the author's files as usual.
/// - No output folder and several such `atlas-old` folders: which one is the site cannot
///   be told, so the build stops and names them; nothing is moved or removed.
/// - Every such `atlas-new` folder is removed: an unfinished site, or, beside an output,
///   the previous site after an exchange. So is every such `atlas-old` folder once the
///   output folder exists: the previous site, replaced.
///
/// Folders of a running process (another build of the same output, in another process or
/// in this one) are never touched; a process id reused by an unrelated program only
/// makes a folder stay. Each thing done is one line of
/// ``BuildReport/outputWarnings``, so the user learns that a build was interrupted.
struct OutputLeftovers {
    var location: OutputLocation
    var operations: FileOperations
    /// The folders that builds of this process hold.
    var claims: SiblingClaims = .shared

    /// One hidden folder of a build that no longer runs.
    struct Folder {
        var url: URL
        /// True for `atlas-old`: a previous site set aside by the two-rename swap.
        var isSetAside: Bool
    }

    /// Recovers the previous site if it was left aside, then removes the rest.
    /// - Returns: one line for each folder moved back or removed, or not removable.
    func tidy() throws(BuildError) -> [String] {
        let found: [Folder]
        do {
            found = try deadFolders()
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
        return remove(found)
    }

    /// With no output folder: moves the one previous site set aside back into place,
    /// then removes the unfinished sites.
    private func recover(_ found: [Folder]) throws(BuildError) -> [String] {
        let aside = found.filter(\.isSetAside)
        guard aside.count <= 1 else { throw tooManyPreviousSites(aside) }
        var report: [String] = []
        if let previous = aside.first {
            try moveBack(previous)
            report.append("the previous site was moved back into place from '\(previous.url.path)', "
                + "where an interrupted build had left it")
        }
        return report + remove(found.filter { !$0.isSetAside })
    }

    /// This output's hidden folders whose process no longer runs, sorted by name.
    private func deadFolders() throws -> [Folder] {
        guard try FileStatus.of(location.parent) != nil else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: location.parent.path).sorted()
        let ownPID = getpid()
        return try names.compactMap { name -> Folder? in
            guard let owner = location.siblingOwner(name) else { return nil }
            let url = location.parent.appendingPathComponent(name)
            guard owner.pid == ownPID ? !claims.isClaimed(url) : !Self.isRunning(owner.pid) else { return nil }
            // A file or link that only looks like a build's folder is not one of ours.
            guard try FileStatus.of(url)?.kind == .directory else { return nil }
            return Folder(url: url, isSetAside: owner.role == "old")
        }
    }

    /// True unless no process has this id: `kill` with signal 0 sends nothing and only
    /// checks. `EPERM` means a process of another user has it, so it runs.
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    /// Renames the previous site back to the output's name. A failure stops the build:
    /// going on would write a site without the author's files, and the next build would
    /// remove the folder that holds them.
    private func moveBack(_ previous: Folder) throws(BuildError) {
        do {
            try operations.rename(previous.url, location.directory)
        } catch {
            throw .fileSystem(
                path: location.displayPath,
                reason: "is missing, and the previous site that an interrupted build left in '\(previous.url.path)' "
                    + "cannot be moved back (\(FileOperations.explain(error))); "
                    + "move it to '\(location.displayPath)' by hand")
        }
    }

    private func tooManyPreviousSites(_ aside: [Folder]) -> BuildError {
        let names = aside.map { "'\($0.url.path)'" }.joined(separator: ", ")
        return .fileSystem(
            path: location.displayPath,
            reason: "is missing, and interrupted builds left \(aside.count) previous sites beside it (\(names)); "
                + "move the one to keep to '\(location.displayPath)' and remove the others")
    }

    /// Removes each folder; a folder that cannot be removed is reported, not fatal.
    private func remove(_ folders: [Folder]) -> [String] {
        folders.map { folder in
            do {
                try operations.remove(folder.url)
                return "removed '\(folder.url.path)', left by an interrupted build"
            } catch {
                return "could not remove '\(folder.url.path)', left by an interrupted build "
                    + "(\(FileOperations.explain(error))); remove it by hand"
            }
        }
    }
}
