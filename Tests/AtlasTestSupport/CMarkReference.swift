import Foundation

/// The `cmark` command (Debian's `cmark`, installed by `make test`): the reference that
/// Markdown without directives, roles or math must render exactly like.
public enum CMarkReference {
    public static func html(_ markdown: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// `html` without what LessonMarkdown adds to cmark's headings, the `id` and the link
    /// to itself, so that the rest can be held to `html(_:)` byte for byte. Only that exact
    /// markup is removed: anything else added or changed still fails the comparison.
    public static func removingHeadingAnchors(_ html: String) -> String {
        html.replacing(#/<h([1-6]) id="[^"<>]*">/#) { "<h\($0.output.1)>" }
            .replacing(#/ <a class="anchor" href="#[^"<>]*" aria-label="Link to this section">#</a></h([1-6])>/#) {
                "</h\($0.output.1)>"
            }
    }
}
