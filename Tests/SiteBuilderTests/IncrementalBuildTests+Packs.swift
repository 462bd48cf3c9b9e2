import AtlasTestSupport
import Foundation
import SiteOutput
import Testing

@testable import SiteBuilder

/// The lessons' objects in packs (``ObjectPack``): one file for a cold build's objects, and
/// a pack per later build, merged so that the packs stay few and at least half used.
extension IncrementalBuildTests {
    @Test("A cold build stores every object in one pack; thirty edits keep the packs few, half used, named by the state")
    func packsStayCompact() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        try workspace.put("title: Packs\n", at: "site.yaml")
        let count = 12
        func put(_ number: Int, edit: Int) throws {
            try workspace.put(
                "---\ntitle: Lesson \(number)\n---\n\nText \(edit).\n\n```{table} relu\n:x: -1 0 \(edit + 1)\n```\n",
                at: "\(number + 10)-lesson-\(number).md")
        }
        for number in 1...count { try put(number, edit: 0) }
        var outcome = await workspace.build()
        #expect(try Set(workspace.objectLocations().map(\.pack)).count == 1)
        // A pack left by a killed build goes at the next build that saves the state.
        let packs = try #require(workspace.objectLocations().first?.pack).split(separator: "/").dropLast().joined(separator: "/")
        let leftover = ".tmp-\(try AtomicOutputTests.deadPID())-7"
        try workspace.put("half a pack", at: packs + "/" + leftover, in: workspace.cache)
        #expect(FileManager.default.fileExists(atPath: workspace.cache.appendingPathComponent(packs + "/" + leftover).path))
        for edit in 1...30 {
            try put(edit * 5 % count + 1, edit: edit)
            outcome = await workspace.build()
            #expect(outcome.report?.work.renderedLessons == 1, "\(outcome.messages)")
            let locations = try workspace.objectLocations()
            let files = TemporaryFolder.files(in: workspace.cache).filter { $0.contains("/packs/") }
            #expect(Set(files) == Set(locations.map(\.pack)))
            #expect(!FileManager.default.fileExists(atPath: workspace.cache.appendingPathComponent(packs + "/" + leftover).path))
            #expect(files.count <= BuildCache.keptPacks + 1)
            for file in files {
                let size = try #require(
                    FileManager.default.attributesOfItem(atPath: workspace.cache.appendingPathComponent(file).path)[.size]
                        as? Int)
                let used = locations.filter { $0.pack == file }.map(\.location.length).reduce(0, +)
                #expect(used * 2 >= size, "\(file) after edit \(edit): \(used) of \(size) bytes used")
            }
        }
        // Every object still reads, and the site is a cold build's.
        let cache = BuildCache(
            root: workspace.cache, content: OutputLocation.realPath(workspace.content),
            output: OutputLocation.realPath(workspace.output))
        #expect(try workspace.objectLocations().allSatisfy { cache.readLesson($0.location) != nil })
        try await expectCold(workspace, outcome)
    }

    @Test("An object whose payload was damaged is dropped when its pack is merged, not carried into the next")
    func damagedObjectIsNotMoved() async throws {
        let workspace = try CacheWorkspace()
        defer { workspace.remove() }
        // Without print.html, which would read (and so check) every lesson's body.
        try workspace.put("title: Packs\nprint: false\n", at: "site.yaml")
        // Once the large lesson changes, the cold build's pack is less than half used by
        // the others, whose objects the next build moves into its own pack. The index's
        // prose is remade for the large lesson's eight (lessons 1 to 8), which reads
        // their bodies; the tenth's is not read, so the move is what meets its damage.
        func putLarge(_ edit: Int) throws {
            try workspace.put(
                "---\ntitle: Large\n---\n\n" + String(repeating: "Prose \(edit). ", count: 2_000) + "\n", at: "01-large.md")
        }
        try putLarge(0)
        for number in 2...10 {
            let text = number == 10 ? String(repeating: "Longer text. ", count: 40) : "Text."
            try workspace.put("---\ntitle: Lesson \(number)\n---\n\n\(text)\n", at: "\(number + 10)-lesson-\(number).md")
        }
        _ = await workspace.build()
        // The tenth's object is the second largest.
        let tenth = try #require(workspace.objectLocations().sorted { $0.location.length > $1.location.length }.dropFirst().first)
        // A byte of its payload flipped; its trailer, which the pack compares, stays.
        let url = workspace.cache.appendingPathComponent(tenth.pack)
        var bytes = Array(try Data(contentsOf: url))
        bytes[tenth.location.offset + tenth.location.length / 2] ^= 0x5a
        try Data(bytes).write(to: url)
        try putLarge(1)
        let outcome = await workspace.build()
        #expect(outcome.report?.work.renderedLessons == 1)
        let locations = try workspace.objectLocations().map(\.location)
        #expect(locations.count == 10 && locations.filter { $0 == .none }.count == 1, "\(locations)")
        try await expectCold(workspace, outcome)
    }

    @Test("A lesson rendered again to the same bytes keeps its object's place: no new pack")
    func sameBytesSamePlace() async throws {
        let workspace = try course()
        defer { workspace.remove() }
        _ = await workspace.build()
        let before = try workspace.objectLocations()
        // A blank line at the end: a new text, parsed and rendered again, to the same HTML.
        try workspace.put(Self.lessonA + "\n", at: "01-alpha.md")
        let outcome = await workspace.build()
        #expect(outcome.report?.work.renderedLessons == 1)
        #expect(try workspace.objectLocations().map(\.location) == before.map(\.location))
        #expect(TemporaryFolder.files(in: workspace.cache).filter { $0.contains("/packs/") } == [before[0].pack])
        try await expectCold(workspace, outcome)
    }
}
