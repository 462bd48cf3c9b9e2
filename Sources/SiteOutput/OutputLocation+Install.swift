extension OutputLocation {
    /// Installs `files` (site-relative path → bytes) as the output folder, all or
    /// nothing, after tidying up what interrupted builds left beside it.
    ///
    /// The site is written into a hidden folder beside the output and swapped in (see
    /// ``OutputSwap``): until then the previous output is untouched, and any failure
    /// leaves it as it was. A file whose bytes are unchanged keeps its modification time;
    /// the previous output's files that are not in `files` are carried over unless `clean`
    /// (hidden entries at its top, such as `.git`, stay either way).
    ///
    /// ```swift
    /// let warnings = try location.install(["index.html": Array(page.utf8)], clean: false)
    /// for warning in warnings { print("warning: \(warning)") }
    /// ```
    ///
    /// - Parameter operations: the disk operations, which a test replaces to make one
    ///   fail halfway.
    /// - Returns: warnings, one line each without `warning: `: what was tidied up after
    ///   killed builds, and a new site that is in place but left something behind (a
    ///   previous site that could not be removed).
    public func install(
        _ files: [String: [UInt8]], clean: Bool, operations: FileOperations = .live
    ) throws(OutputError) -> [String] {
        try OutputSwap(location: self, clean: clean, operations: operations).install(files)
    }
}
