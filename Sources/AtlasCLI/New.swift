import ArgumentParser
import Foundation
import SiteBuilder

/// `atlas new TITLE`: the next numbered lesson, with an example of each directive.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new lesson, numbered after the last one, with an example of each directive.",
        discussion: """
            After 07-elu.md comes 08-TITLE.md, numbered as wide as the lessons before it (01- in a \
            folder without lessons). The slug is the title in lower-case ASCII letters and digits \
            joined by hyphens; a title without ASCII letters (a Chinese one, say) gives lesson-NN. \
            The content folder is created if it does not exist. An existing file is never \
            overwritten, and a title whose slug another lesson has is refused.

            Exit status: 0 written, 1 refused, 2 usage errors.
            """)

    @Argument(help: ArgumentHelp("The lesson's title, as its page shows it.", valueName: "title"))
    var title: String

    @Option(help: ArgumentHelp("The folder of lessons, created if missing.", valueName: "dir"))
    var content = "Content"

    func validate() throws {
        guard title.contains(where: { !$0.isWhitespace }) else {
            throw ValidationError("give the lesson's title, e.g. 'atlas new \"First lesson\"'")
        }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: content)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: content, isDirectory: &isFolder), !isFolder.boolValue {
            throw UsageFailure(message: "content folder '\(content)' is a file; pass a folder with --content DIR")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ContentFailure(report: "error: cannot create the content folder '\(content)'; check its parent's permissions")
        }
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: content)) ?? []
        let lesson = NewLesson.after(existing, title: title.trimmingCharacters(in: .whitespacesAndNewlines))
        if let conflict = lesson.conflict(with: existing, contentDisplayPath: content) {
            throw ContentFailure(report: "error: \(conflict)")
        }
        let path = DisplayPath.join(content, lesson.fileName)
        let text = NewLessonText.text(title: title.trimmingCharacters(in: .whitespacesAndNewlines))
        do {
            // Never overwrite: created only if no file of that name exists (O_EXCL).
            try Data(text.utf8).write(to: folder.appendingPathComponent(lesson.fileName), options: .withoutOverwriting)
        } catch {
            let exists = FileManager.default.fileExists(atPath: folder.appendingPathComponent(lesson.fileName).path)
            throw ContentFailure(
                report: exists
                    ? "error: '\(path)' exists already; atlas new never overwrites a file"
                    : "error: cannot write '\(path)'; check the folder's permissions")
        }
        print("Wrote \(path): edit it, then run 'atlas build' (its page will be \(lesson.slug).html)")
    }
}
