import AtlasDiagnostics
import Foundation
import LessonMarkdown
import SiteOutput

/// Reads `*.md` from the content folder, in file-name order. `README.md` (in any case) is
/// not a lesson: it describes the folder, as on GitHub, so a course kept at the top of a
/// repository (`--content .`) builds without taking the repository's README for a lesson.
enum LessonLoader {
    /// Whether the file `name` at the top of a content folder is read as a lesson.
    static func isLessonFileName(_ name: String) -> Bool {
        name.hasSuffix(".md") && !name.hasPrefix(".") && name.lowercased() != "readme.md"
    }

    /// Lesson files larger than this are refused: no lesson is 4 MiB of prose.
    static let maximumFileSize = 4 << 20

    static func load(contentDirectory: URL, displayPath: String, jobs: Int) async throws(BuildError) -> (
        lessons: [LessonSource], diagnostics: [BuildDiagnostic]
    ) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: contentDirectory.path)
        } catch {
            throw .fileSystem(path: displayPath, reason: "cannot read the content folder (\(FileOperations.explain(error)))")
        }
        let folder = ConfinedFolder(contentDirectory)
        // Joined as text, once: URL's path and appendingPathComponent cost more than
        // reading a lesson.
        let root = contentDirectory.path.hasSuffix("/") ? contentDirectory.path : contentDirectory.path + "/"
        // Read in parallel: with the cache warm, reading the lessons is most of a build.
        let results = await ParallelMap.map(
            names.sorted().filter(isLessonFileName), jobs: jobs
        ) { name in
            read(name, root: root, displayPath: displayPath, folder: folder)
        }
        var lessons: [LessonSource] = []
        var diagnostics: [BuildDiagnostic] = []
        for result in results {
            switch result {
            case .lesson(let lesson): lessons.append(lesson)
            case .problem(let problem): diagnostics.append(problem)
            }
        }
        return (lessons, diagnostics)
    }

    /// What reading one file gave.
    private enum Read: Sendable {
        case lesson(LessonSource)
        case problem(BuildDiagnostic)
    }

    /// One lesson file, or why it cannot be one.
    /// - Parameter root: the content folder's path, ending in `/`.
    private static func read(_ name: String, root: String, displayPath: String, folder: ConfinedFolder)
        -> Read
    {
        let path = DisplayPath.join(displayPath, name)
        let file = root + name
        // Most lessons are plain files in the folder: one lstat says so, and the checks below
        // (links followed, kind, size) have nothing to add. A build reads every lesson.
        var info = stat()
        if lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size <= maximumFileSize,
            let data = FileManager.default.contents(atPath: file)
        {
            return decoded(data, name: name, path: path)
        }
        if let problem = ContainedPath.problem(with: name, in: folder, kind: "lesson", folderName: "content folder") {
            return .problem(BuildDiagnostic(path: path, Diagnostic(.file, problem, at: .init(line: 1, column: 1))))
        }
        // Check the kind and size before reading, so that a huge file is refused without
        // loading it. Of the file itself: a symbolic link's own size is that of its
        // target's path (the link stays in the folder: checked above).
        let attributes = fileAttributes(file)
        let kind = attributes?[.type] as? FileAttributeType
        if kind == .typeDirectory {
            return .problem(
                BuildDiagnostic(
                    path: path,
                    Diagnostic(
                        .file,
                        "this is a folder, not a lesson; rename it so that its name does not end in '.md'",
                        at: .init(line: 1, column: 1))))
        }
        if let kind, kind != .typeRegular {
            return .problem(
                BuildDiagnostic(
                    path: path,
                    Diagnostic(
                        .file,
                        "lesson is not a regular file but a pipe, socket or device; replace it with a text file",
                        at: .init(line: 1, column: 1))))
        }
        let size = attributes?[.size] as? Int ?? 0
        if size > maximumFileSize {
            return .problem(
                BuildDiagnostic(
                    path: path,
                    Diagnostic(
                        .file,
                        "lesson is \(size) bytes; the limit is \(maximumFileSize) (4 MiB)", at: .init(line: 1, column: 1))))
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            return .problem(
                BuildDiagnostic(
                    path: path,
                    Diagnostic(
                        .file,
                        "cannot read this file; check its permissions", at: .init(line: 1, column: 1))))
        }
        return decoded(data, name: name, path: path)
    }

    /// The lesson `name` (shown as `path`) from its bytes, or why they are not one.
    private static func decoded(_ data: Data, name: String, path: String) -> Read {
        switch decode(data) {
        case .success(let text):
            return .lesson(LessonSource(fileName: name, displayPath: path, slug: LessonSource.slug(forFileName: name), text: text))
        case .failure(let problem):
            return .problem(BuildDiagnostic(path: path, problem))
        }
    }

    /// The type and size of the file at `url`, links followed: one `stat`, which a build
    /// makes for every lesson; Foundation's slower way where `stat` fails (a dangling link).
    private static func fileAttributes(_ path: String) -> [FileAttributeKey: Any]? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let url = URL(fileURLWithPath: path)
            return try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)
        }
        let type: FileAttributeType =
            switch info.st_mode & S_IFMT {
            case S_IFDIR: .typeDirectory
            case S_IFREG: .typeRegular
            default: .typeUnknown
            }
        return [.type: type, .size: Int(info.st_size)]
    }

    /// The file as UTF-8 text; invalid UTF-8 or a NUL byte is reported on the line it is on.
    static func decode(_ data: Data) -> Result<String, Diagnostic> {
        // The usual case, a clean file, checked at the speed of memchr and the standard
        // library's validation; only a file with a problem is walked line by line to find it.
        let clean = data.withUnsafeBytes { raw -> String? in
            guard let base = raw.baseAddress, memchr(base, 0, raw.count) == nil else { return raw.isEmpty ? "" : nil }
            return String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self)
        }
        if let clean { return .success(clean.hasPrefix("\u{FEFF}") ? String(clean.dropFirst()) : clean) }
        return locateProblem(data)
    }

    /// The first NUL byte or line of invalid UTF-8 in `data`, which ``decode(_:)`` found
    /// is not clean text.
    private static func locateProblem(_ data: Data) -> Result<String, Diagnostic> {
        var line = 1
        var lineStart = data.startIndex
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            if byte == 0 {
                return .failure(
                    Diagnostic(.file, "NUL byte in the lesson; save it as UTF-8 text", at: .init(line: line, column: index - lineStart + 1))
                )
            }
            if byte == UInt8(ascii: "\n") {
                if String(validating: data[lineStart..<index], as: UTF8.self) == nil {
                    return .failure(
                        Diagnostic(.file, "invalid UTF-8 on this line; save the lesson as UTF-8", at: .init(line: line, column: 1)))
                }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(Diagnostic(.file, "invalid UTF-8 on this line; save the lesson as UTF-8", at: .init(line: line, column: 1)))
        }
        return .success(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }
}
