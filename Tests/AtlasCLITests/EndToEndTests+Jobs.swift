import AtlasTestSupport
import Foundation
import Testing

/// Lessons are parsed and rendered in parallel (`--jobs`); the site and every message
/// must not depend on how many run at once, nor on which finishes first.
extension EndToEndTests {
    static let repositoryRoot = fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(
        "The same site and the same messages whatever --jobs is",
        arguments: ["Content", "Tests/AtlasCLITests/Fixtures/misspelt/Content"])
    func jobsDoNotChangeOutput(content: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(
            at: Self.repositoryRoot.appendingPathComponent(content), to: folder.url.appendingPathComponent("Content"))
        var outcomes: [(jobs: Int, status: Int32, output: String, errors: String, tree: FileTree?)] = []
        for jobs in [1, 2, 7] {
            let output = "_site-\(jobs)"
            let result = try AtlasProcess.run(["build", "--jobs", "\(jobs)", "--output", output], in: folder.url)
            let site = folder.url.appendingPathComponent(output)
            let tree = FileManager.default.fileExists(atPath: site.path) ? try FileTree(site) : nil
            outcomes.append(
                (
                    jobs, result.status, result.standardOutput.replacingOccurrences(of: output, with: "_site"),
                    result.standardError.replacingOccurrences(of: output, with: "_site"), tree
                ))
        }
        let first = try #require(outcomes.first)
        for other in outcomes.dropFirst() {
            #expect(other.status == first.status, "--jobs \(other.jobs)")
            #expect(other.output == first.output, "--jobs \(other.jobs)")
            #expect(other.errors == first.errors, "--jobs \(other.jobs)")
            let differences = first.tree.flatMap { other.tree?.differences(from: $0) } ?? []
            #expect(other.tree == first.tree, "--jobs \(other.jobs): \(differences)")
        }
        // The shipped course builds; the misspelt one fails with its messages, the same each time.
        #expect(content == "Content" ? first.status == 0 && first.tree != nil : first.status != 0 && !first.errors.isEmpty)
    }
}
