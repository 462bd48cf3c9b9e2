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
///
/// The build uses ``shared``; a test makes its own, so that other tests' plots, drawn at
/// the same time, cannot fill or empty it.
final class PlotMemo: @unchecked Sendable {
    // @unchecked: `entries` and `bytes` are read and written only with `condition` locked.

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

    /// The process's memo, 4 MiB: a hundred plots or more (a plot's samples and values are
    /// 10–40 KB). The languages ask for a plot at about the same moment, so a short memory
    /// serves them, and a course of one language, which gains little, keeps little (the
    /// 1,000-lesson benchmark's peak grew by 8 MiB with 16).
    static let shared = PlotMemo(budget: 4 << 20)

    /// The bytes of finished entries kept (``Entry/size``); past it, they are forgotten.
    let budget: Int

    init(budget: Int) { self.budget = budget }

    /// The entry under `key`, made by `make` if no other plot made it or is making it.
    ///
    /// A thread that finds the entry being made waits (it is only the rest of another
    /// thread's plot away); it never waits for itself, as `make` asks for no other entry.
    func entry(_ key: ContentDigest, make: () -> Entry) -> Entry {
        condition.lock()
        defer { condition.unlock() }
        while true {
            switch entries[key] {
            case .made(let entry)?:
                return entry
            case .making?:
                // Were the entry forgotten meanwhile, the loop would find none and make it.
                condition.wait()
            case nil:
                entries[key] = .making
                condition.unlock()
                let entry = make()
                condition.lock()
                if bytes + entry.size > budget {
                    entries = entries.filter { $0.value.isMaking }
                    bytes = 0
                }
                entries[key] = .made(entry)
                bytes += entry.size
                condition.broadcast()
                return entry
            }
        }
    }

    private enum State {
        case making
        case made(Entry)

        var isMaking: Bool {
            if case .making = self { true } else { false }
        }
    }

    /// `NSCondition`, whose lock is held for every access to `entries` and `bytes`, rather
    /// than `Synchronization.Mutex`, which needs macOS 15 and cannot wait.
    private let condition = NSCondition()
    private var entries: [ContentDigest: State] = [:]
    /// The sizes of the finished entries.
    private var bytes = 0
}
