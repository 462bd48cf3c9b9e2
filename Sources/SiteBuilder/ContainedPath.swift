/// Whether a lesson or template file lies inside its folder once symbolic links are
/// followed, so that nothing outside the content and template folders is read (a lesson
/// that is a link to `/etc/passwd` is refused, not published). The walk is
/// ``ConfinedFolder/resolve(_:)``'s, which never opens anything outside and stops a loop
/// of links after ``ConfinedFolder/maximumLinkCount``.
enum ContainedPath {
    /// nil when the file `name` at the top of `folder` stays inside it (or is missing,
    /// which the caller reports as it reads); else the message, e.g. for `kind` "lesson"
    /// and `folderName` "content folder".
    static func problem(with name: String, in folder: ConfinedFolder, kind: String, folderName: String) -> String? {
        switch folder.resolve([name]) {
        case .success, .failure(.missing), .failure(.folder), .failure(.tooLarge):
            nil
        case .failure(.linkLeadsOutside):
            "\(kind) is a symbolic link that leads outside the \(folderName); copy the file into the folder instead"
        case .failure(.linkLoop):
            "\(kind) is a symbolic link in a loop (more than \(ConfinedFolder.maximumLinkCount) links followed); "
                + "replace it with the file"
        }
    }
}
