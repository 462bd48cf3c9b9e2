import AtlasDiagnostics
import LessonMarkdown

/// One lesson as the build cache remembers it: all that the course-wide steps of a build
/// need (front matter, labels, ids, links, problems) and what its result depends on,
/// small enough that a build reads the whole course's entries from one file. The body's
/// HTML and its directives' fragments are in a ``LessonObject`` of their own, read only
/// when the lesson's page must be made again.
struct LessonEntry: Sendable, Equatable {
    /// `02-sigmoid.md`
    var fileName: String
    /// The digest of the text and of everything else parsing reads
    /// (``LessonSource/cacheKey(keepsRawHTML:words:)``).
    var sourceKey: ContentDigest
    /// What the course is made of: nil when the lesson has no front matter.
    var frontMatter: FrontMatter?
    var labels: LessonLabels
    /// Every problem the lesson has on its own, sorted: reported again at each build.
    var diagnostics: [Diagnostic]
    /// The ids of its body, where links' fragments may land.
    var ids: [String]
    var linkedFiles: [LinkedFile]
    var fragmentLinks: [FragmentLink]
    /// What it asked of the course: the entry holds while the answers do.
    var trace: CourseTrace
    /// The digest of the body's HTML, which a page's key includes.
    var bodyDigest: ContentDigest
    /// Where its ``LessonObject`` is in the cache.
    var object: ObjectLocation
}

extension LessonEntry: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(fileName)
        writer.write(sourceKey)
        writer.write(frontMatter)
        writer.write(labels)
        writer.write(diagnostics)
        writer.write(ids)
        writer.write(linkedFiles)
        writer.write(fragmentLinks)
        writer.write(trace)
        writer.write(bodyDigest)
        writer.write(object)
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        self.init(
            fileName: try reader.readString(), sourceKey: try reader.readDigest(),
            frontMatter: try reader.readOptional(FrontMatter.self), labels: try reader.read(),
            diagnostics: try reader.readArray(), ids: try reader.readArray(), linkedFiles: try reader.readArray(),
            fragmentLinks: try reader.readArray(), trace: try reader.read(), bodyDigest: try reader.readDigest(),
            object: try reader.read())
    }
}
