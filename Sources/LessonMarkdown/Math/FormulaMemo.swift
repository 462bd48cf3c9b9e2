import AtlasDiagnostics
import Foundation
import TeXMath

/// MathML conversions already made in this process, shared by every lesson and thread.
///
/// Why: a course writes the same formulas again and again (the shipped course has 1,552
/// formulas, 458 different ones; its Chinese lessons repeat the English ones), and
/// ``MathMLConverter/convert(_:display:)`` is a pure function of the TeX and the display
/// flag, so a remembered answer is the answer. Two threads that miss at once both convert
/// and store the same result. A long `atlas serve` session could see ever new formulas:
/// past ``capacity`` entries the table starts again empty.
enum FormulaMemo {
    /// The conversion of `tex`, as ``MathMLConverter/convert(_:display:)`` gives it.
    static func mathML(_ tex: String, display: Bool) -> Result<String, TextProblem> {
        let key = Key(tex: tex, display: display)
        if let known = table.withLock({ $0[key] }) { return known }
        let result = MathMLConverter.convert(tex, display: display)
        table.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[key] = result
        }
        return result
    }

    /// Enough for a course of thousands of lessons; each entry is a few hundred bytes.
    static let capacity = 20_000

    private struct Key: Hashable {
        var tex: String
        var display: Bool
    }

    private static let table = LockedTable()

    /// `NSLock` rather than `Synchronization.Mutex`, which needs macOS 15.
    private final class LockedTable: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [Key: Result<String, TextProblem>] = [:]

        func withLock<R>(_ body: (inout [Key: Result<String, TextProblem>]) -> R) -> R {
            lock.lock()
            defer { lock.unlock() }
            return body(&entries)
        }
    }
}
