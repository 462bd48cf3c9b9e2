/// What one lesson asked the course while it was resolved and a digest of the answers:
/// the dependencies of a cached lesson. The cached result still holds when the same
/// questions, asked of this build's course, get the same answers, since resolving is
/// deterministic: the same text and the same answers take the same path, ask the same
/// questions and give the same output (the way Salsa and Adapton validate a memo).
///
/// This is finer than a digest of the whole course: a lesson that links two others
/// depends on their titles, draft flags, slugs and labels, not on the title of a third.
struct CourseTrace: Sendable, Equatable {
    /// In the order first asked, each once.
    var queries: [CourseQuery]
    /// The digest of the answers, in that order (``CourseLookups/encodeAnswer(_:to:)``).
    var answers: ContentDigest

    /// True when `course` answers every query as before.
    func holds(in course: Course) -> Bool {
        let lookups = CourseLookups(course)
        var writer = CacheWriter()
        for query in queries { lookups.encodeAnswer(query, to: &writer) }
        return ContentDigest.of(writer.bytes) == answers
    }
}

extension CourseTrace: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.write(queries)
        writer.write(answers)
    }

    init(from reader: inout CacheReader) throws(CacheFormatError) {
        self.init(queries: try reader.readArray(CourseQuery.self), answers: try reader.readDigest())
    }
}
