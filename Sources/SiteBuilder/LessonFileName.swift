/// The naming rules of lesson files, for callers that make one (`atlas new`): the same
/// rules the build reads names by.
public enum LessonFileName {
    /// The slug of a lesson file, its page's name: `02-sigmoid.md` → `sigmoid`,
    /// `intro.md` → `intro` (the numeric prefix is digits followed by `-` or `_`).
    public static func slug(of fileName: String) -> String {
        LessonSource.slug(forFileName: fileName)
    }

    /// Slugs no lesson may have: the course outline's page and the whole course's.
    public static let reservedSlugs: Set<String> = ["index", "print"]
}
