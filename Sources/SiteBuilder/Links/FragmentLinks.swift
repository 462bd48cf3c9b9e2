import AtlasDiagnostics
import LessonMarkdown

/// Links to places in other lessons, checked once every lesson is rendered.
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
            for link in links where !link.isReference && seen.insert(link).inserted {
                guard var page = pages[link.lessonFileName] else { continue }
                let problem = page.problem(linkingTo: link.fragment, on: "'\(link.lessonFileName)'")
                pages[link.lessonFileName] = page
                if let problem { problems.append(BuildDiagnostic(path: path, Diagnostic(.link, problem, at: link.location))) }
            }
        }
        return problems
    }
}
