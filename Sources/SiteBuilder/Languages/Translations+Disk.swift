import AtlasDiagnostics
import Foundation
import SiteOutput

/// `atlas translations`: the course's translations read from the content folder as
/// `atlas build` reads them, and `--mark`, which writes a translation's `translation_of:`.
extension Translations {
    /// A translation named on the command line that cannot be marked: outside the
    /// content folder, a lesson of the default language, without an original, missing.
    public struct MarkRefusal: Error, Sendable, Equatable {
        public var message: String
    }

    /// One translation that `--mark` visited.
    public struct Marked: Sendable, Equatable {
        public var translation: Translation
        /// `Content/02-sigmoid.md`
        public var original: String
        public var digest: String
        /// False when the translation was current already and its file was left alone.
        public var changed: Bool
    }

    /// The translations of the course in `contentDirectory`, and the problems met reading
    /// it (of `site.yaml`, of a lesson's file), each as the build reports it. A further
    /// language without a folder has every translation missing.
    public static func load(contentDirectory: URL, displayPath: String, jobs: Int) async throws(BuildError) -> (
        translations: Translations, problems: [BuildDiagnostic]
    ) {
        let (site, configProblems) = SiteBuild.loadConfig(contentDirectory, displayPath: displayPath)
        let (originals, originalProblems) = try await LessonLoader.load(
            contentDirectory: contentDirectory, displayPath: displayPath, jobs: jobs)
        var problems = configProblems + originalProblems
        var languages: [(language: String, files: [(fileName: String, text: String)])] = []
        for code in site.languages.dropFirst() {
            let folder = contentDirectory.appendingPathComponent(code, isDirectory: true)
            var isFolder: ObjCBool = false
            var files: [(fileName: String, text: String)] = []
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue {
                let (sources, sourceProblems) = try await LessonLoader.load(
                    contentDirectory: folder, displayPath: DisplayPath.join(displayPath, code), jobs: jobs)
                files = sources.map { ($0.fileName, $0.text) }
                problems += sourceProblems
            }
            languages.append((code, files))
        }
        let translations = Translations(
            defaultLanguage: site.language, contentDisplayPath: displayPath,
            originals: originals.map { ($0.fileName, $0.text) }, translations: languages)
        return (translations, problems)
    }

    /// Every translation without a `translation_of:`, for `--mark --all`. Not those that
    /// are behind: each of those is marked by name, once it has been brought up to date.
    public var unmarked: [Translation] {
        lessons.flatMap { $0.translations.filter { $0.state == .unmarked } }
    }

    /// The translation `path` names: its path in the content folder (`zh/02-sigmoid.md`),
    /// or from `currentDirectory` (`Content/zh/02-sigmoid.md`), whichever is a file, the
    /// first when neither is.
    public func translation(named path: String, contentDirectory: URL, currentDirectory: URL) throws(MarkRefusal)
        -> Translation
    {
        let example = "\(languages.first ?? "zh")/\(lessons.first?.fileName ?? "01-intro.md")"
        guard let firstLanguage = languages.first else {
            throw MarkRefusal(
                message: "'languages' in '\(DisplayPath.join(contentDisplayPath, "site.yaml"))' names no language besides "
                    + "'\(defaultLanguage)', so there is no translation to mark; add one, e.g. 'languages: [\(defaultLanguage), zh]'")
        }
        let root = contentDirectory.standardizedFileURL.path
        // Joined, not resolved as a relative URL, which drops a base's last name unless it ends in `/`.
        let fromContent = path.hasPrefix("/") ? nil : contentDirectory.appendingPathComponent(path).standardizedFileURL.path
        let fromHere =
            (path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)).standardizedFileURL.path
        let isFile = { (candidate: String) in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) && !isFolder.boolValue
        }
        let chosen = fromContent.flatMap { isFile($0) ? $0 : nil } ?? (isFile(fromHere) ? fromHere : fromContent ?? fromHere)
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard chosen.hasPrefix(prefix) else {
            throw MarkRefusal(
                message: "'\(path)' is not in the content folder '\(contentDisplayPath)'; pass a translation such as '\(example)'")
        }
        let parts = chosen.dropFirst(prefix.count).split(separator: "/").map(String.init)
        let display = DisplayPath.join(contentDisplayPath, parts.joined(separator: "/"))
        if parts.count == 1 {
            throw MarkRefusal(
                message: "'\(display)' is a lesson of the default language '\(defaultLanguage)', not a translation; "
                    + "pass its translation, such as '\(firstLanguage)/\(parts[0])'")
        }
        guard parts.count == 2, let index = languages.firstIndex(of: parts[0]) else {
            throw MarkRefusal(
                message: "'\(display)' is not in the folder of a further language (\(languages.joined(separator: ", "))); "
                    + "pass a translation such as '\(example)'")
        }
        guard let lesson = lessons.first(where: { $0.fileName == parts[1] }) else {
            if withoutOriginal.contains(where: { $0.language == parts[0] && $0.fileName == parts[1] }) {
                throw MarkRefusal(
                    message: "'\(display)' has no original: there is no '\(DisplayPath.join(contentDisplayPath, parts[1]))'; "
                        + "give the translation the file name of the lesson it translates")
            }
            throw MarkRefusal(message: "there is no translation '\(display)'; pass a translation such as '\(example)'")
        }
        let translation = lesson.translations[index]
        guard translation.state != .missing else {
            throw MarkRefusal(
                message: "there is no translation '\(display)' yet; translate '\(lesson.displayPath)' into it, then mark it")
        }
        return translation
    }

    /// Sets the `translation_of:` of each of `targets` to its original's digest: that one
    /// line rewritten, or added as the front matter's last line, every other byte of the
    /// file as it was. A current translation's file is not written. A translation
    /// without a front matter is a content error, and then no file is written.
    public func mark(_ targets: [Translation], contentDirectory: URL) throws(BuildError) -> [Marked] {
        var edits: [(marked: Marked, file: URL, bytes: [UInt8])] = []
        var problems: [BuildDiagnostic] = []
        for target in targets {
            guard let lesson = lessons.first(where: { $0.fileName == target.fileName }) else { continue }
            let file = contentDirectory.appendingPathComponent(target.language).appendingPathComponent(target.fileName)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw .fileSystem(path: target.displayPath, reason: "cannot read this translation; check its permissions")
            }
            let bytes = [UInt8](data)
            // A current mark stays as written (in quotes, say): the file is not touched.
            guard let marked = target.state == .current ? bytes : TranslationMark.marking(bytes, digest: lesson.digest) else {
                problems.append(
                    BuildDiagnostic(
                        path: target.displayPath,
                        Diagnostic(
                            .frontMatter,
                            "this translation has no front matter to hold 'translation_of'; start the file with '---', 'title: …', '---'",
                            at: SourceLocation(line: 1, column: 1))))
                continue
            }
            var current = target
            current.state = .current
            current.markLine = TranslationMark.read(marked)?.mark?.line
            edits.append(
                (Marked(translation: current, original: lesson.displayPath, digest: lesson.digest, changed: marked != bytes), file, marked))
        }
        guard problems.isEmpty else { throw .content(problems.sorted()) }
        for edit in edits where edit.marked.changed {
            do {
                try Data(edit.bytes).write(to: edit.file, options: .atomic)
            } catch {
                throw .fileSystem(
                    path: edit.marked.translation.displayPath,
                    reason: "cannot write this translation (\(FileOperations.explain(error))); it is as it was")
            }
        }
        return edits.map(\.marked)
    }
}
