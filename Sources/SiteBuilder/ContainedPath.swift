import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Whether a file the build reads lies inside the folder it belongs to once symbolic
/// links are resolved, so that nothing outside the content and template folders is read
/// (DESIGN §4: a lesson that is a link to `/etc/passwd` is refused, not published).
///
/// Resolution is the system's `realpath`, which gives up on a loop (ELOOP) after a
/// bounded number of links: a loop is reported, never followed forever.
enum ContainedPath {
    enum Problem: Equatable {
        /// The file resolves to `target`, outside the folder.
        case outside(target: String)
        /// A chain of symbolic links that never ends.
        case loop
    }

    /// nil when `file` resolves inside `folder` (or does not exist, which the caller
    /// reports as it reads); else what is wrong.
    static func problem(with file: URL, inside folder: URL) -> Problem? {
        guard let root = realPath(folder.path) else { return nil }
        switch resolve(file.path) {
        case .success(let real):
            return real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/") ? nil : .outside(target: real)
        case .failure(let code):
            return code == ELOOP ? .loop : nil
        }
    }

    /// The message for a problem with a file of `kind` ("lesson", "template"), in the
    /// house style.
    static func message(_ problem: Problem, kind: String, folder: String) -> String {
        switch problem {
        case .outside(let target):
            "\(kind) is a symbolic link to '\(target)', outside the \(folder); copy the file into the folder instead"
        case .loop:
            "\(kind) is a symbolic link that loops back on itself; replace it with the file"
        }
    }

    private static func realPath(_ path: String) -> String? {
        if case .success(let real) = resolve(path) { return real }
        return nil
    }

    private static func resolve(_ path: String) -> Result<String, CodeError> {
        guard let pointer = realpath(path, nil) else { return .failure(CodeError(errno)) }
        defer { free(pointer) }
        return .success(String(cString: pointer))
    }

    /// An errno value as an Error, for `Result`.
    private struct CodeError: Error, Equatable {
        let code: Int32
        init(_ code: Int32) { self.code = code }
        static func == (lhs: CodeError, rhs: Int32) -> Bool { lhs.code == rhs }
    }
}
