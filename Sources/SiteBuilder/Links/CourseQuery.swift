/// One question a lesson asks the course while it is resolved: the whole of what its
/// output may depend on beyond its own text (``CourseLookups`` records them).
enum CourseQuery: Hashable, Sendable {
    /// `04-relu.md` in a link or a ``{ref}`04-relu.md#label` ``.
    case lessonByFileName(String)
    /// A ``{lesson}`relu` ``, or `relu.html` in a link.
    case lessonBySlug(String)
    /// The did-you-mean of an unknown lesson.
    case likelyLesson(String)
    /// The example a message about an unknown lesson names.
    case firstPublished
    /// A linked file's path from the content folder, as the file system answers it.
    case file([String])
}

extension CourseQuery: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        switch self {
        case .lessonByFileName(let name):
            writer.write(0)
            writer.write(name)
        case .lessonBySlug(let slug):
            writer.write(1)
            writer.write(slug)
        case .likelyLesson(let written):
            writer.write(2)
            writer.write(written)
        case .firstPublished:
            writer.write(3)
        case .file(let components):
            writer.write(4)
            writer.write(components)
        }
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        switch try reader.readInt() {
        case 0: self = .lessonByFileName(try reader.readString())
        case 1: self = .lessonBySlug(try reader.readString())
        case 2: self = .likelyLesson(try reader.readString())
        case 3: self = .firstPublished
        case 4: self = .file(try reader.readArray(String.self))
        default: throw CacheFormatError()
        }
    }
}
