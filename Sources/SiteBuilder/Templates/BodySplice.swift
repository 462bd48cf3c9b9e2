import AtlasText

/// A lesson's page made around its body instead of through it, with the built-in
/// templates: they are filled with a short stand-in where the body goes, and the body's
/// bytes are copied into its place once.
///
/// Why: the body is most of a page (60 KB of a plot lesson's 85), and filled in through
/// swift-mustache it was copied as the lesson template's text grew, again as the layout's
/// did, read once more for the characters markup may not hold, and once more from the
/// page's String into the bytes written.
///
/// Why only the built-in templates (``TemplateSet/lessonPageIsBuiltIn``): they write the
/// body once, as it is (`{{{lesson.body}}}`, `{{{content}}}`), outside any indented
/// block, and ask nothing else of it, so the page around the stand-in is the page around
/// the body. An author's template may write it twice, once escaped; ask `empty(…)` of
/// it; or put it inside an indented `{{$block}}`, where swift-mustache indents what a tag
/// writes when the text before it ends in a line break, and only when it writes
/// something (so an empty body and the stand-in differ), and so indents the tag after the
/// body when the body ends in a line break, which the stand-in never does: such a page
/// is filled with the body itself.
///
/// What makes the splice exact with the built-ins:
/// - the stand-in is used only when found exactly once, as it was given;
/// - it holds a number drawn once per process, so no author's text can hold it by
///   chance, and it never reaches a page;
/// - the characters markup may not hold (``MarkupText/replacingForbiddenCharacters(in:)``)
///   become U+FFFD one scalar at a time, with nothing else looked at, so replacing them in
///   the page around the stand-in and in the body apart is replacing them in the whole.
enum BodySplice {
    /// `<Atlas-body 1F2E…>` between two private-use characters.
    static let standIn: String = {
        let number = UInt64.random(in: 0...UInt64.max)
        return "\u{E000}<Atlas-body \(String(number, radix: 16, uppercase: true))>\u{E001}"
    }()

    /// ``standIn``'s bytes, made once rather than for every page.
    private static let standInUTF8 = Array(standIn.utf8)

    /// `page` with the one stand-in in it replaced by `body`, the characters markup may not
    /// hold replaced in `body` as in the page; nil when the stand-in is not there exactly once.
    static func splice(_ body: String, into page: String) -> [UInt8]? {
        var page = page
        return page.withUTF8 { page in
            let marker = standInUTF8
            guard let start = ByteSearch.first(marker, in: page, from: 0),
                ByteSearch.first(marker, in: page, from: start + marker.count) == nil
            else { return nil }
            var body = body
            return body.withUTF8 { body in
                var out: [UInt8] = []
                out.reserveCapacity(page.count - marker.count + body.count)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: page[..<start]))
                if MarkupText.firstForbidden(in: body) == nil {
                    out.append(contentsOf: body)
                } else {
                    MarkupText.appendReplacingForbiddenCharacters(body, to: &out)
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: page[(start + marker.count)...]))
                return out
            }
        }
    }
}
