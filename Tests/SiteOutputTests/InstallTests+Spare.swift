import AtlasTestSupport
import Foundation
import Testing

@testable import SiteOutput

#if canImport(Glibc)
import Glibc
#endif

/// Protects the spare (issue 12, "the atomic install costs in proportion to what
/// changed"): the site an install replaces is kept and corrected into the next one in
/// place, which must give exactly the output a full staging gives, cost only what
/// changed, and leave the previous output as it was when it fails.
extension InstallTests {
    /// Counts the disk operations an install makes.
    private final class Counts: @unchecked Sendable {
        // @unchecked: every access holds `lock`.
        private let lock = NSLock()
        private var counts: [String: Int] = [:]
        func add(_ name: String) {
            lock.lock()
            defer { lock.unlock() }
            counts[name, default: 0] += 1
        }
        subscript(_ name: String) -> Int {
            lock.lock()
            defer { lock.unlock() }
            return counts[name] ?? 0
        }
    }

    private func counting(_ counts: Counts) -> FileOperations {
        var operations = FileOperations.live
        let live = FileOperations.live
        operations.link = {
            counts.add("link"); try live.link($0, $1)
        }
        operations.writeFile = {
            counts.add("write"); try live.writeFile($0, $1)
        }
        operations.remove = {
            counts.add("remove"); try live.remove($0)
        }
        return operations
    }

    /// A site of `count` pages in two folders and an index, the pages in `changed`
    /// reading their text there.
    private func pages(_ count: Int, _ changed: [Int: String] = [:]) -> [String: SiteFile] {
        var files: [String: SiteFile] = [:]
        for index in 0..<count {
            let bytes = changed[index] ?? "page \(index)"
            files["\(index % 2 == 0 ? "a" : "b/c")/\(index).html"] = SiteFile(key: bytes, bytes: Array(bytes.utf8))
        }
        files["index.html"] = SiteFile(key: "index", bytes: Array("index".utf8))
        return files
    }

    @Test("An edit to one file of 200, with the spare, writes that file and links at most the last edit's")
    func spareCostsWhatChanged() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try siteLocation(in: root)
        let spare = root.url.appendingPathComponent("spare")
        let first = try location.install(pages(200), clean: false, since: nil, spare: spare)
        // The second install stages in full (there is no spare yet) and keeps the first site.
        let second = try location.install(pages(200, [7: "seven"]), clean: false, since: first.record, spare: spare)
        #expect(FileManager.default.fileExists(atPath: spare.appendingPathComponent("b/c/7.html").path))
        let counts = Counts()
        let third = try location.install(
            pages(200, [7: "seven", 8: "eight"]), clean: false, since: second.record, spare: spare,
            operations: counting(counts))
        // Page 8 written; page 7, changed by the last install, linked to the output's again.
        #expect(counts["write"] == 1)
        #expect(counts["link"] == 1)
        #expect(counts["remove"] == 2)
        #expect(read(location.directory.appendingPathComponent("a/8.html")) == "eight")
        #expect(read(location.directory.appendingPathComponent("b/c/7.html")) == "seven")
        // Unchanged pages are the same files as before, and their record still holds.
        #expect(third.record.entries["a/0.html"]?.identity.inode == first.record.entries["a/0.html"]?.identity.inode)
        #expect(location.unchangedFiles(pages(200, [7: "seven", 8: "eight"]).mapValues(\.key), since: third.record).count == 201)
        // The spare is now the second site.
        #expect(read(spare.appendingPathComponent("a/8.html")) == "page 8")
    }

    @Test("Random installs with a spare give the output that full staging gives, times kept alike", arguments: [1, 2, 3])
    func spareMatchesFullStaging(seed: UInt64) throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let withSpare = try OutputLocation.resolve(root.url.appendingPathComponent("one/_site"), displayPath: "_site", protecting: [])
        let without = try OutputLocation.resolve(root.url.appendingPathComponent("two/_site"), displayPath: "_site", protecting: [])
        try FileManager.default.createDirectory(at: withSpare.parent, withIntermediateDirectories: true)
        let spare = withSpare.parent.appendingPathComponent("spare")
        var random = SeededGenerator(seed: seed)
        let paths = ["index.html", "a/1.html", "a/2.html", "a/b/3.html", "c/4.js", "c/5.js", "d/6.svg", ".nojekyll"]
        var records: (InstallRecord?, InstallRecord?) = (nil, nil)
        var before: FileTree?
        for step in 0..<24 {
            var files: [String: SiteFile] = [:]
            for path in paths where random.next() % 4 != 0 {
                let text = "\(path) \(random.next() % 3)"
                files[path] = SiteFile(key: text, bytes: Array(text.utf8))
            }
            // What the author put in the output, which the build does not write.
            for output in [withSpare, without] {
                let folder = output.directory
                guard FileManager.default.fileExists(atPath: folder.path) else { continue }
                switch step % 6 {
                case 1: try Data("mine".utf8).write(to: folder.appendingPathComponent("CNAME"))
                case 2: try? FileManager.default.removeItem(at: folder.appendingPathComponent("CNAME"))
                case 3:
                    try? FileManager.default.createSymbolicLink(
                        atPath: folder.appendingPathComponent("latest").path, withDestinationPath: "index.html")
                case 4: try? FileManager.default.removeItem(at: folder.appendingPathComponent("latest"))
                default: break
                }
            }
            let clean = random.next() % 5 == 0
            let one = try withSpare.install(files, clean: clean, since: records.0, spare: spare)
            let two = try without.install(files, clean: clean, since: records.1)
            records = (one.record, two.record)
            let tree = try FileTree(withSpare.directory, withDates: true)
            #expect(try FileTree(withSpare.directory) == FileTree(without.directory), "step \(step)")
            // A file whose bytes did not change keeps its modification time, as with full staging.
            if let before {
                for (path, entry) in tree.entries {
                    guard case .file(let bytes, let modified) = entry, case .file(bytes, let old)? = before.entries[path]
                    else { continue }
                    #expect(modified == old, "step \(step): \(path)")
                }
            }
            before = tree
        }
    }

    @Test("A failed write while the spare is corrected leaves the output as it was, and the next install works")
    func spareFailureKeepsOutput() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try siteLocation(in: root)
        let spare = root.url.appendingPathComponent("spare")
        let first = try location.install(pages(20), clean: false, since: nil, spare: spare)
        let second = try location.install(pages(20, [3: "three"]), clean: false, since: first.record, spare: spare)
        let before = try FileTree(location.directory, withDates: true)
        var failing = FileOperations.live
        failing.writeFile = { _, _ in throw SystemCallError(call: "write", code: ENOSPC) }
        #expect(
            throws: OutputError.fileSystem(
                path: "_site/b/c/5.html",
                reason: "cannot write (No space left on device); the previous site is as it was")
        ) {
            try location.install(
                pages(20, [3: "three", 5: "five"]), clean: false, since: second.record, spare: spare, operations: failing)
        }
        #expect(try FileTree(location.directory, withDates: true).differences(from: before) == [])
        let names = try FileManager.default.contentsOfDirectory(atPath: root.url.path)
        #expect(!names.contains { $0.contains("atlas-new") })
        _ = try location.install(pages(20, [3: "three", 5: "five"]), clean: false, since: second.record, spare: spare)
        #expect(read(location.directory.appendingPathComponent("b/c/5.html")) == "five")
        #expect(read(location.directory.appendingPathComponent("b/c/3.html")) == "three")
    }

    @Test("A spare that was changed by hand is corrected: its own files replaced, strangers removed")
    func spareChangedByHand() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try siteLocation(in: root)
        let spare = root.url.appendingPathComponent("spare")
        let first = try location.install(pages(6), clean: false, since: nil, spare: spare)
        let second = try location.install(pages(6, [1: "one"]), clean: false, since: first.record, spare: spare)
        // A file of the spare replaced (a new inode: the output's is untouched), strangers added.
        let page = spare.appendingPathComponent("a/2.html")
        try FileManager.default.removeItem(at: page)
        try Data("wrong".utf8).write(to: page)
        try FileManager.default.createDirectory(at: spare.appendingPathComponent("a/4.html.d"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: spare.appendingPathComponent("stray.txt"))
        try FileManager.default.removeItem(at: spare.appendingPathComponent("index.html"))
        try FileManager.default.createDirectory(at: spare.appendingPathComponent("index.html"), withIntermediateDirectories: true)
        // The author's permission bits on an output folder stay, as with full staging.
        try FileManager.default.setAttributes([.posixPermissions: 0o750], ofItemAtPath: location.directory.appendingPathComponent("a").path)
        _ = try location.install(pages(6, [4: "four"]), clean: false, since: second.record, spare: spare)
        let folder = try FileManager.default.attributesOfItem(atPath: location.directory.appendingPathComponent("a").path)
        #expect(folder[.posixPermissions] as? Int == 0o750)
        let expected = pages(6, [4: "four"]).mapValues { FileTree.Entry.file(Data($0.bytes ?? []), modified: nil) }
            .merging(["a": .folder, "b": .folder, "b/c": .folder], uniquingKeysWith: { $1 })
        #expect(try FileTree(location.directory).entries == expected)
    }

    @Test("Two names that differ only in how an accent is encoded both stay, and a removed one never comes back")
    func spareKeepsEquivalentNames() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try siteLocation(in: root)
        let spare = root.url.appendingPathComponent("spare")
        let composed = "caf\u{E9}.txt", decomposed = "cafe\u{301}.txt"
        var record = try location.install(pages(4), clean: false, since: nil, spare: spare).record
        for (name, text) in [(composed, "one"), (decomposed, "two")] {
            #expect(FileManager.default.createFile(atPath: location.directory.path + "/" + name, contents: Data(text.utf8)))
        }
        func names() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: location.directory.path).filter { $0.hasPrefix("caf") }
                .map { String(decoding: Array($0.utf8), as: UTF8.self) }
        }
        for edit in 0..<3 {
            record = try location.install(pages(4, [1: "edit \(edit)"]), clean: false, since: record, spare: spare).record
            // Compared by bytes: Swift's == takes the two names for one.
            #expect(
                try names().map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
                    == [Array(composed.utf8), Array(decomposed.utf8)].sorted { $0.lexicographicallyPrecedes($1) })
        }
        try FileManager.default.removeItem(atPath: location.directory.path + "/" + composed)
        try FileManager.default.removeItem(atPath: location.directory.path + "/" + decomposed)
        for edit in 3..<6 {
            record = try location.install(pages(4, [1: "edit \(edit)"]), clean: false, since: record, spare: spare).record
            #expect(try names().isEmpty)
        }
    }

    @Test("A spare that is a symbolic link is not followed: what it points to stays as it was")
    func spareLinkNotFollowed() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try siteLocation(in: root)
        let spare = root.url.appendingPathComponent("spare")
        let elsewhere = root.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: elsewhere.appendingPathComponent("mine.txt"))
        try FileManager.default.createSymbolicLink(at: spare, withDestinationURL: elsewhere)
        let first = try location.install(pages(4), clean: false, since: nil, spare: spare)
        _ = try location.install(pages(4, [1: "one"]), clean: false, since: first.record, spare: spare)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == ["mine.txt"])
        #expect(read(location.directory.appendingPathComponent("b/c/1.html")) == "one")
    }

    @Test("A spare that is not to be corrected and cannot be removed is named in a warning; the install goes on in full")
    func spareNotRemovable() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let location = try siteLocation(in: root)
        let spare = root.url.appendingPathComponent("spare")
        let first = try location.install(pages(4), clean: false, since: nil, spare: spare)
        let second = try location.install(pages(4, [1: "one"]), clean: false, since: first.record, spare: spare)
        // A link of the author's in the output: only a full staging carries it over.
        try FileManager.default.createSymbolicLink(
            atPath: location.directory.appendingPathComponent("latest").path, withDestinationPath: "index.html")
        var operations = FileOperations.live
        operations.remove = { path in
            if path.path.contains("atlas-new") { throw SystemCallError(call: "unlink", code: EBUSY) }
            try FileOperations.live.remove(path)
        }
        let third = try location.install(
            pages(4, [2: "two"]), clean: false, since: second.record, spare: spare, operations: operations)
        let staging = location.sibling("new", attempt: 1).path
        #expect(
            third.warnings == [
                "the spare site could not be removed; remove the unfinished site in '\(staging)' (Device or resource busy)"
            ])
        #expect(read(location.directory.appendingPathComponent("a/2.html")) == "two")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: location.directory.appendingPathComponent("latest").path)
                == "index.html")
    }
}
