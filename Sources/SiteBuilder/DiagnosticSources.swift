import AtlasDiagnostics
import Foundation

/// Gives each diagnostic of a build the source line it points at
/// (``BuildDiagnostic/sourceLine``), read as the build read the file: a lesson's text is
/// the one parsed (byte-order mark dropped), so its columns are the parser's; `site.yaml`,
/// a template or a strings file is read again from the folder its display path names.
/// Front matter needs no shift: its lines keep their numbers in the file
/// (`FrontMatterReader` blanks them rather than cutting them out).
struct DiagnosticSources {
    /// Texts already read, by display path.
    var texts: [String: String]
    /// Display-path prefixes (`Content`, `Templates`) and the folders they stand for.
    var folders: [(display: String, url: URL)]

    init(plans: [LanguagePlan], options: BuildOptions) {
        var texts: [String: String] = [:]
        for plan in plans {
            for source in plan.sources { texts[source.displayPath] = source.text }
        }
        self.texts = texts
        var folders = [(options.contentDisplayPath, options.contentDirectory)]
        if let templates = options.templatesDirectory { folders.append((options.templatesDisplayPath, templates)) }
        // The longer prefix first: a templates folder inside the content folder.
        self.folders = folders.sorted { $0.0.count > $1.0.count }
    }

    /// `problems`, each with its source line where the file can be read.
    mutating func attach(_ problems: [BuildDiagnostic]) -> [BuildDiagnostic] {
        problems.map { problem in
            var problem = problem
            if problem.sourceLine == nil, let text = text(of: problem.path) {
                problem.sourceLine = SourceSnippet.line(problem.diagnostic.location.line, of: text)
            }
            return problem
        }
    }

    private mutating func text(of path: String) -> String? {
        if let text = texts[path] { return text }
        for (display, url) in folders {
            // As `DisplayPath.join` made the path: no prefix for `.` or an empty folder.
            let prefix = display.isEmpty || display == "." ? "" : display.hasSuffix("/") ? display : display + "/"
            guard path.hasPrefix(prefix) else { continue }
            let file = url.appendingPathComponent(String(path.dropFirst(prefix.count)))
            guard let size = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int,
                size <= LessonLoader.maximumFileSize, let data = FileManager.default.contents(atPath: file.path),
                case .success(let text) = LessonLoader.decode(data)
            else { return nil }
            texts[path] = text
            return text
        }
        return nil
    }
}
