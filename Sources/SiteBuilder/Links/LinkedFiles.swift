import AtlasDiagnostics
import Foundation
import LessonMarkdown

/// The files that lessons link to or show (`img/a.png`), read once each, however many
/// lessons use them, for the site to hold them at the same path as the content folder.
enum LinkedFiles {
    /// One use of a file: the lesson naming it (as the user types its path) and where.
    struct Use: Sendable {
        var lessonPath: String
        var linked: LinkedFile
    }

    /// Site path → bytes of each file in `uses`. A file under `assets/` that `AuthorAssets`
    /// already copies (`copied`) is not read again. A file that cannot be read is an
    /// error at its first use.
    ///
    /// No linked file can land on a page: `index.html` is kept as a link to the outline
    /// and `slug.html` is refused by `LinkResolver`, and `AuthorAssets` reports an author's
    /// file named like the site's own assets.
    static func read(_ uses: [Use], copied: Set<String>) -> ([String: [UInt8]], [BuildDiagnostic]) {
        var files: [String: [UInt8]] = [:]
        var problems: [BuildDiagnostic] = []
        var seen: Set<String> = []
        // `uses` come in lesson order, then document order: the first use is deterministic.
        for use in uses {
            let file = use.linked.file
            guard seen.insert(file.sitePath).inserted, !copied.contains(file.sitePath) else { continue }
            guard let data = FileManager.default.contents(atPath: file.physicalPath) else {
                problems.append(
                    BuildDiagnostic(
                        path: use.lessonPath,
                        Diagnostic(
                            .link,
                            "cannot read '\(file.sitePath)' in the content folder; check its permissions", at: use.linked.location)))
                continue
            }
            files[file.sitePath] = Array(data)
        }
        return (files, problems)
    }
}
