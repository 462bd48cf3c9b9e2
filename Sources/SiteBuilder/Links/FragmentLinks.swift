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
        links.flatMap { path, links in
            links.compactMap { link -> BuildDiagnostic? in
                guard let ids = idsByFile[link.lessonFileName],
                    let problem = Anchors.problem(linkingTo: link.fragment, among: ids, on: "'\(link.lessonFileName)'")
                else { return nil }
                return BuildDiagnostic(path: path, Diagnostic(problem, at: link.location))
            }
        }
    }
}
