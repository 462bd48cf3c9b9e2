import AtlasDiagnostics
import Foundation
import TeXMath

/// MathML conversions already made in this process, shared by every lesson, directive and
/// thread: a lesson's `$…$`, a `{define}`'s `:formula:` and the equations of a `{formula}`.
///
/// Why: a course writes the same formulas again and again (the shipped course has 1,552
/// formulas, 458 different ones; its Chinese lessons repeat the English ones, and a
/// `{formula}` of a defined function shows the `:formula:` its `{define}` checked), and
/// ``MathMLConverter/convert(_:display:)`` is a pure function of the TeX's bytes and the
/// display flag, so a remembered answer is the answer. The key is the bytes, not the
/// String: Strings compare by canonical equivalence, and `é` written as one scalar or as
/// `e` and a combining accent must each keep its own annotation, whichever lesson came
/// first. Two threads that miss at once both convert and store the same result.
///
/// A long `atlas serve` session sees ever new formulas: past ``budget`` bytes of TeX and
/// MathML the table starts again empty.
public enum FormulaMemo {
    /// The conversion of `tex`, as ``MathMLConverter/convert(_:display:)`` gives it.
    ///
    /// ```swift
    /// FormulaMemo.mathML("\\sigma(x)", display: true)  // .success("<math display=\"block\">…</math>")
    /// ```
    public static func mathML(_ tex: String, display: Bool) -> Result<String, TextProblem> {
        let key = Key(tex: Array(tex.utf8), display: display)
        if let known = table.withLock({ $0.entries[key] }) { return known }
        let result = MathMLConverter.convert(tex, display: display)
        let size = key.tex.count + ((try? result.get())?.utf8.count ?? 0)
        table.withLock { table in
            if table.bytes + size > budget {
                table.entries.removeAll(keepingCapacity: true)
                table.bytes = 0
            }
            table.entries[key] = result
            table.bytes += size
        }
        return result
    }

    /// 32 MiB: thousands of lessons' formulas (a formula's MathML is 1–3 KB).
    static let budget = 32 << 20

    private struct Key: Hashable {
        var tex: [UInt8]
        var display: Bool
    }

    private struct Entries {
        var entries: [Key: Result<String, TextProblem>] = [:]
        var bytes = 0
    }

    private static let table = LockedEntries()

    /// `NSLock` rather than `Synchronization.Mutex`, which needs macOS 15.
    private final class LockedEntries: @unchecked Sendable {
        // @unchecked: every access to `stored` holds `lock`.
        private let lock = NSLock()
        private var stored = Entries()

        func withLock<R>(_ body: (inout Entries) -> R) -> R {
            lock.lock()
            defer { lock.unlock() }
            return body(&stored)
        }
    }
}
