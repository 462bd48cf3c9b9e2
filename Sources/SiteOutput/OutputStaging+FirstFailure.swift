import Foundation

extension OutputStaging {
    /// The failure with the smallest index (in sorted order) that the threads placing
    /// files have met.
    final class FirstFailure: @unchecked Sendable {
        // @unchecked: every access to `found` holds `lock`.
        private let lock = NSLock()
        private var found: (index: Int, failure: Failure)?

        func note(_ failure: Failure, at index: Int) {
            lock.lock()
            defer { lock.unlock() }
            if found.map({ index < $0.index }) ?? true { found = (index, failure) }
        }

        /// True when a failure before `index` is known.
        func isBefore(_ index: Int) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            return found.map { $0.index < index } ?? false
        }

        var failure: Failure? {
            lock.lock()
            defer { lock.unlock() }
            return found?.failure
        }
    }
}
