extension String {
    /// Without leading and trailing whitespace: a role's content as the author meant it.
    /// The string itself, uncopied, when it has none (nearly always: every function
    /// reference of every directive comes through here).
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        if first == startIndex, index(after: last) == endIndex { return self }
        return String(self[first...last])
    }
}
