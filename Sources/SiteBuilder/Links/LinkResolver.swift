import AtlasDiagnostics
import Foundation
import LessonMarkdown

/// Checks and rewrites one lesson's relative links and images against the course
/// (DESIGN.md §2), and lists the files they use.
///
/// | destination | becomes |
/// |---|---|
/// | `04-relu.md`, `./04-relu.md#drawbacks` (a lesson's file) | `relu.html`, `relu.html#drawbacks` |
/// | `index.html` (the course outline the build writes) | itself |
/// | any other path, e.g. `img/a.png`, `data/x.csv?v=2` | itself; the file is copied to the same path in the site |
///
/// The path part (before `?` or `#`) is percent-decoded and read from the lesson's folder.
/// Errors: a `.md` that is no published lesson (a draft, a typo, a file in a subfolder),
/// a lesson's page named instead of its file (`relu.html`), a path that leaves the content
/// folder (by `..` or through a symbolic link), a loop of symbolic links, a missing file,
/// a folder, a file over 64 MiB.
struct LinkResolver {
    /// The course, every question recorded (``CourseLookups``).
    let course: CourseLookups
    /// The linking lesson's folder, as components from the content folder (`[]`: its top).
    var lessonDirectory: [String] = []
    /// A draft may link other drafts: its page is not built, so nothing would break.
    var lessonIsDraft = false
    /// The files used so far, in the order they are named.
    private(set) var files: [LinkedFile] = []
    /// The links so far to a place in a lesson, to check once every lesson is rendered.
    private(set) var fragments: [FragmentLink] = []

    init(course: CourseLookups, lessonDirectory: [String] = [], lessonIsDraft: Bool = false) {
        self.course = course
        self.lessonDirectory = lessonDirectory
        self.lessonIsDraft = lessonIsDraft
    }

    /// The URL to write for `link`, or why it cannot be used (at the destination's start).
    mutating func resolve(_ link: LessonLink) -> Result<String, TextProblem> {
        let written = link.destination.value
        let pathEnd = written.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? written.endIndex
        let path = String(written[..<pathEnd]), suffix = String(written[pathEnd...])
        // `%00` would cut the path short in the file system's C calls: keep such a path as
        // written, so it names no file rather than another one.
        // Without a `%`, Foundation's decoding (about 16,000 instructions) gives the path back.
        let decoded =
            path.utf8.contains(UInt8(ascii: "%"))
            ? path.removingPercentEncoding.flatMap { $0.contains("\0") ? nil : $0 } ?? path : path
        guard let components = ConfinedFolder.normalized(decoded, in: lessonDirectory) else {
            return failure("'\(path)' lies outside the content folder; copy the file into the folder and link the copy")
        }
        if decoded.lowercased().hasSuffix(".md") {
            return lessonPage(components, written: path, suffix: suffix, at: link.destination.location)
        }
        if components == ["index.html"] { return .success(written) }
        if components.count == 1, components[0].hasSuffix(".html"),
            let lesson = course.lesson(slug: String(components[0].dropLast(5)))
        {
            return failure("link the lesson's file, not its page '\(path)'; did you mean '\(lesson.fileName)\(suffix)'?")
        }
        switch course.file(components) {
        case .success(let file):
            files.append(LinkedFile(file: file, location: link.destination.location))
            return .success(written)
        case .failure(let problem):
            return failure(message(for: problem, path: path))
        }
    }

    /// `NN-name.md` of a published lesson → `name.html` with the query and fragment kept;
    /// a fragment is noted in `fragments`.
    private mutating func lessonPage(_ components: [String], written: String, suffix: String, at location: SourceLocation)
        -> Result<String, TextProblem>
    {
        if components.count == 1, let lesson = course.lesson(fileName: components[0]) {
            guard !lesson.isDraft || lessonIsDraft else {
                return failure(
                    "lesson '\(lesson.fileName)' is a draft and has no page; remove the link or set 'draft: false' in it")
            }
            if let hash = suffix.firstIndex(of: "#") {
                fragments.append(
                    FragmentLink(
                        lessonFileName: lesson.fileName, fragment: String(suffix[suffix.index(after: hash)...]),
                        location: location))
            }
            return .success(lesson.pageName + suffix)
        }
        if let likely = course.likelyLesson(for: components.last ?? written) {
            return failure("unknown lesson '\(written)'; did you mean '\(likely.fileName)'?")
        }
        guard let example = course.firstPublished else {
            return failure("unknown lesson '\(written)'; the course has no other lesson to link")
        }
        return failure(
            "unknown lesson '\(written)'; link a lesson's file from the top of the content folder, e.g. '\(example.fileName)'")
    }

    private func message(for problem: ConfinedFolder.Problem, path: String) -> String {
        switch problem {
        case .missing(let suggestion?):
            let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            return "'\(path)' does not exist in the content folder; did you mean '\(DisplayPath.join(folder, suggestion))'?"
        case .missing(nil):
            return "'\(path)' does not exist in the content folder; add the file or correct the path"
        case .linkLeadsOutside:
            return "'\(path)' leads outside the content folder through a symbolic link; copy the file into the folder instead"
        case .linkLoop:
            return "'\(path)' leads into a loop of symbolic links (more than \(ConfinedFolder.maximumLinkCount) followed); "
                + "point the links at a file"
        case .folder:
            return "'\(path)' is a folder; link a file in it"
        case .tooLarge(let bytes):
            return "'\(path)' is \(bytes) bytes; the limit for a linked file is \(ConfinedFolder.maximumFileSize) (64 MiB)"
        }
    }

    private func failure(_ message: String) -> Result<String, TextProblem> {
        .failure(TextProblem(message: message, offset: 0))
    }
}
