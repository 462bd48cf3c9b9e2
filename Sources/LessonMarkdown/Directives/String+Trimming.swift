extension String {
    /// Trims the given characters from both ends (no Foundation needed).
    func trimmingCharacters(inSetOf set: Set<Character>) -> String {
        let start = firstIndex(where: { !set.contains($0) }) ?? endIndex
        let end = lastIndex(where: { !set.contains($0) }).map(index(after:)) ?? start
        return String(self[start..<end])
    }
}
