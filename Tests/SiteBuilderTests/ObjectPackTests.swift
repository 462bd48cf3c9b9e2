import AtlasTestSupport
import Foundation
import Testing

@testable import SiteBuilder

/// Protects ``ObjectPack``, the one file a build stores its lessons' objects in, and the
/// save that names it (``BuildCache/write(_:replacing:)``): what is stored reads back, a
/// pack is named only when finished, an unfinished one goes with its build, a pack that
/// cannot be made stores nothing, and a save never removes what another build's save may
/// name.
@Suite struct ObjectPackTests {
    func pack(in folder: TemporaryFolder) -> ObjectPack {
        let packs = folder.url.appendingPathComponent("packs")
        return ObjectPack(folder: packs) { try FileManager.default.createDirectory(at: packs, withIntermediateDirectories: true) }
    }

    /// Every name in `folder`, hidden ones (a pack being written) too.
    func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    func sealed(_ text: String) -> (bytes: [UInt8], digest: ContentDigest) {
        CacheFile.sealed(LessonObject(body: text, directives: [ContentDigest.of(text): Array("<svg/>".utf8)]))
    }

    @Test("Objects stored from many threads read back; the pack is named only when finished")
    func storedFromManyThreads() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pack = pack(in: folder)
        let texts = (0..<200).map { "<p>lesson \($0)</p>" + String(repeating: "x", count: $0 * 37) }
        let locations = await ParallelMap.map(texts, jobs: 4) { text in
            let object = sealed(text)
            return pack.append(object.bytes, digest: object.digest)
        }
        #expect(Set(locations.map(\.offset)).count == 200 && locations.allSatisfy { $0.pack == pack.name })
        // Read while being written (from the temporary file), then from the named one.
        for (text, location) in zip(texts, locations) { #expect(pack.read(location) == sealed(text).bytes) }
        #expect(names(in: pack.folder) == [".tmp-\(getpid())-\(pack.name)"])
        try pack.finish()
        #expect(names(in: pack.folder) == [ObjectPack.fileName(pack.name)])
        for (text, location) in zip(texts, locations) { #expect(pack.read(location) == sealed(text).bytes) }
        // A span that reaches past the end, or whose bytes are not its digest's, reads as nothing.
        var cut = locations[0]
        cut.length += 1 << 20
        var other = locations[1]
        other.digest = locations[0].digest
        #expect(pack.read(cut) == nil && pack.read(other) == nil && pack.read(.none) == nil)
        // Nothing is appended to a finished pack.
        #expect(pack.append(sealed("late").bytes, digest: sealed("late").digest) == .none)
    }

    @Test("A pack never finished goes with its build; one whose folder cannot be made stores nothing")
    func unfinishedAndImpossible() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let packs = folder.url.appendingPathComponent("packs")
        do {
            let pack = pack(in: folder)
            let object = sealed("dropped")
            #expect(pack.append(object.bytes, digest: object.digest).pack == pack.name)
            #expect(names(in: packs).count == 1)
        }
        #expect(names(in: packs).isEmpty)
        try Data("a file".utf8).write(to: folder.url.appendingPathComponent("file"))
        let inFile = folder.url.appendingPathComponent("file/packs")
        let blocked = ObjectPack(folder: inFile) { try FileManager.default.createDirectory(at: inFile, withIntermediateDirectories: true) }
        let object = sealed("nowhere")
        #expect(blocked.append(object.bytes, digest: object.digest) == .none)
        try blocked.finish()
        #expect(names(in: folder.url) == ["file", "packs"])
    }

    @Test("A save removes the packs its state no longer names, unless another build saved since it read the state")
    func concurrentSave() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        func cache() -> BuildCache { BuildCache(root: folder.url, content: "/content", output: "/site") }
        func state(_ cache: BuildCache, _ text: String) -> CacheState {
            var entry = CacheFileTests.entry
            entry.object = cache.store(LessonObject(body: text, directives: [:]), previous: nil)
            return CacheState(lessons: [entry])
        }
        func packs() -> Set<String> { Set(TemporaryFolder.files(in: folder.url).filter { $0.contains("/packs/") }) }
        let first = cache()
        try first.write(state(first, "one"), replacing: nil)
        let read = try #require(first.readState())
        #expect(packs().count == 1)
        // Two builds read that state; the second saves first.
        let slow = cache(), fast = cache()
        let slowState = state(slow, "slow"), fastState = state(fast, "fast")
        try fast.write(fastState, replacing: read.bytes)
        #expect(packs().count == 1, "the fast build, alone, removed the first pack")
        try slow.write(slowState, replacing: read.bytes)
        #expect(packs().count == 2, "the slow build kept the fast build's pack")
        #expect(cache().readState()?.state == slowState)
        // The next build, alone, removes what its state does not name.
        let next = cache()
        let nextState = state(next, "next")
        try next.write(nextState, replacing: try #require(next.readState()).bytes)
        #expect(
            packs() == [
                "\(next.folder.path.dropFirst(folder.url.path.count + 1))/packs/\(ObjectPack.fileName(nextState.lessons[0].object.pack))"
            ])
    }
}
