import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The pack one build appends its new objects to, from any thread. The file is created
/// at the first object, under a temporary name (`.tmp-<pid>-<n>`, removed by a later
/// build if this one is killed), and renamed to its name by ``finish()``, before the
/// state that names it is written: a state never names a pack that is not there, unless
/// something removed it since (the lesson is then rendered again).
///
/// Why packs and not a file per object: creating a file is among the dearest things a
/// cold build does. On this project's ext4 machines, 1,000 small files took 0.12–0.24 s
/// to create (more when many files were deleted just before), where one file of the same
/// 49 MB took 0.015 s. A build writes the objects it makes into one pack of its own, so a
/// cold build of 1,000 lessons creates one file for them, not 1,000, and makes 8,000 fewer
/// system calls (an `open`, a `rename` and a failed `stat` per object).
final class ObjectPack: @unchecked Sendable {
    // @unchecked: `descriptor`, `size` and `failed` are used only while holding `lock`.
    /// The folder of the packs (`<site>/packs`).
    let folder: URL
    /// This build's pack's name (random, never 0).
    let name: UInt64
    private let temporaryPath: String
    /// Makes `folder` (and what the cache needs around it) before the first object.
    private let prepare: @Sendable () throws -> Void
    private let lock = NSLock()
    private var descriptor: Int32 = -1
    private var size = 0
    /// Set when the file cannot be made or a write fails: the objects after it are not
    /// stored, and those before it are kept.
    private var failed = false

    init(folder: URL, prepare: @escaping @Sendable () throws -> Void) {
        self.folder = folder
        self.prepare = prepare
        name = UInt64.random(in: 1...UInt64.max)
        temporaryPath = folder.appendingPathComponent(".tmp-\(getpid())-\(name)").path
    }

    /// A pack never finished (the build failed before its state was saved, or nothing it
    /// stored is named by the state) is removed with the build.
    deinit {
        guard descriptor >= 0 else { return }
        close(descriptor)
        unlink(temporaryPath)
    }

    static func fileName(_ pack: UInt64) -> String {
        let hex = String(pack, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Whether `name` is a pack's file name (and not a temporary file's).
    static func isPackName(_ name: String) -> Bool {
        name.utf8.count == 16 && name.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// Appends `bytes` (a sealed object whose digest is `digest`) and says where they are;
    /// ``ObjectLocation/none`` when the pack cannot be written (a full disk, a folder that
    /// cannot be made): the cache then simply lacks that object, and those after it.
    func append(_ bytes: [UInt8], digest: ContentDigest) -> ObjectLocation {
        lock.lock()
        defer { lock.unlock() }
        if descriptor < 0 && !failed {
            if (try? prepare()) != nil {
                repeat {
                    descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
                } while descriptor < 0 && errno == EINTR
            }
            failed = descriptor < 0
        }
        guard !failed else { return .none }
        let offset = size
        guard Self.writeAll(bytes, to: descriptor) else {
            // What was written of it stays in the file, unnamed by any location.
            failed = true
            return .none
        }
        size += bytes.count
        return ObjectLocation(pack: name, offset: offset, length: bytes.count, digest: digest)
    }

    /// Closes the pack and gives it its name, if it was made. The objects stored before a
    /// failed write are whole and named by their locations, so the pack keeps them.
    /// Throws when it cannot be closed or named: the state must then not be written.
    func finish() throws {
        lock.lock()
        defer { lock.unlock() }
        guard descriptor >= 0 else { return }
        let named = folder.appendingPathComponent(Self.fileName(name)).path
        var code: Int32 = 0
        if close(descriptor) != 0 {
            code = errno
        } else if rename(temporaryPath, named) != 0 {
            code = errno
        }
        descriptor = -1
        failed = true  // nothing more is appended to a finished pack
        guard code == 0 else {
            unlink(temporaryPath)
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(code))
        }
    }

    /// The bytes at `location`, from this build's pack while it is being written or from
    /// the folder's pack of that name; nil when they cannot be read whole or do not carry
    /// the location's digest (``CacheFile/digest(ofSealed:)``: the trailer is compared, and
    /// ``CacheFile/open(_:as:)`` checks the payload against it, so the bytes are hashed
    /// once when read, not twice).
    func read(_ location: ObjectLocation) -> [UInt8]? {
        guard location.pack != 0, location.length > 0, location.offset >= 0 else { return nil }
        lock.lock()
        let path =
            location.pack == name && descriptor >= 0
            ? temporaryPath : folder.appendingPathComponent(location.packName).path
        lock.unlock()
        guard let bytes = Self.read(path: path, offset: location.offset, length: location.length),
            CacheFile.digest(ofSealed: bytes) == location.digest
        else { return nil }
        return bytes
    }

    private static func read(path: String, offset: Int, length: Int) -> [UInt8]? {
        var descriptor: Int32
        repeat { descriptor = open(path, O_RDONLY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: length)
        var done = 0
        let whole = bytes.withUnsafeMutableBytes { buffer -> Bool in
            while done < length, let base = buffer.baseAddress {
                let count = pread(descriptor, base + done, length - done, off_t(offset + done))
                if count < 0 && errno == EINTR { continue }
                // 0: the file ends before the span does (a pack cut short).
                guard count > 0 else { return false }
                done += count
            }
            return true
        }
        return whole ? bytes : nil
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer -> Bool in
            var done = 0
            while done < buffer.count, let base = buffer.baseAddress {
                let count = write(descriptor, base + done, buffer.count - done)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                done += count
            }
            return true
        }
    }
}
