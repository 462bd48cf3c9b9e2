import AtlasDiagnostics
import Foundation
import LessonMarkdown

/// The author's files in `Content/assets/` (images, downloads), copied as they are to
/// `assets/` in the site.
enum AuthorAssets {
    /// More than this in one asset is refused: a course image is not 64 MiB.
    static let maximumFileSize = 64 << 20

    /// Files the generator writes into `assets/` itself, with what to do instead.
    static let reservedNames = [
        "style.css": "the site's stylesheet is written to assets/style.css; put your own in Templates/style.css",
        "print.css": "the site's print stylesheet is written to assets/print.css; put your own in Templates/print.css",
        "plot.js": "the plot read-out script is written to assets/plot.js; rename your file",
        "math-font.css": "the math font stylesheet is written to assets/math-font.css; rename your file",
        // Issue 14: the layout's script and the generated favicon.
        "site.js": "the layout's script is written to assets/site.js; rename your file",
        "favicon.svg": "the favicon is made by the generator as assets/favicon.svg; rename your file",
    ]

    /// Site-relative path → bytes for every regular file under `assets/`, and a
    /// diagnostic for each file that cannot be copied. Symbolic links are skipped: a
    /// link could point anywhere on the machine, and the site must hold only the course.
    static func load(contentDirectory: URL, displayPath: String) -> ([String: [UInt8]], [BuildDiagnostic]) {
        let root = contentDirectory.appendingPathComponent("assets")
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue,
            let enumerator = manager.enumerator(atPath: root.path)
        else { return ([:], []) }
        var files: [String: [UInt8]] = [:]
        var problems: [BuildDiagnostic] = []
        let start = SourceLocation(line: 1, column: 1)
        while let relative = enumerator.nextObject() as? String {
            let url = root.appendingPathComponent(relative)
            let path = DisplayPath.join(DisplayPath.join(displayPath, "assets"), relative)
            guard let attributes = try? manager.attributesOfItem(atPath: url.path),
                attributes[.type] as? FileAttributeType == .typeRegular,
                !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            if let hint = reservedNames[relative] {
                problems.append(BuildDiagnostic(path: path, Diagnostic(.file, hint, at: start)))
                continue
            }
            let size = attributes[.size] as? Int ?? 0
            guard size <= maximumFileSize, let data = manager.contents(atPath: url.path) else {
                problems.append(
                    BuildDiagnostic(
                        path: path,
                        Diagnostic(
                            .file,
                            size > maximumFileSize
                                ? "asset is \(size) bytes; the limit is \(maximumFileSize) (64 MiB)"
                                : "cannot read this file; check its permissions",
                            at: start)))
                continue
            }
            files["assets/" + relative] = Array(data)
        }
        return (files, problems)
    }
}
