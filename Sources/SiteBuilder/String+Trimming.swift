extension String {
    /// Without leading and trailing whitespace: a role's content as the author meant it.
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
