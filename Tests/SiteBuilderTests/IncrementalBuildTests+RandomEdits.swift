import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects the promise that the cache never changes the output: after every edit of a
/// random sequence (prose, plot options, titles, labels, links, drafts, errors, lessons
/// added and removed, templates, site.yaml, linked files), the build with the cache
/// gives what a cold build gives, byte for byte, messages included.
extension IncrementalBuildTests {
    /// One lesson of the random course, written out by ``markdown``.
    struct LessonModel {
        var number: Int
        var title: String
        var draft = false
        var order: Int?
        var prose = 0
        var function = "sigmoid"
        var range = 3
        var derivative = true
        var label: String?
        var links: [Int] = []
        var refs: [Int] = []
        var defines = false
        var image = false
        var broken = false

        var fileName: String { String(format: "%02d-lesson-%d.md", number, number) }
        var slug: String { "lesson-\(number)" }

        func markdown(all: [LessonModel]) -> String {
            var text = "---\ntitle: \(title)\n" + (draft ? "draft: true\n" : "") + (order.map { "order: \($0)\n" } ?? "")
            text += "---\n\n# \(title)\n\nProse, version \(prose).\n\n"
            if defines { text += "```{define} bump\nx * sigmoid(x)\n```\n\n" }
            text += "```{plot} \(broken ? "sigmod" : function)\(defines ? " bump" : "")\n:x: -\(range) \(range)\n"
            text += (derivative ? ":derivative:\n" : "") + (label.map { ":name: \($0)\n" } ?? "") + "```\n\n"
            text += "```{table} relu\n:x: -1 0 1\n```\n\n"
            for target in links {
                let other = all.first { $0.number == target }
                text += "See [lesson \(target)](\(other?.fileName ?? "99-gone.md")#part) and {lesson}`lesson-\(target)`.\n\n"
            }
            for target in refs {
                let other = all.first { $0.number == target }
                text += "And {ref}`\(other?.fileName ?? "99-gone.md")#\(other?.label ?? "fig-none")`.\n\n"
            }
            if image { text += "![A dot](img/dot.png)\n\n" }
            text += "## Part\n\nThe end.\n"
            return text
        }
    }

    @Test("Random edit sequences: each build with the cache equals a cold build", arguments: [UInt64(12), 2024])
    func randomEdits(seed: UInt64) async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        var random = SeededGenerator(seed: seed)
        var lessons = (1...4).map { LessonModel(number: $0, title: "Lesson \($0)", label: "fig-\($0)") }
        var next = 5
        lessons[0].links = [2]
        lessons[1].refs = [3]
        try workspace.put("dot", at: "img/dot.png")
        try workspace.put("title: Random course\n", at: "site.yaml")
        func write() throws {
            for lesson in lessons { try workspace.put(lesson.markdown(all: lessons), at: lesson.fileName) }
        }
        try write()
        var log: [String] = []
        var successes = 0
        for step in 0..<24 {
            // An edit that makes an error (a misspelt function, a link to a draft, a missing
            // image) is undone at the next step, so that most builds succeed and their
            // trees are compared, while every kind of failure still comes and goes.
            let linked = Set(lessons.flatMap { $0.links + $0.refs })
            for position in lessons.indices {
                lessons[position].broken = false
                if linked.contains(lessons[position].number) { lessons[position].draft = false }
            }
            if !FileManager.default.fileExists(atPath: workspace.content.appendingPathComponent("img/dot.png").path) {
                try workspace.put("dot again", at: "img/dot.png")
            }
            let index = Int.random(in: 0..<lessons.count, using: &random)
            let other = lessons[Int.random(in: 0..<lessons.count, using: &random)].number
            let edit = Int.random(in: 0..<16, using: &random)
            switch edit {
            case 0: lessons[index].prose += 1
            case 1: lessons[index].range = lessons[index].range % 5 + 1
            case 2: lessons[index].title = "Lesson \(lessons[index].number), take \(step)"
            case 3:
                lessons[index].label = lessons[index].label == nil ? "fig-\(step)" : nil
                let number = lessons[index].number
                for position in lessons.indices { lessons[position].refs.removeAll { $0 == number } }
            case 4:
                lessons.append(LessonModel(number: next, title: "Lesson \(next)", label: "fig-\(next)", links: [other]))
                next += 1
            case 5:
                if lessons.count > 2 {
                    workspace.delete(lessons[index].fileName)
                    let number = lessons.remove(at: index).number
                    for position in lessons.indices {
                        lessons[position].links.removeAll { $0 == number }
                        lessons[position].refs.removeAll { $0 == number }
                    }
                }
            case 6:
                if step % 2 == 0 {
                    try workspace.put(
                        "<main>\(step){{{lesson.body}}}{{#next}}<a href=\"{{url}}\">{{title}}</a>{{/next}}</main>\n",
                        at: "lesson.mustache", in: workspace.templates)
                } else {
                    workspace.delete("lesson.mustache", in: workspace.templates)
                }
            case 7: try workspace.put("title: Random course \(step)\n" + (step % 3 == 0 ? "unsafe_html: true\n" : ""), at: "site.yaml")
            case 8: lessons[index].draft.toggle()
            case 9: lessons[index].broken = true
            case 10: lessons[index].derivative.toggle()
            case 11: lessons[index].links = lessons[index].links.isEmpty ? [other] : []
            case 12:
                let target = lessons.first { $0.number == other }
                lessons[index].refs = lessons[index].refs.isEmpty && target?.label != nil ? [other] : []
            case 13: lessons[index].order = lessons[index].order == nil ? step % 3 : nil
            case 14: lessons[index].defines.toggle()
            default:
                lessons[index].image = true
                if step % 3 == 0 { workspace.delete("img/dot.png") } else { try workspace.put("dot \(step)", at: "img/dot.png") }
            }
            log.append("step \(step): edit \(edit) of \(lessons.indices.contains(index) ? lessons[index].fileName : "?")")
            try write()
            let outcome = await workspace.build()
            let (cold, coldOutput) = try await workspace.coldBuild()
            #expect(outcome.messages == cold.messages, "\(log.joined(separator: "\n"))")
            if cold.report != nil {
                successes += 1
                #expect(
                    try FileTree(workspace.output).differences(from: FileTree(coldOutput)) == [],
                    "\(log.joined(separator: "\n"))")
            }
            try? FileManager.default.removeItem(at: coldOutput)
        }
        // Enough builds succeed for their trees to be compared, not only their errors.
        #expect(successes >= 8, "only \(successes) of 24 builds succeeded")
    }
}
