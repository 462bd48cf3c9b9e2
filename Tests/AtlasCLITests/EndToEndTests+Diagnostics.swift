import AtlasTestSupport
import Foundation
import Testing

/// Protects what `atlas build` prints for a bad course, end to end: the source line as
/// the build read it, the caret lined up under Chinese text and tabs, and the summary.
extension EndToEndTests {
    @Test("The caret lines up under Chinese text and a tab; the line is the file's, after its front matter and BOM")
    func caretUnderChinese() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        // A byte-order mark, CRLF line ends and a front matter of three lines before the body.
        let lesson = "\u{FEFF}---\r\ntitle: 说明\r\norder: 1\r\n---\r\n\r\n说明：\t$x + y 没有闭合。\r\n\r\n```{plot} 函数\r\n```\r\n"
        try Data(lesson.utf8).write(to: content.appendingPathComponent("01-a.md"))
        let result = try AtlasProcess.run(["build"], in: folder.url)
        #expect(result.status == 1)
        #expect(
            result.standardError == """
                Content/01-a.md:6:5: warning: '$' opens math that is never closed in its paragraph; close it with '$'
                    6 | 说明：\t$x + y 没有闭合。
                      |       \t^
                  hint: inline math is '$…$' in one paragraph, with no space inside either dollar; write '\\$' for a dollar sign
                Content/01-a.md:8:11: error: unknown activation '函数'; run 'atlas list' to see the catalogue

                """
                // Under a wide character, the caret and a tilde fill its two cells.
                + "    8 | ```{plot} 函数\n      |           ^~\n1 error and 1 warning; _site left as it was\n")
    }
}
