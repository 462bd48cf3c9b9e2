import AtlasText

/// A lesson's page made around its body and its sidebar instead of through them, with
/// the built-in templates: they are filled with a short stand-in for each, and their
/// bytes are copied into place once.
///
/// Why: the body is most of a page (60 KB of a plot lesson's 85), and filled in through
/// swift-mustache it was copied as the lesson template's text grew, again as the layout's
/// did, read once more for the characters markup may not hold, and once more from the
/// page's String into the bytes written. The sidebar lists every lesson (50 KB a page in
/// a course of 1,000): its text is the same on every page but for the current lesson's
/// mark, made once per build and cleaned of those characters then, so a page copies it
/// and reads none of it (`{{{courseItems}}}`, written once as it is, like the body).
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
/// - each stand-in is used only when found exactly once, as it was given;
/// - each holds a number drawn once per process, so no author's text can hold it by
///   chance, and it never reaches a page;
/// - the characters markup may not hold (``MarkupText/replacingForbiddenCharacters(in:)``)
///   become U+FFFD one scalar at a time, with nothing else looked at, so replacing them in
///   the page around the stand-ins, in the body apart, and in each sidebar item apart
///   (once per build, `PageRenderer`'s `CourseItems`) is replacing them in the whole.
enum BodySplice {
    /// `<Atlas-body 1F2E…>` between two private-use characters.
    static let standIn: String = {
        let number = UInt64.random(in: 0...UInt64.max)
        return "\u{E000}<Atlas-body \(String(number, radix: 16, uppercase: true))>\u{E001}"
    }()

    /// `<Atlas-course …>` between two private-use characters: where the sidebar's items go.
    static let courseStandIn: String = {
        let number = UInt64.random(in: 0...UInt64.max)
        return "\u{E000}<Atlas-course \(String(number, radix: 16, uppercase: true))>\u{E001}"
    }()

    /// ``standIn``'s and ``courseStandIn``'s bytes, made once rather than for every page.
    private static let standInUTF8 = Array(standIn.utf8), courseStandInUTF8 = Array(courseStandIn.utf8)

    /// `page` with the one body stand-in in it replaced by `body`, the characters markup may
    /// not hold replaced in `body` as in the page, and, when `courseItems` is given, the one
    /// course stand-in replaced by what it writes (text already free of those characters);
    /// nil when a stand-in it looks for is not there exactly once.
    /// - Parameter courseLength: how many bytes `courseItems` writes, to make room once.
    static func splice(
        _ body: String, courseItems: ((inout [UInt8]) -> Void)? = nil, courseLength: Int = 0, into page: String
    ) -> [UInt8]? {
        var page = page
        return page.withUTF8 { page in
            guard let bodyStart = onlyPlace(of: standInUTF8, in: page) else { return nil }
            var course: Int?
            if courseItems != nil {
                guard let start = onlyPlace(of: courseStandInUTF8, in: page) else { return nil }
                course = start
            }
            var body = body
            return body.withUTF8 { body in
                var out: [UInt8] = []
                out.reserveCapacity(page.count + body.count + courseLength)
                var copied = 0
                // The stand-ins in page order: the body's and, if asked for, the sidebar's.
                var places = [(start: bodyStart, length: standInUTF8.count, isBody: true)]
                if let course { places.append((course, courseStandInUTF8.count, false)) }
                for place in places.sorted(by: { $0.start < $1.start }) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: page[copied..<place.start]))
                    if !place.isBody {
                        courseItems?(&out)
                    } else if MarkupText.firstForbidden(in: body) == nil {
                        out.append(contentsOf: body)
                    } else {
                        MarkupText.appendReplacingForbiddenCharacters(body, to: &out)
                    }
                    copied = place.start + place.length
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: page[copied...]))
                return out
            }
        }
    }

    /// Where `marker` starts in `page`, when it is there exactly once.
    private static func onlyPlace(of marker: [UInt8], in page: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let start = ByteSearch.first(marker, in: page, from: 0),
            ByteSearch.first(marker, in: page, from: start + marker.count) == nil
        else { return nil }
        return start
    }
}
