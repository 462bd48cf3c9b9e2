import Foundation

/// The `cmark` command (Debian's `cmark`, installed by `make test`): the reference that
/// Markdown without directives, roles or math must render exactly like.
public enum CMarkReference {
    public static func html(_ markdown: String) throws -> String {
        try ReferenceTool.cmark.check()
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
    /// to itself, so that the rest can be held to `html(_:)` byte for byte; nil when a
    /// heading lacks them or its link does not point at its own id. Only that exact
    /// markup is removed: anything else added or changed still fails the comparison.
    public static func removingHeadingAnchors(_ html: String) -> String? {
        let headings = html.matches(of: #/<h[1-6][ >]/#).count
        let anchored = #/<h([1-6]) id="([^"<>]*)">((?s:.*?)) <a class="anchor" href="#\2" aria-hidden="true" tabindex="-1">#</a></h\1>/#
        guard html.matches(of: anchored).count == headings else { return nil }
        return html.replacing(anchored) { "<h\($0.output.1)>\($0.output.3)</h\($0.output.1)>" }
    }
}
