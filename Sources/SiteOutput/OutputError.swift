/// Why a site was not installed. The previous output folder is then as it was, except
/// where the message says otherwise (a previous site that, once set aside, could not be
/// renamed back, or that an interrupted build had set aside: the message says where it is).
///
/// The text a user reads is made by the caller (SiteBuilder's `BuildError`), from the
/// output's display path and the reason, which says what went wrong and how to fix it:
///
/// ```swift
/// do {
///     warnings = try location.install(files, clean: false)
/// } catch {
///     switch error {
///     case .unsafeLocation(let path, let reason): print("output folder '\(path)' \(reason)")
///     case .fileSystem(let path, let reason): print("\(path): \(reason)")
///     }
/// }
/// ```
public enum OutputError: Error, Sendable, Equatable {
    /// The output folder is one a build must not replace or write into (a folder the
    /// build reads, the home folder, a folder that contains either, …): nothing was read
    /// or written. `reason` follows "output folder 'PATH' ": `is the content folder; …`.
    case unsafeLocation(path: String, reason: String)
    /// A folder or file of the output could not be examined, written or moved; `path` is
    /// as the user would type it (`_site/intro.html`).
    case fileSystem(path: String, reason: String)
}
