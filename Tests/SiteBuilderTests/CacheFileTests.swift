import AtlasDiagnostics
import AtlasTestSupport
import LessonMarkdown
import SiteOutput
import Testing

@testable import SiteBuilder

/// Protects the cache's file format: what is written reads back equal, and any bytes at
/// all, even with a valid envelope and digest around them, read as a value or as nothing,
/// never as a crash or a runaway allocation.
@Suite struct CacheFileTests {
    static let entry = LessonEntry(
        fileName: "02-sigmoid.md", sourceKey: ContentDigest.of("text"),
        frontMatter: {
            var fields = FrontMatter(title: "The sigmoid", order: -3, summary: nil, draft: false)
            fields.orderLocation = SourceLocation(line: 3, column: 8)
            return fields
        }(),
        labels: LessonLabels(
            numbers: [0: 1, 4: 2], targets: ["fig-s": .init(kind: .figure, number: 1)],
            problems: [Diagnostic(.label, "the label 'x' already names Figure 1", at: SourceLocation(line: 9, column: 2))]),
        diagnostics: [
            Diagnostic(.link, "a warning", at: SourceLocation(line: 1, column: 1), severity: .warning, hint: "a hint")
        ],
        ids: ["plot-1", "café"], linkedFiles: [],
        fragmentLinks: [FragmentLink(lessonFileName: "04-relu.md", fragment: "drawbacks", location: SourceLocation(line: 5, column: 7))],
        trace: CourseTrace(queries: [.lessonBySlug("relu"), .file(["img", "a.png"]), .firstPublished], answers: ContentDigest.of("a")),
        bodyDigest: ContentDigest.of("body"),
        object: ObjectLocation(pack: .max, offset: 1 << 40, length: 49_000, digest: ContentDigest.of("object")))

    @Test("A state and a lesson object read back as they were written")
    func roundTrip() {
        let identity = FileIdentity(
            device: 1, inode: .max, size: 20, modifiedSeconds: -1, modifiedNanoseconds: 999_999_999, changedSeconds: 0,
            changedNanoseconds: 1)
        let state = CacheState(
            lessons: [Self.entry, Self.entry],
            record: InstallRecord(entries: ["index.html": .init(key: "k", identity: identity)]))
        #expect(CacheFile.open(CacheFile.seal(state), as: CacheState.self) == state)
        let object = LessonObject(body: "<p>x</p>", directives: [ContentDigest.of("d"): Array("<figure/>".utf8)])
        #expect(CacheFile.open(CacheFile.seal(object), as: LessonObject.self) == object)
        // A directive's HTML that is not UTF-8, sealed so that its digest holds, is refused
        // as a String would be: the directive is drawn again, never written as it lies.
        let broken = LessonObject(body: "<p>x</p>", directives: [ContentDigest.of("d"): [0x3C, 0xFF, 0x3E]])
        #expect(CacheFile.open(CacheFile.seal(broken), as: LessonObject.self) == nil)
    }

    @Test("Random payloads in a valid envelope read as nothing or as a value, never a crash")
    func randomPayloads() {
        var random = SeededGenerator(seed: 7)
        let valid = CacheFile.seal(CacheState(lessons: [Self.entry]))
        let magic = Array("atlas-cache \(CacheFile.formatVersion)\n".utf8)
        for round in 0..<3000 {
            var sealed: [UInt8]
            if round % 2 == 0 {
                // Garbage of every length, sealed as if it were a state.
                let payload = (0..<Int.random(in: 0..<200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                sealed = reseal(payload)
            } else {
                // A real state with a few bytes changed, sealed again so that the digest holds.
                var payload = Array(valid.dropFirst(magic.count).dropLast(16))
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    payload[Int.random(in: 0..<payload.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
                sealed = reseal(payload)
            }
            _ = CacheFile.open(sealed, as: CacheState.self)
            _ = CacheFile.open(sealed, as: LessonObject.self)
        }
    }

    @Test("A sealed file's digest, read from its trailer, is its payload's; a file too short has none")
    func sealedDigest() {
        let object = LessonObject(body: "<p>x</p>", directives: [ContentDigest.of("d"): Array("<figure/>".utf8)])
        let sealed = CacheFile.seal(object)
        let magic = Array("atlas-cache \(CacheFile.formatVersion)\n".utf8)
        #expect(CacheFile.digest(ofSealed: sealed) == ContentDigest.of(Array(sealed.dropFirst(magic.count).dropLast(16))))
        let made = CacheFile.sealed(object)
        #expect(made.bytes == sealed && made.digest == CacheFile.digest(ofSealed: sealed))
        #expect(
            CacheFile.digest(ofSealed: CacheFile.seal(LessonObject(body: "<p>y</p>", directives: [:])))
                != CacheFile.digest(ofSealed: sealed))
        #expect(CacheFile.digest(ofSealed: Array(sealed.prefix(magic.count + 15))) == nil)
    }

    /// `payload` in the envelope of this format, with its digest.
    private func reseal(_ payload: [UInt8]) -> [UInt8] {
        var trailer = CacheWriter()
        trailer.write(ContentDigest.of(payload))
        return Array("atlas-cache \(CacheFile.formatVersion)\n".utf8) + payload + trailer.bytes
    }
}
