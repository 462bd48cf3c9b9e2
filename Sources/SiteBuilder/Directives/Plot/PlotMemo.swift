import Foundation
import SVGPlot

/// The samples and read-out values of plots already drawn in this process, by the key of
/// what they depend on (``LessonResolver/samplingKey(of:seeing:)``), shared by every
/// lesson, language and thread.
///
/// Why: a translated lesson draws the same plots as its original, with other words
/// around them; sampling a curve and evaluating its read-out are most of a plot's cost,
/// and they are pure functions of the key's inputs, so a remembered answer is the answer
/// (the words, the SVG and the description are still made for each plot). The languages
/// of a site are built at once, so the English and the Chinese lesson often ask for the
/// same plot at the same moment: whichever asks second waits for the first one's answer
/// rather than computing it again beside it.
///
/// A course of many plots, or a long `atlas serve` session, sees ever new ones: past
/// ``budget`` bytes of samples and values, those finished are forgotten.
enum PlotMemo {
    /// What is kept of one plot.
    struct Entry: Sendable {
        var sampling: PlotSampling
        /// ``PlotData/readoutValues(_:geometry:)`` in the sampling's geometry.
        var readout: [[Double]]

        /// The bytes its samples and values hold, about.
        var size: Int {
            16 * sampling.curves.reduce(0) { $0 + $1.vertexCount } + 8 * readout.reduce(0) { $0 + $1.count }
        }
    }

    /// The entry under `key`, made by `make` if no other plot made it or is making it.
    /// - Parameter budget: for tests; the bytes kept before the finished entries go.
    static func entry(_ key: ContentDigest, budget: Int = budget, make: () -> Entry) -> Entry {
        table.lock()
        while true {
            switch table.entries[key] {
            case .made(let entry)?:
                table.unlock()
                return entry
            case .making?:
                // Another thread is drawing this plot; its answer is only the rest of its work
                // away. (Were the entry forgotten meanwhile, the loop would find none and make it.)
                table.wait()
            case nil:
                table.entries[key] = .making
                table.unlock()
                let entry = make()
                table.lock()
                if table.bytes + entry.size > budget {
                    table.entries = table.entries.filter { $0.value.isMaking }
                    table.bytes = 0
                }
                table.entries[key] = .made(entry)
                table.bytes += entry.size
                table.broadcast()
                table.unlock()
                return entry
            }
        }
    }

    /// 4 MiB, a hundred plots or more (a plot's samples and values are 10–40 KB): the
    /// languages ask for a plot at about the same moment, so a short memory serves them,
    /// and a course of one language, which gains little, keeps little (the 1,000-lesson
    /// benchmark's peak grew by 8 MiB with 16).
    static let budget = 4 << 20

    private enum State {
        case making
        case made(Entry)

        var isMaking: Bool {
            if case .making = self { true } else { false }
        }
    }

    private static let table = Table()

    /// The entries and the condition that guards them (`NSCondition`, whose lock is held
    /// for every access to `entries` and `bytes`, rather than `Synchronization.Mutex`,
    /// which needs macOS 15).
    private final class Table: @unchecked Sendable {
        // @unchecked: `entries` and `bytes` are read and written only with `condition` locked.
        var entries: [ContentDigest: State] = [:]
        /// The sizes of the finished entries (``Entry/size``).
        var bytes = 0
        private let condition = NSCondition()

        func lock() { condition.lock() }
        func unlock() { condition.unlock() }
        func wait() { condition.wait() }
        func broadcast() { condition.broadcast() }
    }
}
