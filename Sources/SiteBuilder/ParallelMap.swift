/// A map over all cores with the results in input order, so that the output cannot depend
/// on which task finished first (DESIGN §4: the same whatever `--jobs` is).
enum ParallelMap {
    /// `transform` of each item, at most `jobs` at a time. Each task gets its item and
    /// whatever immutable values `transform` captures; nothing mutable is shared.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], jobs: Int, _ transform: @escaping @Sendable (Item) -> Result
    ) async -> [Result] {
        await withTaskGroup(of: (Int, Result).self) { group in
            var results = [Result?](repeating: nil, count: items.count)
            var next = 0
            func startNext() {
                guard next < items.count else { return }
                let index = next, item = items[index]
                group.addTask { (index, transform(item)) }
                next += 1
            }
            for _ in 0..<min(max(1, jobs), items.count) { startNext() }
            while let (index, result) = await group.next() {
                results[index] = result
                startNext()
            }
            return results.compactMap { $0 }
        }
    }
}
