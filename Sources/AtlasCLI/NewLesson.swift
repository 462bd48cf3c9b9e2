import Foundation
import SiteBuilder

/// The file `atlas new TITLE` writes: its name, numbered after the last lesson, and its
/// slug, made from the title.
struct NewLesson: Equatable {
    /// `08-my-title.md`
    var fileName: String
    /// `my-title`: what the build will call its page.
    var slug: String

    /// The lesson after `existing` (the file names at the top of the content folder):
    /// numbered one past the highest numbered lesson (`07-elu.md` → `08-`), as wide as
    /// that lesson's number (`7-elu.md` → `8-`, `099-x.md` → `100-`), `01-` in a folder
    /// with no numbered lesson; named by ``slug(for:number:)``.
    static func after(_ existing: [String], title: String) -> NewLesson {
        var highest = 0
        var width = 2
        for name in existing where name.hasSuffix(".md") && !name.hasPrefix(".") {
            let digits = name.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 9, let number = Int(digits) else { continue }
            let separator = name.dropFirst(digits.count).first
            guard separator == "-" || separator == "_" else { continue }
            if number > highest || (number == highest && digits.count > width) {
                highest = number
                width = digits.count
            }
        }
        let numberText = String(highest + 1)
        let number = String(repeating: "0", count: max(width - numberText.count, 0)) + numberText
        let slug = slug(for: title, number: number)
        return NewLesson(fileName: "\(number)-\(slug).md", slug: slug)
    }

    /// The slug of a title: letters with their accents dropped (`Über` → `uber`),
    /// lower-case ASCII letters and digits, every other run of characters one hyphen,
    /// at most 60 characters, cut at a hyphen. A title with no ASCII letter even then
    /// (`激活函数`, `2024`) gets `lesson-` and the lesson's number (`lesson-08`): a
    /// readable, unique name, where a transliteration would need a dictionary.
    static func slug(for title: String, number: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        var slug = ""
        var pendingHyphen = false
        for character in folded.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                slug.append(character)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        if slug.count > 60 {
            let cut = slug.prefix(61)
            slug = cut.last == "-" ? String(cut.dropLast()) : String(cut.prefix(upTo: cut.lastIndex(of: "-") ?? cut.endIndex))
            if slug.count > 60 { slug = String(slug.prefix(60)) }
        }
        guard slug.contains(where: { $0.isLetter }) else { return "lesson-\(number)" }
        return slug
    }

    /// Why this lesson cannot join `existing`: another lesson has its slug, or the slug is
    /// one of a page the build makes itself; nil when it can.
    func conflict(with existing: [String], contentDisplayPath: String) -> String? {
        if LessonFileName.reservedSlugs.contains(slug) {
            return "the title gives the slug '\(slug)', the name of a page atlas makes itself; choose another title"
        }
        let same = existing.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") && LessonFileName.slug(of: $0) == slug }
        guard let other = same.sorted().first else { return nil }
        let path = DisplayPath.join(contentDisplayPath, other)
        return "'\(path)' has the slug '\(slug)' already; choose another title, or edit that lesson"
    }
}
