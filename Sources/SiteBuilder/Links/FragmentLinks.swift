import LessonMarkdown

/// A link to a place in another lesson (`04-relu.md#drawbacks`), noted while the linking
/// lesson renders and checked once every lesson has: only then are the ids of the
/// target's headings and figures known.
struct FragmentLink: Sendable, Equatable {
    /// The target lesson's file: `04-relu.md`.
    var lessonFileName: String
    /// After the `#`, as written: `drawbacks`.
    var fragment: String
    /// Where the link's destination is written in the linking lesson.
    var location: SourceLocation
}

enum FragmentLinks {
    /// An error for each link whose fragment reaches no id in its lesson's body.
    /// - Parameters:
    ///   - idsByFile: lesson file name → the ids in its rendered body.
    ///   - links: per linking lesson (its display path), the fragment links it holds.
    static func problems(idsByFile: [String: Set<String>], links: [(path: String, links: [FragmentLink])])
        -> [BuildDiagnostic]
    {
        // One checker per target page, so its ids are prepared for suggestions once and
        // its cap on suggestions counts every lesson's links to it, in lesson order.
        var checkers: [String: Anchors.FragmentChecker] = [:]
        var problems: [BuildDiagnostic] = []
        for (path, links) in links {
            for link in links {
                guard let ids = idsByFile[link.lessonFileName] else { continue }
                var checker = checkers[link.lessonFileName] ?? Anchors.FragmentChecker(ids: ids, page: "'\(link.lessonFileName)'")
                let problem = checker.problem(linkingTo: link.fragment)
                checkers[link.lessonFileName] = checker
                if let problem { problems.append(BuildDiagnostic(path: path, Diagnostic(problem, at: link.location))) }
            }
        }
        return problems
    }
}
