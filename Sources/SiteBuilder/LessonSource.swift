/// One lesson file as read from the content folder.
struct LessonSource: Sendable {
    /// `02-sigmoid.md`
    var fileName: String
    /// The path as the user would type it: `Content/02-sigmoid.md`.
    var displayPath: String
    /// `sigmoid`: the file name without `.md` and without a numeric prefix (`02-`).
    var slug: String
    var text: String

    /// The slug of a lesson file: `02-sigmoid.md` → `sigmoid`, `intro.md` → `intro`.
    /// The prefix is digits followed by `-` or `_`; a name that is only digits keeps them.
    static func slug(forFileName fileName: String) -> String {
        let stem = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        let digits = stem.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = stem.dropFirst(digits.count)
        guard !digits.isEmpty, let separator = rest.first, separator == "-" || separator == "_",
            rest.count > 1
        else { return stem }
        return String(rest.dropFirst())
    }
}
