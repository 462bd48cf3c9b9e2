import AtlasDiagnostics
import LessonMarkdown

/// A link to a place in another lesson (`04-relu.md#drawbacks`), noted while the linking
/// lesson renders and checked once every lesson has: only then are the ids of the
/// target's headings and figures known.
struct FragmentLink: Sendable, Hashable {
    /// The target lesson's file: `04-relu.md`.
    var lessonFileName: String
    /// After the `#`, as written: `drawbacks`.
    var fragment: String
    /// Where the link's destination is written in the linking lesson.
    var location: SourceLocation
}

enum FragmentLinks {
    /// An error for each link whose fragment reaches no id in its lesson's body; a
    /// reference link's problem once, at its definition, however many links use it.
    /// - Parameters:
    ///   - pages: lesson file name → the ids of its rendered body.
    ///   - links: per linking lesson (its display path), the fragment links it holds.
    static func problems(pages: [String: Anchors.Page], links: [(path: String, links: [FragmentLink])])
        -> [BuildDiagnostic]
    {
        // Each page's cap on suggestions counts every lesson's links to it, in lesson order.
        var pages = pages
        var problems: [BuildDiagnostic] = []
        for (path, links) in links {
            // The same target, fragment and place: one definition used by several reference links.
            var seen: Set<FragmentLink> = []
            for link in links where seen.insert(link).inserted {
                guard var page = pages[link.lessonFileName] else { continue }
                let problem = page.problem(linkingTo: link.fragment, on: "'\(link.lessonFileName)'")
                pages[link.lessonFileName] = page
                if let problem { problems.append(BuildDiagnostic(path: path, Diagnostic(.link, problem, at: link.location))) }
            }
        }
        return problems
    }
}
