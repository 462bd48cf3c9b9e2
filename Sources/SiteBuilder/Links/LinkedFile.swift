import AtlasDiagnostics
import LessonMarkdown

/// A file a lesson links to or shows, to be copied into the site at `file.sitePath`.
struct LinkedFile: Sendable, Equatable {
    var file: ConfinedFolder.File
    /// Where the lesson names it, to report a file that cannot be copied.
    var location: SourceLocation
}
